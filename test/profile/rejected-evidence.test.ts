import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { nonRuntimeRole } from '../../src/knowledge/service-roles.js';
import { buildProfile } from '../../src/profile/index.js';
import { scanTree } from '../support/scan-tree.js';

// Evidence a maintainer rejects at a glance (issue 26): a linter's rule file counted as runtime
// code, a migration or seed script cited as what starts the service.
const api = {
  'requirements.txt': 'fastapi>=0.115\nuvicorn>=0.32\ncelery>=5.4\nsqlalchemy>=2\n',
  'app/main.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/items")\ndef items():\n    return []\n',
  'app/models.py': 'from sqlalchemy.orm import DeclarativeBase\n\nclass Base(DeclarativeBase):\n    pass\n',
  // a semgrep rule's test target, which imports celery to be matched, never runs
  '.semgrep/rules/celery-retry.py':
    'from celery import shared_task\n\n@shared_task(bind=True)\ndef job(self):\n    self.retry()\n',
  // schema migrations and a seed script: run once by a person or a deploy step
  'migrations/versions/0001_init.py':
    'from alembic import op\nimport celery\n\ndef upgrade():\n    op.create_table("items")\n',
  'seed.py': 'import uvicorn\nfrom app.main import app\n\nif __name__ == "__main__":\n    uvicorn.run(app)\n',
  Dockerfile: 'FROM python:3.12\nCOPY . .\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n',
};

describe('evidence a maintainer would reject', () => {
  it('linters’ rule folders, tool folders, migrations and seed scripts are not runtime code', () => {
    for (const path of [
      '.semgrep/rules/x.py',
      '.github/scripts/release.js',
      'tools/gen.py',
      'app/migrations/0002_auto.py',
      'alembic/env.py',
      'db/seeds/users.js',
      'prisma/seed.ts',
      'seed.py',
    ])
      expect(nonRuntimeRole(path), path).toBe('scripts');
    for (const path of ['app/main.py', 'src/seeding.py', 'src/server.ts'])
      expect(nonRuntimeRole(path), path).toBeUndefined();
  });

  it('a .semgrep rule and a migration are no signal evidence; a seed script is no entry', () => {
    const facts = detect(scanTree(api));
    expect(facts.services.map((s) => s.path)).toEqual(['.']);
    expect(facts.services[0]!.entry.map((e) => e.file)).not.toContain('seed.py');
    const signals = buildProfile(facts).services[0]!.signals;
    const files = signals.flatMap((s) => s.evidence.map((e) => e.file));
    for (const rejected of ['.semgrep/rules/celery-retry.py', 'migrations/versions/0001_init.py', 'seed.py'])
      expect(files, rejected).not.toContain(rejected);
    // celery is declared but no runtime code imports it: the declaration's weak base only
    expect(signals.find((s) => s.id === 'queue')?.strength).toBeLessThan(0.5);
  });
});
