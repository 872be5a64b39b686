import { describe, expect, it } from 'vitest';
import { decided } from '../support/decided.js';

// Issue 25, tried on a fresh FastAPI + Celery repository: a root requirements.txt that repeats the
// nested backend's (the compose file builds the root as context with backend/Dockerfile) was
// reported as a second FastAPI service with no code of its own.

const REQUIREMENTS = 'fastapi==0.110.0\nuvicorn==0.29.0\ncelery==5.3.6\n';
const MAIN = 'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/jobs")\ndef jobs():\n    return []\n';

describe('a manifest whose code is all in nested projects', () => {
  it('serves nothing of its own: the nested project the image runs is the service', () => {
    expect(
      decided({
        'requirements.txt': REQUIREMENTS,
        'docker-compose.yml':
          'services:\n  backend:\n    build:\n      context: .\n      dockerfile: ./backend/Dockerfile\n',
        'backend/Dockerfile':
          'FROM python:3.12\nCOPY . /code\nWORKDIR /code\nRUN pip install -r requirements.txt\nCMD ["uvicorn", "backend.main:app", "--host", "0.0.0.0"]\n',
        'backend/requirements.txt': REQUIREMENTS,
        'backend/__init__.py': '',
        'backend/main.py': MAIN,
      }),
    ).toEqual({
      services: ['backend http'],
      notServices: [
        '. no-entry: an app server and a server framework among its dependencies, but no code of its own for them to serve: its code is in nested projects',
      ],
    });
  });

  it('a manifest beside its own code, or one a deployment file names, keeps its app server as its entry', () => {
    expect(decided({ 'requirements.txt': REQUIREMENTS, 'app/main.py': MAIN }).services).toEqual(['. http']);
    expect(
      decided({
        'requirements.txt': REQUIREMENTS,
        Procfile: 'web: uvicorn backend.main:app --port $PORT\n',
        'backend/requirements.txt': REQUIREMENTS,
        'backend/main.py': MAIN,
      }).services,
    ).toContain('backend http');
  });
});
