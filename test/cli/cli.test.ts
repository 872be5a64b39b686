import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { captureIo } from '../support/cli-io.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const run = async (args: string[], env: NodeJS.ProcessEnv = {}, tty = false) => {
  const { io, out } = captureIo(env, tty);
  const code = await runCli(args, io);
  return { code, ...out };
};

describe('backend-fit CLI', () => {
  it('text by default, plain when piped, coloured on a TTY unless NO_COLOR', async () => {
    const plain = await run([path.join(FIXTURES, 'realtime-chat-node')]);
    expect(plain.code).toBe(0);
    expect(plain.stdout.split('\n')[0]).toMatch(/^✔ fits — Node\.js fits this code/);
    expect(plain.stdout).not.toContain('\x1b[');
    expect((await run([path.join(FIXTURES, 'realtime-chat-node')], {}, true)).stdout).toContain('\x1b[');
    expect((await run([path.join(FIXTURES, 'realtime-chat-node')], { NO_COLOR: '1' }, true)).stdout).not.toContain(
      '\x1b[',
    );
  });

  it('every format; --output writes the file', async () => {
    for (const format of ['json', 'markdown', 'sarif']) {
      const r = await run([path.join(FIXTURES, 'python-realtime-chat'), '--format', format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
    }
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bf-cli-')), 'report.json');
    expect((await run([path.join(FIXTURES, 'python-realtime-chat'), '--format', 'json', '-o', file])).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).verdict).toBe('review');
  });

  it('exit 1 when the policy fails, 0 when it does not', async () => {
    expect((await run([path.join(FIXTURES, 'python-realtime-chat'), '--fail-on', 'review'])).code).toBe(1);
    expect((await run([path.join(FIXTURES, 'python-realtime-chat'), '--fail-on', 'mismatch'])).code).toBe(0);
    expect((await run([path.join(FIXTURES, 'express-spawns-python'), '--fail-on', 'review'])).code).toBe(1);
    expect((await run([path.join(FIXTURES, 'express-spawns-python'), '--fail-on', 'never'])).code).toBe(0);
  });

  it('usage and config errors: exit 2, one line on stderr, no stack', async () => {
    const cases = [
      [['--format', 'xml'], /^backend-fit: --format must be one of text, json, markdown, sarif \(got "xml"\)\n$/],
      [['--bogus'], /^backend-fit: unknown option --bogus \(see --help\)\n$/],
      [['/no/such/folder'], /^backend-fit: \/no\/such\/folder: not a folder/],
      [[FIXTURES, '--config', 'missing.yml'], /^backend-fit: .*missing\.yml.*\n$/],
      [
        [path.join(FIXTURES, 'bun-hono-api'), '-o', '/no/such/dir/out.json'],
        /^backend-fit: cannot write \/no\/such\/dir\/out\.json: ENOENT\n$/,
      ],
    ] as const;
    for (const [args, message] of cases) {
      const r = await run([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n').length).toBe(2);
    }
  });

  it('a bad config file names the file and the key', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-cli-'));
    writeFileSync(path.join(dir, 'bf.yml'), 'weights:\n  perfomance: 2\n');
    const r = await run([dir, '--config', 'bf.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('backend-fit: bf.yml: weights.perfomance: unknown key; did you mean "performance"?\n');
  });

  it('--help and --version', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage: backend-fit [path] [options]');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
