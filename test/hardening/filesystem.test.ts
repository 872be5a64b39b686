import {
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';

const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
let root: string;
let socketServer: Server;

function sparse(file: string, bytes: number) {
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'bf-hostile-'));
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ dependencies: { express: '^4.21.1' } }));
  writeFileSync(path.join(root, 'server.js'), "import express from 'express';\nexpress().listen(3000);\n");
  // a 2 GB manifest and a 2 GB source file, sparse: a naive reader would read them whole
  sparse(path.join(root, 'requirements-huge.txt'), 2 ** 31);
  sparse(path.join(root, 'huge.py'), 2 ** 31);
  // 10,000 files in one folder
  mkdirSync(path.join(root, 'flat'));
  for (let i = 0; i < 10_000; i++) writeFileSync(path.join(root, 'flat', `m${i}.ts`), `import x from 'lodash';\n`);
  // 200 levels of nesting with a service at the bottom
  let deep = root;
  for (let i = 0; i < 200; i++) deep = path.join(deep, `d${i % 10}`);
  mkdirSync(deep, { recursive: true });
  writeFileSync(path.join(deep, 'requirements.txt'), 'flask==3.0.3\n');
  writeFileSync(path.join(deep, 'app.py'), 'from flask import Flask\napp = Flask(__name__)\napp.run()\n');
  // a named pipe and a socket: a naive reader blocks forever on the first
  execFileSync('mkfifo', [path.join(root, 'requirements-fifo.txt')]);
  socketServer = createServer().listen(path.join(root, 'server.sock'));
  // a manifest that is a link out of the root
  symlinkSync('/etc/hostname', path.join(root, 'requirements-link.txt'));
}, 120_000);
afterAll(() => {
  socketServer.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a hostile repository', () => {
  it('finishes in bounded time, warns once per skipped item, and still reads every good manifest', async () => {
    const started = Date.now();
    const report = await analyze({ root, settings });
    expect(Date.now() - started).toBeLessThan(30_000);
    const warned = report.warnings.map((w) => `${w.file}: ${w.message}`);
    expect(warned.filter((w) => w.startsWith('requirements-huge.txt: '))).toEqual([
      expect.stringMatching(/over the .* limit; not read/),
    ]);
    expect(warned.filter((w) => w.startsWith('huge.py: '))).toEqual([expect.stringMatching(/binary content/)]);
    expect(warned.filter((w) => w.startsWith('requirements-link.txt: '))).toEqual([
      expect.stringMatching(/outside the scanned folder/),
    ]);
    expect(warned.filter((w) => w.startsWith('requirements-fifo.txt'))).toEqual([
      'requirements-fifo.txt: named pipe (FIFO), not a regular file; not read',
    ]);
    expect(warned.filter((w) => w.startsWith('server.sock'))).toEqual([
      'server.sock: socket, not a regular file; not read',
    ]);
    // the good manifests: the root Express app and the Flask app 200 folders down
    expect(report.services.map((s) => s.frameworks.join())).toEqual(expect.arrayContaining(['Express', 'Flask']));
    expect(report.stats.files).toBeGreaterThan(10_000);
    // the 2 GB files cost at most their 16 KiB heads
    expect(report.stats.bytesRead).toBeLessThan(10_000 * 64 + 1_000_000);
  }, 60_000);
});
