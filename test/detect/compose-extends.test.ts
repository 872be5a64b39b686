import { describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/detect/manifests/deploy.js';
import { withComposeExtends } from '../../src/detect/compose-extends.js';
import type { Manifest } from '../../src/model/facts.js';

const BASE = `services:
  app:
    build: ./api
    image: shop/api:latest
    command: gunicorn api.wsgi
    deploy:
      replicas: 3
`;

/** The facts a compose file's services give, less what only says where they were written. */
function facts(m: Manifest) {
  const strip = <T extends { file?: string; line?: number; detail?: string }>(list: T[] | undefined) =>
    (list ?? []).map(({ file: _f, line: _l, detail: _d, ...rest }) => rest);
  return {
    images: strip(m.images),
    runtimes: strip(m.runtimes),
    scaleOut: (m.scaleOut ?? []).length,
    scripts: m.scripts,
    buildContexts: strip(m.buildContexts),
    mountedRuns: strip(m.mountedRuns),
    containers: strip(m.containers),
    imageBuilds: strip(m.imageBuilds),
  };
}

function parsed(file: string, text: string): Manifest {
  const { manifest } = parseCompose(file, text);
  if (!manifest) throw new Error(`${file} did not parse`);
  return manifest;
}

describe('compose services extending a service of another file', () => {
  it('have the facts of the same service written out in full, once', () => {
    const extending = parsed(
      'deploy/compose.yaml',
      `services:
  worker:
    extends:
      file: ../compose.base.yaml
      service: app
    command: celery -A api.tasks worker
`,
    );
    const [, merged] = withComposeExtends([parsed('compose.base.yaml', BASE), extending]);
    const written = parsed(
      'deploy/compose.yaml',
      `services:
  worker:
    build: ../api
    image: shop/api:latest
    command: celery -A api.tasks worker
    deploy:
      replicas: 3
`,
    );
    expect(facts(merged!)).toEqual(facts(written));
    expect(merged!.imageBuilds?.map((b) => `${b.context} ${b.image}`)).toEqual(['api shop/api:latest']);
  });

  it('keep their own keys when the other file is not in the tree, and the other services stay in file order', () => {
    const text = `services:
  web:
    image: shop/web
    command: node server.js
  worker:
    extends:
      file: missing.yaml
      service: app
    image: shop/worker
    command: node worker.js
`;
    const [alone] = withComposeExtends([parsed('compose.yaml', text)]);
    expect(alone!.containers?.map((c) => `${c.image} ${c.command}`)).toEqual([
      'shop/web node server.js',
      'shop/worker node worker.js',
    ]);
    expect(alone!.images?.map((e) => e.detail)).toEqual(['shop/web', 'shop/worker']);
  });
});
