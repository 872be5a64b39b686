import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'bf-pairing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

describe('stages meet by service path and backend, not by position', () => {
  it('a Node.js and a Python service in one folder keep their own evidence, scores and plans', async () => {
    write({
      'package.json': JSON.stringify({
        private: true,
        scripts: { start: 'node server.js' },
        dependencies: { express: '^4', 'socket.io': '^4' },
      }),
      'server.js':
        "const express = require('express');\nconst { Server } = require('socket.io');\nexpress().listen(3000);\n",
      'requirements.txt': 'flask==3.0\ngunicorn==23.0\ntorch==2.5\ntransformers==4.46\n',
      'predict.py': 'import torch\nimport transformers\nfrom flask import Flask\napp = Flask(__name__)\n',
    });
    const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
    const report = await analyze({ root, settings, now: new Date('2026-11-24') });
    const byBackend = Object.fromEntries(report.services.map((s) => [s.current, s]));
    expect(report.services.map((s) => [s.path, s.current])).toEqual([
      ['.', 'node'],
      ['.', 'python'],
    ]);
    expect(byBackend.node!.frameworks).toEqual(['Express', 'Socket.IO']);
    expect(byBackend.python!.frameworks).toEqual(['Flask']);
    expect(byBackend.node!.evidence.server.every((e) => e.file === 'package.json' || e.file === 'server.js')).toBe(
      true,
    );
    expect(byBackend.python!.evidence.entry.map((e) => e.detail)).toContain('app server gunicorn ==23.0');
    expect(byBackend.node!.signals.map((s) => s.id)).toContain('realtime');
    expect(byBackend.python!.signals.map((s) => s.id)).toContain('ml');
    expect(byBackend.node!.scores.node).toBeGreaterThan(byBackend.node!.scores.python);
    expect(byBackend.python!.scores.python).toBeGreaterThan(byBackend.python!.scores.node);
  });
});
