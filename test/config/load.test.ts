import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG_PATH, loadConfig, resolveSettings } from '../../src/config/index.js';

let base: string;
let root: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'backend-fit-config-'));
  root = path.join(base, 'repo');
  await mkdir(path.join(root, '.github'), { recursive: true });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function put(relative: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await writeFile(path.join(root, relative), text);
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

describe('loadConfig', () => {
  it('reads the default path', async () => {
    await put(DEFAULT_CONFIG_PATH, 'fail-on: review\n');
    await expect(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false })).resolves.toEqual({
      config: { failOn: 'review' },
      file: '.github/backend-fit.yml',
    });
  });

  it('a missing default path means no config', async () => {
    await expect(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false })).resolves.toEqual({});
  });

  it('a missing default path is fine even when .github does not exist', async () => {
    await rm(path.join(root, '.github'), { recursive: true });
    await expect(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false })).resolves.toEqual({});
  });

  it('a missing explicit path is an error naming it', async () => {
    expect(await errorOf(loadConfig(root, 'ci/fit.yml', { explicit: true }))).toBe(
      'ci/fit.yml: config file not found (the path is relative to the scanned folder)',
    );
    expect(await errorOf(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: true }))).toBe(
      '.github/backend-fit.yml: config file not found (the path is relative to the scanned folder)',
    );
  });

  it('reads a .yaml file when the default .yml is missing', async () => {
    await put('.github/backend-fit.yaml', 'fail-on: never\n');
    await expect(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false })).resolves.toEqual({
      config: { failOn: 'never' },
      file: '.github/backend-fit.yaml',
    });
  });

  it('does not swap .yml for .yaml on an explicit path', async () => {
    await put('ci/fit.yaml', 'fail-on: never\n');
    expect(await errorOf(loadConfig(root, 'ci/fit.yml', { explicit: true }))).toMatch(
      /^ci\/fit\.yml: config file not found/,
    );
  });

  it('resolves a relative path against the root, and names it root-relative', async () => {
    await put('ci/fit.yml', 'fail-on: mismatch\n');
    await expect(loadConfig(root, './ci/fit.yml', { explicit: true })).resolves.toEqual({
      config: { failOn: 'mismatch' },
      file: 'ci/fit.yml',
    });
  });

  it('accepts an absolute path inside the root', async () => {
    await put('ci/fit.yml', 'fail-on: mismatch\n');
    const loaded = await loadConfig(root, path.join(root, 'ci', 'fit.yml'), { explicit: true });
    expect(loaded.file).toBe('ci/fit.yml');
  });

  it('refuses a path outside the root without reading it', async () => {
    await writeFile(path.join(base, 'outside.yml'), 'fail-on: never\n');
    expect(await errorOf(loadConfig(root, '../outside.yml', { explicit: true }))).toBe(
      '../outside.yml: the config file must be inside the scanned folder (' + root + ')',
    );
    expect(await errorOf(loadConfig(root, path.join(base, 'outside.yml'), { explicit: true }))).toMatch(
      /the config file must be inside the scanned folder/,
    );
  });

  it('refuses a symlink inside the root that points outside it', async () => {
    await writeFile(path.join(base, 'outside.yml'), 'fail-on: never\n');
    await symlink(path.join(base, 'outside.yml'), path.join(root, '.github', 'backend-fit.yml'));
    expect(await errorOf(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false }))).toBe(
      '.github/backend-fit.yml: links outside the scanned folder; the config file must be inside it',
    );
  });

  it('follows a symlink that stays inside the root', async () => {
    await put('ci/shared.yml', 'fail-on: review\n');
    await symlink(path.join(root, 'ci', 'shared.yml'), path.join(root, '.github', 'backend-fit.yml'));
    const loaded = await loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false });
    expect(loaded.config).toEqual({ failOn: 'review' });
  });

  it('a folder at the config path is an error', async () => {
    await mkdir(path.join(root, '.github', 'backend-fit.yml'));
    expect(await errorOf(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false }))).toBe(
      '.github/backend-fit.yml: not a file; the config must be a YAML file',
    );
  });

  it('refuses a file too large to be a config', async () => {
    await put(DEFAULT_CONFIG_PATH, `# ${'x'.repeat(1024 * 1024)}\n`);
    expect(await errorOf(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false }))).toMatch(
      /^\.github\/backend-fit\.yml: \d+ bytes is too large for a config file/,
    );
  });

  it('passes validation errors through with the root-relative name', async () => {
    await put('ci/fit.yml', 'fail-on: sometimes\n');
    expect(await errorOf(loadConfig(root, 'ci/fit.yml', { explicit: true }))).toBe(
      'ci/fit.yml: fail-on: must be one of mismatch, review, never (got "sometimes")',
    );
  });

  it('an empty file is an empty config, not a missing one', async () => {
    await put(DEFAULT_CONFIG_PATH, '');
    await expect(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false })).resolves.toEqual({
      config: {},
      file: '.github/backend-fit.yml',
    });
  });

  it('the loaded config names its file in the settings', async () => {
    await put('ci/fit.yml', 'fail-on: review\n');
    const { config } = await loadConfig(root, 'ci/fit.yml', { explicit: true });
    const params = {
      weights: { performance: 1, scalability: 1, 'use-case': 1, 'team-skills': 1, ecosystem: 1, security: 1 },
      thresholds: { review: 5, mismatch: 15 },
      eitherMargin: 5,
    };
    expect(resolveSettings(config, {}, { failOn: 'mismatch', params }).configFile).toBe('ci/fit.yml');
  });

  it('refuses the folder above the root itself', async () => {
    expect(await errorOf(loadConfig(root, '..', { explicit: true }))).toBe(
      '..: the config file must be inside the scanned folder (' + root + ')',
    );
  });

  it('reads the .yaml alternative when a folder above has .yml in its name', async () => {
    const dotted = path.join(base, 'site.yml');
    await mkdir(path.join(dotted, '.github'), { recursive: true });
    await writeFile(path.join(dotted, '.github', 'backend-fit.yaml'), 'fail-on: review\n');
    await expect(loadConfig(dotted, DEFAULT_CONFIG_PATH, { explicit: false })).resolves.toEqual({
      config: { failOn: 'review' },
      file: '.github/backend-fit.yaml',
    });
  });

  it('swaps only a .yml at the end of the name', async () => {
    await put('ci.yaml/fit', 'fail-on: review\n');
    await expect(loadConfig(root, 'ci.yml/fit', { explicit: false })).resolves.toEqual({});
  });

  it('a file where the .github folder should be means no config', async () => {
    await rm(path.join(root, '.github'), { recursive: true });
    await writeFile(path.join(root, '.github'), 'not a folder\n');
    await expect(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false })).resolves.toEqual({});
  });

  it('a config path that cannot be read is an error naming it, not a missing file', async () => {
    const loop = path.join(root, '.github', 'backend-fit.yml');
    await symlink(loop, loop);
    expect(await errorOf(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false }))).toBe(
      '.github/backend-fit.yml: cannot read the config file (ELOOP)',
    );
  });

  it('reads a file of exactly the largest size', async () => {
    const text = `fail-on: review\n# ${'x'.repeat(1024 * 1024 - 19)}\n`;
    expect(Buffer.byteLength(text)).toBe(1024 * 1024);
    await put(DEFAULT_CONFIG_PATH, text);
    await expect(loadConfig(root, DEFAULT_CONFIG_PATH, { explicit: false })).resolves.toMatchObject({
      config: { failOn: 'review' },
    });
  });
});
