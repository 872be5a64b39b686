import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScannedFile, ScanResult } from '../../src/model/scan.js';
import { scan } from '../../src/scan/index.js';
import { runningAsRoot, tempDir, writeTree } from './helpers.js';

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  // chmod 000 folders would stop the cleanup.
  await chmod(join(dir, 'locked'), 0o755).catch(() => {});
  await cleanup();
});

const paths = (result: ScanResult) => result.files.map((file) => file.path);
const fileAt = (result: ScanResult, path: string): ScannedFile | undefined =>
  result.files.find((file) => file.path === path);
const warningsFor = (result: ScanResult, path: string) =>
  result.warnings.filter((warning) => warning.file === path).map((warning) => warning.message);

describe('scan: what is left out', () => {
  it('prunes vendored, cache and build folders without walking into them', async () => {
    const outside = await tempDir();
    try {
      await writeTree(dir, {
        'package.json': '{"name":"root"}',
        'packages/web/package.json': '{"name":"web"}',
        'packages/web/src/index.ts': "import express from 'express';\n",
        'node_modules/express/package.json': '{"name":"express"}',
        'node_modules/express/index.js': 'module.exports = {};\n',
        'packages/web/node_modules/react/index.js': 'x',
        'vendor/lib.go': 'package lib\n',
        'third_party/x.py': 'import os\n',
        'dist/main.js': 'x',
        'build/lib/x.py': 'x',
        '.next/server.js': 'x',
        'coverage/index.html': 'x',
        'app/__pycache__/a.py': 'x',
        '.tox/py312/lib.py': 'x',
        '.mypy_cache/x.json': 'x',
      });
      // A link leaving the root inside node_modules: walking there would report it.
      await symlink(outside.dir, join(dir, 'node_modules', 'escape'));
      await mkdir(join(dir, 'packages', 'api'));
      await symlink(outside.dir, join(dir, 'packages', 'api', 'node_modules'));
      const result = await scan(dir);
      expect(paths(result)).toEqual(['package.json', 'packages/web/package.json', 'packages/web/src/index.ts']);
      expect(result.warnings).toEqual([]);
    } finally {
      await outside.cleanup();
    }
  });

  it('prunes virtualenvs by their markers, not by name alone', async () => {
    await writeTree(dir, {
      'app.py': 'import flask\n',
      '.venv/pyvenv.cfg': 'home = /usr/bin\n',
      '.venv/lib/python3.12/app.py': 'x',
      'venv/bin/activate': '# activate\n',
      'venv/lib/x.py': 'x',
      'py312/pyvenv.cfg': 'home = /usr/bin\n',
      'py312/lib/x.py': 'x',
      'env/settings.py': 'DEBUG = True\n',
      'env/bin/deploy.sh': 'echo\n',
      'tools/bin/activate': '# not a venv\n',
    });
    const result = await scan(dir);
    expect(paths(result)).toEqual(['app.py', 'env/bin/deploy.sh', 'env/settings.py', 'tools/bin/activate']);
  });

  it('never lists .git, as a folder or as a file', async () => {
    await writeTree(dir, {
      '.git/config': '[core]\n',
      '.git/hooks/pre-commit.py': 'import os\n',
      'sub/.git': 'gitdir: ../.git/modules/sub\n',
      'sub/main.py': 'import os\n',
    });
    expect(paths(await scan(dir))).toEqual(['sub/main.py']);
  });

  it('counts minified, generated and lockfiles for no language, and still reads lockfiles', async () => {
    await writeTree(dir, {
      'public/jquery.min.js': 'x',
      'public/app.bundle.js': 'x',
      'public/app.js.map': '{}',
      'proto/user_pb2.py': 'import grpc\n',
      'src/types.d.ts': 'declare const x: number;\n',
      'src/api.generated.ts': 'export {};\n',
      'src/main.ts': 'export {};\n',
      'yarn.lock': '# yarn lockfile v1\n',
      'uv.lock': 'version = 1\n',
    });
    const result = await scan(dir);
    expect(paths(result)).toEqual(['src/main.ts', 'uv.lock', 'yarn.lock']);
    expect(fileAt(result, 'yarn.lock')).toEqual({
      path: 'yarn.lock',
      size: 19,
      role: 'manifest',
      manifestKind: 'yarn-lock',
      text: '# yarn lockfile v1\n',
    });
    expect(fileAt(result, 'uv.lock')?.language).toBeUndefined();
  });

  it('applies the extra ignore globs and still finds manifests elsewhere', async () => {
    await writeTree(dir, {
      'legacy/package.json': '{}',
      'legacy/server.js': 'x',
      'services/api/package.json': '{"name":"api"}',
      'services/api/notes.py': 'x',
    });
    const result = await scan(dir, { ignore: ['legacy/', '*.py'] });
    expect(paths(result)).toEqual(['services/api/package.json']);
    expect(fileAt(result, 'services/api/package.json')?.text).toBe('{"name":"api"}');
  });
});

