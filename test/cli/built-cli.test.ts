import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** Runs the built CLI as a user's shell would, reading its output only after a pause. */
function runBuilt(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 300);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe('the built CLI as a process', () => {
  it('ends with the policy exit code once the whole report is written', async () => {
    const failing = await runBuilt([
      path.join(FIXTURES, 'python-realtime-chat'),
      '--format',
      'json',
      '--fail-on',
      'review',
    ]);
    expect(failing.code).toBe(1);
    expect(JSON.parse(failing.stdout).verdict).toBe('review');
    const passing = await runBuilt([
      path.join(FIXTURES, 'commerce-monorepo'),
      '--format',
      'json',
      '--fail-on',
      'never',
    ]);
    expect(passing.code).toBe(0);
    expect(JSON.parse(passing.stdout).services.length).toBeGreaterThan(0);
  });
});
