import { describe, expect, it } from 'vitest';
import { FILE_SIGNALS } from '../../src/knowledge/signals.js';
import type { Manifest } from '../../src/model/facts.js';
import { buildProfile, combine } from '../../src/profile/index.js';
import { facts } from '../support/facts.js';

const deploy = (file: string, kind: Manifest['kind'], extra: Partial<Manifest> = {}): Manifest => ({
  kind,
  file,
  dir: file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.',
  dependencies: [],
  ...extra,
});
const scaleOut = (...manifests: Manifest[]) => {
  const f = facts();
  f.facts.manifests.push(...manifests);
  return buildProfile(f.facts).signals.find((s) => s.id === 'scale-out');
};
const per = FILE_SIGNALS.scaleOutPerItem;

describe('scale-out from deployment files', () => {
  it('each replica setting or autoscaler counts, and they combine', () => {
    const signal = scaleOut(
      deploy('k8s/api.yaml', 'kubernetes', {
        scaleOut: [
          { file: 'k8s/api.yaml', line: 8, detail: 'replicas: 3' },
          { file: 'k8s/api.yaml', line: 30, detail: 'HorizontalPodAutoscaler' },
        ],
      }),
    );
    expect(signal?.strength).toBe(Math.round(combine(per, per) * 100) / 100);
    expect(signal?.evidence.map((e) => e.detail)).toEqual(['replicas: 3', 'HorizontalPodAutoscaler']);
  });

  it('a Kubernetes or serverless config without settings of its own counts once', () => {
    expect(scaleOut(deploy('k8s/svc.yaml', 'kubernetes'))).toMatchObject({
      strength: per,
      evidence: [{ file: 'k8s/svc.yaml', detail: 'deployment config k8s/svc.yaml' }],
    });
    expect(scaleOut(deploy('Dockerfile', 'dockerfile'))).toBeUndefined();
  });

  it('process commands that run several workers count', () => {
    const cases: [Manifest, string][] = [
      [deploy('Procfile', 'procfile', { scripts: { web: 'gunicorn app:app -w 4' } }), 'multiple server workers'],
      [deploy('Procfile', 'procfile', { scripts: { web: 'gunicorn --workers=$WEB_CONCURRENCY app:app' } }), 'multiple'],
      [
        deploy('Dockerfile', 'dockerfile', { scripts: { cmd: '["uvicorn", "app:app", "--workers", "2"]' } }),
        'multiple',
      ],
      [deploy('package.json', 'package.json', { scripts: { start: 'pm2-runtime start app.js -i max' } }), 'pm2'],
      [deploy('package.json', 'package.json', { scripts: { start: 'pm2 start server.js -i 0' } }), 'pm2'],
      [deploy('compose.yaml', 'compose', { scripts: { worker: 'celery -A tasks worker --concurrency 8' } }), 'Celery'],
    ];
    for (const [manifest, label] of cases) {
      const signal = scaleOut(manifest);
      expect(signal?.strength, JSON.stringify(manifest.scripts)).toBe(per);
      expect(signal!.evidence[0]!.detail).toContain(label);
      expect(signal!.evidence[0]!.file).toBe(manifest.file);
    }
  });

  it('one worker, or none said, is not scale-out', () => {
    for (const command of [
      'gunicorn app:app -w 1',
      'gunicorn app:app',
      'uvicorn app.main:app --reload',
      'pm2 start app.js',
      'celery -A tasks worker',
      'node server.js -w 4',
      'gunicorn app:app -w 1.5',
    ]) {
      expect(scaleOut(deploy('Procfile', 'procfile', { scripts: { web: command } })), command).toBeUndefined();
    }
  });

  it('a very long command is read only up to its head and does not hang', () => {
    const command = `gunicorn ${'x '.repeat(50_000)}`;
    const started = performance.now();
    expect(scaleOut(deploy('Procfile', 'procfile', { scripts: { web: command } }))).toBeUndefined();
    // a hang guard (a backtracking pattern would not finish), not a speed target
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('deployment files count for the service whose folder holds them', () => {
    const f = facts()
      .manifest('api/package.json', 'node', ['express'])
      .service('api', 'node', ['Express'])
      .service('worker', 'python', ['Celery']);
    f.facts.manifests.push(
      deploy('api/k8s/deploy.yaml', 'kubernetes', {
        scaleOut: [{ file: 'api/k8s/deploy.yaml', detail: 'replicas: 4' }],
      }),
    );
    const p = buildProfile(f.facts);
    expect(p.services[0]!.signals.find((s) => s.id === 'scale-out')).toBeDefined();
    expect(p.services[1]!.signals.find((s) => s.id === 'scale-out')).toBeUndefined();
  });
});
