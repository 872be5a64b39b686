import { describe, expect, it } from 'vitest';
import { servicesFound } from '../support/services-found.js';

const flask = 'from flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run()\n';

describe('a deployment file outranks a folder named as examples or demos', () => {
  it("a root Procfile's line running a demo's script starts the demo's folder, not the root", () => {
    expect(
      servicesFound({
        Procfile: 'web: python demo/server.py\n',
        'demo/requirements.txt': 'flask\n',
        'demo/server.py': flask,
      }),
    ).toEqual(['demo:http:Flask:runs the app + web: python demo/server.py']);
  });

  it("an example's own Dockerfile or compose file deploys the example (issue 25, ex27), unless it tries the repository's own package", () => {
    expect(
      servicesFound({
        'examples/api/requirements.txt': 'flask\n',
        'examples/api/app.py': flask,
        'examples/api/Dockerfile': 'FROM python:3.12\nCOPY . .\nCMD ["python", "app.py"]\n',
        'examples/docker-compose.yml': 'services:\n  api:\n    build: ./api\n',
      }),
    ).toEqual(['examples/api:http:Flask:runs the app + CMD ["python", "app.py"]']);
    expect(
      servicesFound({
        'pyproject.toml': '[project]\nname = "flask-acme"\n\n[build-system]\nbuild-backend = "hatchling.build"\n',
        'flask_acme/__init__.py': 'def init_app(app):\n    app.config.setdefault("ACME", True)\n',
        'examples/api/requirements.txt': 'flask\nflask-acme\n',
        'examples/api/app.py': flask,
        'examples/api/Dockerfile': 'FROM python:3.12\nCOPY . .\nCMD ["python", "app.py"]\n',
      }),
    ).toEqual(['examples/api:examples']);
  });

  it('tests a compose file starts stay tests (only examples and demos are outranked)', () => {
    expect(
      servicesFound({
        'docker-compose.yml': 'services:\n  fake-bank:\n    build: ./tests/fake-bank\n',
        'tests/fake-bank/requirements.txt': 'flask\n',
        'tests/fake-bank/app.py': flask,
      }),
    ).toEqual(['tests/fake-bank:tests']);
  });
});