describe('scan: reading', () => {
  it('reads manifests and notebooks whole and only the head of sources, cut at a line end', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `import module_${i}\n`).join('');
    await writeTree(dir, {
      'big.py': lines,
      'small.py': 'import os\n',
      'requirements.txt': 'flask==3.0\n'.repeat(20),
      'nb.ipynb': '{"cells": []}',
      'data.csv': 'a,b\n',
    });
    const result = await scan(dir, { sourceHeadBytes: 64 });
    const big = fileAt(result, 'big.py');
    expect(big?.truncated).toBe(true);
    expect(big?.text).toBe(lines.slice(0, lines.lastIndexOf('\n', 63) + 1));
    expect(big?.text?.endsWith('\n')).toBe(true);
    expect(fileAt(result, 'small.py')).toEqual({
      path: 'small.py',
      size: 10,
      role: 'source',
      language: 'Python',
      text: 'import os\n',
    });
    expect(fileAt(result, 'requirements.txt')?.text).toHaveLength(220);
    expect(fileAt(result, 'nb.ipynb')).toMatchObject({ role: 'notebook', text: '{"cells": []}' });
    // a file that is neither read nor counted for a language is listed, never stat'ed
    expect(fileAt(result, 'data.csv')).toEqual({ path: 'data.csv', size: 0, role: 'other' });
  });

  it('keeps the import head of a source and the later lines a code pattern may need', async () => {
    await writeTree(dir, {
      // the app object sits right after the last import: it was lost when the search for line
      // starts began past the import head's final line break
      'api/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n\ndef helper():\n    return require_nothing\n',
      'web/server.js': "const express = require('express');\nconst app = express();\napp.listen(3000);\n",
    });
    const result = await scan(dir);
    expect(fileAt(result, 'api/main.py')).toMatchObject({
      text: 'from fastapi import FastAPI\n',
      codeLines: [{ line: 2, text: 'app = FastAPI()' }],
      truncated: true,
    });
    expect(fileAt(result, 'web/server.js')).toMatchObject({
      text: "const express = require('express');\n",
      codeLines: [{ line: 3, text: 'app.listen(3000);' }],
    });
  });

  it('finds the code lines of a long file past its import head, up to the bound, and no import there', async () => {
    const body = 'def handler(update):\n    return update\n\n'.repeat(2_000);
    await writeTree(dir, {
      // a bot's polling loop and a server's start at the end of files far longer than the head
      'bot/bot.py': `import telebot\n${body}from_here = 1\nbot.infinity_polling()\n`,
      'web/server.js': `const express = require('express');\n${'// note\n'.repeat(5_000)}app.listen(3000);\n`,
      'far/tail.py': `import os\n${'x = 1\n'.repeat(200)}app.run()\n`,
    });
    const result = await scan(dir, { sourceHeadBytes: 1024, sourceMaxBytes: 512 * 1024 });
    const bot = fileAt(result, 'bot/bot.py');
    expect(bot?.text).toBe('import telebot\n');
    expect(bot?.codeLines?.at(-1)).toEqual({ line: 6_003, text: 'bot.infinity_polling()' });
    expect(fileAt(result, 'web/server.js')?.codeLines).toEqual([{ line: 5_002, text: 'app.listen(3000);' }]);
    // past the bound nothing is searched
    const bounded = await scan(dir, { sourceHeadBytes: 64, sourceMaxBytes: 1024 });
    expect(fileAt(bounded, 'far/tail.py')?.codeLines).toBeUndefined();
    expect(fileAt(bounded, 'far/tail.py')).toMatchObject({ text: 'import os\n', truncated: true });
  });

  it("knows the size of every file it reads or counts, whether or not the walk stat'ed it", async () => {
    const longSource = 'import os\n' + 'x = 1\n'.repeat(100);
    const hugeManifest = `{"name": "x", "description": "${'y'.repeat(300)}"}`;
    await writeTree(dir, {
      'long.py': longSource,
      'exact.py': 'import os\n'.repeat(4),
      'main.go': 'package main\n',
      'requirements.txt': 'flask==3.0\n',
      'huge/package.json': hugeManifest,
    });
    const result = await scan(dir, { sourceHeadBytes: 40, maxManifestBytes: 100 });
    // a head that fills the limit: the size is asked of the open file
    expect(fileAt(result, 'long.py')).toMatchObject({ size: longSource.length, truncated: true, text: 'import os\n' });
    // exactly the limit: read to the end, nothing cut
    expect(fileAt(result, 'exact.py')).toMatchObject({ size: 40, text: 'import os\n'.repeat(4) });
    expect(fileAt(result, 'exact.py')?.truncated).toBeUndefined();
    expect(fileAt(result, 'main.go')).toEqual({ path: 'main.go', size: 13, role: 'other', language: 'Go' });
    expect(fileAt(result, 'requirements.txt')?.size).toBe(11);
    expect(fileAt(result, 'huge/package.json')?.size).toBe(hugeManifest.length);
    expect(result.warnings).toEqual([
      { file: 'huge/package.json', message: `manifest is ${hugeManifest.length} B, over the 100 B limit; not read` },
    ]);
  });

  it('counts exactly the bytes read and the files kept', async () => {
    await writeTree(dir, {
      '.gitignore': 'x.log\n',
      'package.json': '{}',
      'a.ts': 'export {};\n',
      'b.go': 'package b\n',
    });
    const result = await scan(dir);
    expect(result.stats).toEqual({ files: 4, bytesRead: 6 + 2 + 11 });
  });

  it('skips binary content in a source with one warning', async () => {
    await writeTree(dir, { 'blob.py': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]) });
    const result = await scan(dir);
    expect(fileAt(result, 'blob.py')?.text).toBeUndefined();
    expect(result.warnings).toEqual([
      { file: 'blob.py', message: 'source file has binary content (NUL bytes); not read' },
    ]);
  });

  it('decodes a UTF-16 requirements file and a UTF-8 BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Django==5.0\r\n-r base.txt\r\n', 'utf16le')]);
    await writeTree(dir, {
      'requirements.txt': utf16,
      'base.txt': 'numpy\n',
      'package.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"name":"x"}')]),
    });
    const result = await scan(dir);
    expect(fileAt(result, 'requirements.txt')?.text).toBe('Django==5.0\r\n-r base.txt\r\n');
    expect(fileAt(result, 'base.txt')).toMatchObject({
      role: 'manifest',
      manifestKind: 'requirements',
      text: 'numpy\n',
    });
    expect(fileAt(result, 'package.json')?.text).toBe('{"name":"x"}');
    expect(result.warnings).toEqual([]);
  });

  it('warns about a manifest or notebook over its cap, naming the size, and does not read it', async () => {
    await writeTree(dir, { 'package.json': 'x'.repeat(3000), 'nb.ipynb': 'y'.repeat(2048) });
    const result = await scan(dir, { maxManifestBytes: 1024, maxNotebookBytes: 1024 });
    expect(fileAt(result, 'package.json')?.text).toBeUndefined();
    expect(result.warnings).toEqual([
      { file: 'nb.ipynb', message: 'notebook is 2 KiB, over the 1 KiB limit; not read' },
      { file: 'package.json', message: 'manifest is 2.9 KiB, over the 1 KiB limit; not read' },
    ]);
    expect(result.stats.bytesRead).toBe(0);
  });

  it('reports progress up to the total, between batches of reads', async () => {
    const tree: Record<string, string> = { 'package.json': '{}', 'c.txt': 'z' };
    for (let i = 0; i < 1200; i++) tree[`src/m${i}.py`] = 'import os\n';
    await writeTree(dir, tree);
    const calls: [number, number][] = [];
    await scan(dir, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls[0]).toEqual([0, 1201]);
    expect(calls.at(-1)).toEqual([1201, 1201]);
    const dones = calls.map(([done]) => done);
    expect(dones.length).toBeGreaterThan(2);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });
});

