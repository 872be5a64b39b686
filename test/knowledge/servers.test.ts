import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { deriveServerKnowledge } from '../../src/knowledge/servers/derive.js';
import { SERVER_KNOWLEDGE, SERVERS } from '../../src/knowledge/servers/index.js';
import type { ServerRecord } from '../../src/knowledge/servers/types.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';

/** A technology that does not exist: one record, every facet it needs. */
const zapQueue: ServerRecord = {
  id: 'zap-queue',
  name: 'ZapQueue',
  role: 'worker',
  node: { packages: ['zap-queue'], commands: [String.raw`zapq\s+work`] },
};

const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const roots: string[] = [];

/** A small repository on disk: a mail worker started by `zapq work`, beside an Express API. */
function repository(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bf-zap-'));
  roots.push(root);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write(
    'mailer/package.json',
    JSON.stringify({
      name: 'mailer',
      private: true,
      scripts: { start: 'zapq work --queue mail' },
      dependencies: { 'zap-queue': '^1.2.0', nodemailer: '^6.9.0' },
    }),
  );
  write('mailer/jobs/send.js', "module.exports = async (job) => require('nodemailer').send(job.data);\n");
  write(
    'api/package.json',
    JSON.stringify({
      name: 'api',
      private: true,
      scripts: { start: 'node server.js' },
      dependencies: { express: '^4' },
    }),
  );
  write('api/server.js', "require('express')().listen(3000);\n");
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('server records', () => {
  it('a new technology is one record: derived into the tables and found end to end', async () => {
    const root = repository();
    const without = await analyze({ root, settings, now: new Date('2026-12-01') });
    expect(without.services.map((s) => s.path)).toEqual(['api']);

    const servers = deriveServerKnowledge([...SERVERS, zapQueue]);
    expect(servers.ofPackage('node', 'zap-queue')).toBe(zapQueue);
    expect(servers.workerCommands.some((c) => c.pattern.test('zapq work --queue mail'))).toBe(true);
    expect(SERVER_KNOWLEDGE.ofPackage('node', 'zap-queue')).toBeUndefined();

    const report = await analyze({ root, settings, now: new Date('2026-12-01'), servers });
    expect(report.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['api', 'node', 'http', ['Express']],
      ['mailer', 'node', 'worker', ['ZapQueue']],
    ]);
    const mailer = report.services.find((s) => s.path === 'mailer')!;
    expect(mailer.evidence.entry.map((e) => e.detail)).toEqual(['start: zapq work --queue mail']);
    expect(['fits', 'review', 'mismatch']).toContain(mailer.verdict);
  });

  it('derives the old tables from the records: app servers, dev servers, entry commands', () => {
    expect(SERVER_KNOWLEDGE.appServers).toEqual(expect.arrayContaining(['uvicorn', 'gunicorn', 'hypercorn', 'daphne']));
    expect(SERVER_KNOWLEDGE.devServerPackages).toEqual(expect.arrayContaining(['polka', 'vite', 'sirv']));
    const starts = (command: string) => SERVER_KNOWLEDGE.entryCommands.find((c) => c.pattern.test(command))?.backend;
    expect(starts('uvicorn app.main:app --port 80')).toBe('python');
    expect(starts('python -m gunicorn app:app')).toBe('python');
    expect(starts('next start -p 3000')).toBe('node');
    expect(starts('celery -A proj worker')).toBeUndefined();
    expect(SERVER_KNOWLEDGE.workerCommands.find((c) => c.pattern.test('celery -A proj worker'))?.backend).toBe(
      'python',
    );
    expect(SERVER_KNOWLEDGE.staticServeCommand.test('vite preview --port 4173')).toBe(true);
    expect(SERVER_KNOWLEDGE.fullstackBuildCommand.test('next build')).toBe(true);
    // extras are read from the package's record, never from a list elsewhere
    expect(SERVER_KNOWLEDGE.broughtBy('python', 'fastapi', ['standard'])).toEqual(['uvicorn']);
    expect(SERVER_KNOWLEDGE.broughtBy('python', 'fastapi', ['dev'])).toEqual([]);
    expect(SERVER_KNOWLEDGE.broughtBy('python', 'requests', ['socks'])).toEqual([]);
    // the runtime a deployment command names: launchers, package runners and every record's commands
    const runtime = (command: string) => SERVER_KNOWLEDGE.runtimeCommands.find((c) => c.pattern.test(command))?.backend;
    expect(runtime('gunicorn app:app')).toBe('python');
    expect(runtime('celery -A proj worker')).toBe('python');
    expect(runtime('waitress-serve --port 8080 app:app')).toBe('python');
    expect(runtime('python3 manage.py runserver')).toBe('python');
    expect(runtime('npm start')).toBe('node');
    expect(runtime('pm2-runtime ecosystem.config.js')).toBe('node');
    expect(runtime('nginx -g daemon off;')).toBeUndefined();
    // an empty list derives tables that match nothing
    const none = deriveServerKnowledge([]);
    expect(none.staticServeCommand.test('vite')).toBe(false);
    expect(none.workerCommands).toEqual([]);
  });

  it('an extra and a stdio transport are facets of a record too', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'bf-zap-'));
    roots.push(root);
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('api/requirements.txt', 'zapweb[serve]==2.0\n');
    write('api/main.py', 'from zapweb import Zap\n\napp = Zap()\n');
    write('tool/requirements.txt', 'zapweb==2.0\n');
    write('tool/run.py', 'from zapweb import Zap\n\nZap().pipe()\n');
    const zapWeb: ServerRecord = {
      id: 'zap-web',
      name: 'ZapWeb',
      role: 'http',
      python: {
        packages: ['zapweb'],
        appObjects: ['Zap'],
        extras: { serve: ['uvicorn'] },
        stdio: [
          { id: 'py-zap-pipe', kind: 'server', keyword: '.pipe(', pattern: /\.pipe\(\)/, detail: 'pipes Zap on stdio' },
        ],
      },
    };
    const servers = deriveServerKnowledge([...SERVERS, zapWeb]);
    const report = await analyze({ root, settings, now: new Date('2026-12-01'), servers });
    expect(report.services.map((s) => [s.path, s.frameworks, s.evidence.entry.map((e) => e.detail)])).toEqual([
      ['api', ['ZapWeb'], ['app server uvicorn (zapweb[serve])']],
    ]);
    // declared ZapWeb makes tool a candidate with server evidence; the stdio line says nothing more there
    expect(report.notServices.map((n) => [n.path, n.reason])).toEqual([['tool', 'no-entry']]);
  });
});
