import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { captureIo } from '../support/cli-io.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Fixtures scanned as organisation repositories: the owners, systems and verdicts differ. */
export const FIXTURE_REPOSITORIES: Record<string, string> = {
  'acme/shop': 'catalog-monorepo',
  'acme/field-reports': 'codeowners-only',
  'acme/voice': 'node-voice-assistant',
  'acme/chat-py': 'python-realtime-chat',
  'acme/chat-node': 'realtime-chat-node',
};

/** Runs the CLI on each fixture with --repository, as the organisation workflow does; returns the report files. */
export async function fixtureReports(dir: string, repositories = FIXTURE_REPOSITORIES): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [name, fixture] of Object.entries(repositories)) {
    const file = path.join(dir, `${name.replace('/', '__')}.json`);
    const { io, out } = captureIo();
    const code = await runCli(
      [path.join(root, 'fixtures', fixture), '--format', 'json', '-o', file, '-q', '--repository', name],
      io,
    );
    if (code !== 0) throw new Error(`the CLI failed on ${fixture}: ${out.stderr}`);
    files.push(file);
  }
  return files;
}

export function readJson<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