describe('scan: requirements includes', () => {
  it('follows -r and -c transitively, once each, whatever the file names', async () => {
    await writeTree(dir, {
      '.gitignore': 'private/\n',
      'requirements.txt': [
        '-r base.txt',
        '--constraint constraints/pins.txt',
        '-r missing.txt',
        '-r ../outside.txt',
        '-r https://example.com/r.txt',
        '-r private/extra.txt',
        'flask',
      ].join('\n'),
      'base.txt': '-r requirements.txt\n--requirement=nested/more.in\nnumpy\n',
      'nested/more.in': '-c ../base.txt\n-r ../missing.txt\npandas\n',
      'constraints/pins.txt': 'flask==3.0\n',
      'private/extra.txt': 'torch\n',
    });
    const result = await scan(dir);
    for (const path of ['base.txt', 'nested/more.in', 'constraints/pins.txt', 'private/extra.txt']) {
      expect(fileAt(result, path), path).toMatchObject({ role: 'manifest', manifestKind: 'requirements' });
      expect(fileAt(result, path)?.text, path).toBeTypeOf('string');
    }
    expect(fileAt(result, 'private/extra.txt')?.text).toBe('torch\n');
    expect(warningsFor(result, 'requirements.txt')).toEqual([
      'line 3 includes "missing.txt", which does not exist',
      'line 4 includes "../outside.txt", outside the scanned folder; not read',
    ]);
    expect(warningsFor(result, 'nested/more.in')).toEqual(['line 2 includes "../missing.txt", which does not exist']);
    expect(result.warnings).toHaveLength(3);
    expect(result.stats.files).toBe(result.files.length);
  });

  it('refuses an include that a symbolic link leads out of the root', async () => {
    const outside = await tempDir();
    try {
      await writeTree(outside.dir, { 'secret.txt': 'do-not-read\n' });
      await writeTree(dir, { 'requirements.txt': '-r shared/secret.txt\n' });
      await symlink(outside.dir, join(dir, 'shared'));
      const result = await scan(dir);
      expect(fileAt(result, 'shared/secret.txt')).toBeUndefined();
      expect(warningsFor(result, 'requirements.txt')).toEqual([
        'line 1 includes "shared/secret.txt", which leads outside the scanned folder; not read',
      ]);
    } finally {
      await outside.cleanup();
    }
  });
});

