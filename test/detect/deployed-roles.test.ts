import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { scanTree } from '../support/scan-tree.js';

const found = (files: Record<string, string>) => {
  const facts = detect(scanTree(files), {});
  return [
    ...facts.services.map((s) => `${s.path}:${s.kind}:${s.entry.map((e) => e.detail).join(' + ')}`),
    ...facts.notServices.map((n) => `${n.path}:${n.reason}`),
  ];
};

const flask = 'from flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run()\n';

describe('a deployment file outranks a folder named as examples or demos', () => {
  it("a root Procfile's line running a demo's script starts the demo's folder, not the root", () => {
    expect(
      found({
        Procfile: 'web: python demo/server.py\n',
        'demo/requirements.txt': 'flask\n',
        'demo/server.py': flask,
      }),
    ).toEqual(['demo:http:runs the app + web: python demo/server.py']);
  });

  it("an example's own Dockerfile or compose file deploys only the example: the name still decides", () => {
    expect(
      found({
        'examples/api/requirements.txt': 'flask\n',
        'examples/api/app.py': flask,
        'examples/api/Dockerfile': 'FROM python:3.12\nCOPY . .\nCMD ["python", "app.py"]\n',
        'examples/docker-compose.yml': 'services:\n  api:\n    build: ./api\n',
      }),
    ).toEqual(['examples/api:examples']);
  });

  it('tests a compose file starts stay tests (only examples and demos are outranked)', () => {
    expect(
      found({
        'docker-compose.yml': 'services:\n  fake-bank:\n    build: ./tests/fake-bank\n',
        'tests/fake-bank/requirements.txt': 'flask\n',
        'tests/fake-bank/app.py': flask,
      }),
    ).toEqual(['tests/fake-bank:tests']);
  });
});
