import { describe, expect, it } from 'vitest';
import { servicesFound } from '../support/services-found.js';

const consumer = 'import redis\nr = redis.Redis()\nwhile True:\n    _, job = r.brpop("jobs")\n    print(job)\n';

describe("a deployment that runs the folder's own code", () => {
  it("a Procfile line running a module of the folder's own is its entry, the worker's when the module only consumes", () => {
    expect(
      servicesFound({
        'requirements.txt': 'flask\nredis\ngunicorn\n',
        Procfile: 'web: gunicorn shop.app:app\nworker: python -m shop.jobs.consumer\n',
        'shop/__init__.py': '',
        'shop/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
        'shop/jobs/__init__.py': '',
        'shop/jobs/consumer.py': consumer,
      }),
    ).toEqual([
      '.:http:Flask:web: gunicorn shop.app:app + app server gunicorn',
      '.:worker:Redis queue consumer:worker: python -m shop.jobs.consumer',
    ]);
  });

  it('a module that is no file of the tree (`python -m pytest`) starts nothing', () => {
    expect(
      servicesFound({
        'requirements.txt': 'redis\n',
        Procfile: 'check: python -m pytest\n',
        'jobs.py': consumer,
      }),
    ).toEqual(['.:no-entry']);
  });

  it("node-redis's camel-cased blocking pop and ioredis's lower-cased one are a consumer's; a push is not", () => {
    const pkg = (name: string) => JSON.stringify({ name, dependencies: { redis: '^4.6.0', ioredis: '^5.4.0' } });
    expect(
      servicesFound({
        'builder/package.json': pkg('builder'),
        'builder/Procfile': 'worker: node index.js\n',
        'builder/index.js':
          "const { createClient } = require('redis');\nconst c = createClient();\nasync function main() {\n  await c.connect();\n  while (1) {\n    const job = await c.brPop('build-queue', 0);\n    console.log(job);\n  }\n}\nmain();\n",
        'indexer/package.json': pkg('indexer'),
        'indexer/Procfile': 'worker: node worker.js\n',
        'indexer/worker.js':
          "const Redis = require('ioredis');\nconst r = new Redis();\n(async () => { for (;;) console.log(await r.blpop('index', 0)); })();\n",
        'publisher/package.json': pkg('publisher'),
        'publisher/Procfile': 'worker: node push.js\n',
        'publisher/push.js': "const Redis = require('ioredis');\nnew Redis().lpush('index', 'x');\n",
      }),
    ).toEqual([
      'builder:worker:Redis queue consumer:worker: node index.js',
      'indexer:worker:Redis queue consumer:worker: node worker.js',
    ]);
  });
});