describe('scan: links, special files and odd names', () => {
  it('skips links that leave the root with one warning each, keeps links to files inside, survives loops', async () => {
    const outside = await tempDir();
    try {
      await writeTree(outside.dir, { 'secret.py': 'import secrets\n', 'pkg/mod.py': 'x\n' });
      await writeTree(dir, { 'src/app.py': 'import flask\n' });
      await symlink(join(outside.dir, 'secret.py'), join(dir, 'leak.py'));
      await symlink(outside.dir, join(dir, 'leakdir'));
      await symlink('src/app.py', join(dir, 'alias.py'));
      await symlink('src', join(dir, 'srcdir'));
      await symlink('.', join(dir, 'self'));
      await symlink('loop-b', join(dir, 'loop-a'));
      await symlink('loop-a', join(dir, 'loop-b'));
      await symlink('nowhere.py', join(dir, 'dangling.py'));
      const result = await scan(dir);
      expect(paths(result)).toEqual(['alias.py', 'src/app.py']);
      expect(fileAt(result, 'alias.py')).toMatchObject({ role: 'source', size: 13, text: 'import flask\n' });
      expect(result.warnings).toEqual([
        { file: 'leak.py', message: 'symbolic link points outside the scanned folder; not followed' },
        { file: 'leakdir', message: 'symbolic link points outside the scanned folder; not followed' },
        { file: 'loop-a', message: 'symbolic link loop; not followed' },
        { file: 'loop-b', message: 'symbolic link loop; not followed' },
      ]);
    } finally {
      await outside.cleanup();
    }
  });

  it('never opens a FIFO', async () => {
    await writeTree(dir, { 'main.py': 'import os\n' });
    try {
      execFileSync('mkfifo', [join(dir, 'requirements.txt'), join(dir, 'pipe.py')]);
    } catch {
      return; // no mkfifo here: nothing to prove
    }
    const result = await scan(dir);
    expect(paths(result)).toEqual(['main.py']);
  }, 5000);

  const lockedTree = {
    'ok.py': 'import os\n',
    'locked/inner.py': 'import sys\n',
    'locked.py': 'import json\n',
  };
  const lock = async () => {
    await writeTree(dir, lockedTree);
    await chmod(join(dir, 'locked'), 0o000);
    await chmod(join(dir, 'locked.py'), 0o000);
  };

  it('carries on past unreadable folders and files', async () => {
    await lock();
    const result = await scan(dir);
    expect(paths(result)).toContain('ok.py');
    expect(fileAt(result, 'ok.py')?.text).toBe('import os\n');
  });

  it.skipIf(runningAsRoot)('warns once per unreadable folder and file', async () => {
    await lock();
    const result = await scan(dir);
    expect(result.warnings).toEqual([
      { file: 'locked', message: 'cannot read folder: permission denied (EACCES)' },
      { file: 'locked.py', message: 'cannot read source file: permission denied (EACCES)' },
    ]);
  });

  it('handles names with newlines, quotes, backticks, pipes, angle brackets and at signs', async () => {
    const names = [
      'new\nline.py',
      'folder\nwith newline/inner.py',
      'quote"s.py',
      "apo'strophe.py",
      'back`tick`.py',
      'pi|pe.py',
      '<angle>.py',
      '@scope/pkg/package.json',
      'sp ace/!bang.py',
      '[glob]*?.py',
      '#hash.py',
      'ünïcode.py',
      '...',
      '-r.py',
    ];
    await writeTree(dir, Object.fromEntries(names.map((name) => [name, 'import os\n'])));
    const result = await scan(dir);
    expect(paths(result)).toEqual([...names].sort());
    for (const name of names.filter((name) => name.endsWith('.py'))) {
      expect(fileAt(result, name)?.text, name).toBe('import os\n');
    }
    expect(fileAt(result, '@scope/pkg/package.json')?.role).toBe('manifest');
    expect(result.warnings).toEqual([]);
  });

  it('lists paths root-relative, sorted, with / separators', async () => {
    await writeTree(dir, { 'b/z.py': 'x', 'a.py': 'x', 'b/a/y.py': 'x', 'B.py': 'x' });
    expect(paths(await scan(dir))).toEqual(['B.py', 'a.py', 'b/a/y.py', 'b/z.py']);
  });

  it('refuses a root that is not a folder', async () => {
    await writeTree(dir, { 'file.txt': 'x' });
    await expect(scan(join(dir, 'file.txt'))).rejects.toThrow('not a folder');
    await expect(scan(join(dir, 'absent'))).rejects.toThrow('not a folder');
  });
});

describe('scan: no hang', () => {
  // a hang guard, not a speed target: CI machines are shared and slow at times (docs/performance.md has the figures)
  it('scans 2,000 files and leaves node_modules out, within a generous bound', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2000; i += 1) {
      const folder = `pkg${i % 40}/sub${i % 7}`;
      files[`${folder}/mod${i}.${i % 3 === 0 ? 'ts' : i % 3 === 1 ? 'py' : 'md'}`] =
        `import os\n# ${'x'.repeat(i % 200)}\n`;
    }
    for (let i = 0; i < 200; i += 1) files[`node_modules/dep${i}/index.js`] = 'x';
    await writeTree(dir, files);
    await mkdir(join(dir, 'empty'));
    const started = performance.now();
    const result = await scan(dir);
    const elapsed = performance.now() - started;
    expect(result.stats.files).toBe(2000);
    expect(elapsed).toBeLessThan(30_000);
  });
});
