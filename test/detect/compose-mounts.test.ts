import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { bindMounts } from '../../src/detect/manifests/compose-mounts.js';
import { scanTree } from '../support/scan-tree.js';

const detected = (files: Record<string, string>) => detect(scanTree(files));
const services = (files: Record<string, string>) =>
  detected(files).services.map((s) => `${s.path}:${s.current}:${s.kind}`);
const entries = (files: Record<string, string>, path: string, kind = 'http') =>
  detected(files)
    .services.filter((s) => s.path === path && s.kind === kind)
    .flatMap((s) => s.entry.map((e) => `${e.file}: ${e.detail}`));

const consumer = [
  'import boto3',
  '',
  'queue = boto3.resource("sqs").get_queue_by_name(QueueName="jobs")',
  'while True:',
  '    for message in queue.receive_messages(WaitTimeSeconds=10):',
  '        message.delete()',
  '',
].join('\n');

describe('compose bind mounts: the code a service runs from the repository', () => {
  it('keeps relative host paths, relative to the compose folder, and leaves out volumes, absolute paths and the way out', () => {
    const volumes = [
      './src/worker.py:/usr/src/app/service.py:ro',
      '../app:/srv/app/',
      'db_data:/var/lib/postgresql/data',
      '/var/run/docker.sock:/var/run/docker.sock',
      '~/.aws:/root/.aws',
      '../../outside:/app',
      { type: 'bind', source: './conf', target: '/etc/conf' },
      { type: 'volume', source: 'cache', target: '/cache' },
      './relative-target:app',
    ];
    expect(bindMounts(volumes, 'deploy')).toEqual([
      { source: 'deploy/src/worker.py', target: '/usr/src/app/service.py' },
      { source: 'app', target: '/srv/app' },
      { source: 'deploy/conf', target: '/etc/conf' },
    ]);
    expect(bindMounts('not a list', '.')).toEqual([]);
  });

  it('maps a file mounted under another name into an image that copies no code: the worker is its own code', () => {
    const files = {
      'requirements.txt': 'boto3==1.34\n',
      Dockerfile:
        'FROM python:3.12-slim\nWORKDIR /usr/src/app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\n',
      'src/jobs_consumer.py': consumer,
      'docker-compose.yml': [
        'services:',
        '  jobs:',
        '    build: .',
        '    command: ["python", "-u", "./service.py"]',
        '    volumes:',
        '      - ./src/jobs_consumer.py:/usr/src/app/service.py',
        '',
      ].join('\n'),
    };
    expect(services(files)).toEqual(['.:python:worker']);
    expect(entries(files, '.', 'worker')).toEqual([
      'docker-compose.yml: compose service jobs builds . with Dockerfile runs python -u ./service.py (from src/jobs_consumer.py)',
    ]);
  });

  it('maps a stock image running a folder mounted away from its working directory, from a compose file in a subfolder', () => {
    const files = {
      'api/package.json': '{"name":"api","private":true,"dependencies":{"express":"^4.19.2"}}',
      'api/main.js':
        "const app = require('express')();\napp.get('/', (req, res) => res.send('ok'));\napp.listen(3000);\n",
      'deploy/compose.yaml': [
        'services:',
        '  api:',
        '    image: node:20',
        '    working_dir: /srv',
        '    command: sh -c "cd /opt/api && node main.js"',
        '    volumes:',
        '      - ../api:/opt/api',
        '',
      ].join('\n'),
    };
    expect(services(files)).toEqual(['api:node:http']);
    expect(entries(files, 'api')).toContain(
      'deploy/compose.yaml: compose service api mounts api runs node main.js (from api/main.js)',
    );
  });

  it("runs a stock image's command in the one folder it mounts when no working_dir says where", () => {
    const poller =
      'from kafka import KafkaConsumer\n\nfor message in KafkaConsumer("orders"):\n    print(message.value)\n';
    const files = {
      'lesson/requirements.txt': 'kafka-python==2.0.2\n',
      'lesson/consumer.py': poller,
      'lesson/compose-consumer.yml': [
        'services:',
        '  app:',
        '    image: bitnami/python:3.9',
        `    command: "sh -c 'pip install -r requirements.txt && python consumer.py'"`,
        '    volumes:',
        '      - .:/app',
        '',
      ].join('\n'),
    };
    expect(services(files)).toEqual(['lesson:python:worker']);
    // with a second folder mounted, where the command runs is not known
    const two = { ...files, 'lesson/data/seed.csv': 'id\n1\n' };
    two['lesson/compose-consumer.yml'] = files['lesson/compose-consumer.yml'].replace(
      '      - .:/app\n',
      '      - .:/app\n      - ./data:/data\n',
    );
    expect(services(two)).toEqual([]);
  });

  it('starts nothing from a mounted config file, test folder or data, nor from a mount that leaves the repository', () => {
    const files = {
      'requirements.txt': 'boto3==1.34\npytest==8.2\n',
      'tests/test_api.py':
        'import uvicorn\nfrom fastapi import FastAPI\n\nstub = FastAPI()\n\nif __name__ == "__main__":\n    uvicorn.run(stub)\n',
      'monitoring/prometheus.yml': 'scrape_configs: []\n',
      'data/seed.csv': 'id,name\n1,a\n',
      // a file of this name in the repository is not the one a mount out of it names
      'consumer.py': consumer,
      'docker-compose.yml': [
        'services:',
        '  prometheus:',
        '    image: prom/prometheus',
        '    command: --config.file=/etc/prometheus/prometheus.yml',
        '    volumes:',
        '      - ./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml',
        '  tests:',
        '    image: python:3.12',
        '    working_dir: /work',
        '    command: sh -c "pip install -r requirements.txt && python -m pytest tests"',
        '    volumes:',
        '      - ./tests:/work/tests',
        '      - ./data:/work/data',
        '  outside:',
        '    image: python:3.12',
        '    working_dir: /app',
        '    command: python service.py',
        '    volumes:',
        '      - ../consumer.py:/app/service.py',
        '',
      ].join('\n'),
    };
    expect(services(files)).toEqual([]);
  });
});
