import path from 'node:path';
import { ConfigError, loadConfig, type Config, type Overrides, type Settings } from '../config/index.js';
import { MAX_CONFIG_BYTES, parseConfigText } from '../config/load.js';
import { scanBase } from '../delta/base-scan.js';
import { fetchShallow, git, listTree, locate, resolveCommit } from '../delta/git.js';
import { readCatalog, type CatalogComponent } from '../detect/catalog.js';
import { isOwnershipKind } from '../knowledge/manifest-files.js';
import type { FailOn, PolicySource } from '../model/report.js';
import type { ScanResult, ScannedFile } from '../model/scan.js';
import { classify } from '../scan/index.js';
import { settingsOf } from '../settings.js';
import { InputError } from './inputs.js';
import { commitId } from '../commit-id.js';

/**
 * Where a pull request's policy comes from. The policy is the config file and the policy
 * files of the catalog (Backstage descriptors: `spec.type`, `lifecycle`, `owner`, `system`;
 * CODEOWNERS), and it decides whether the PR's check fails, so by default it is the base
 * commit's, read from git objects as the delta's base scan is: a PR cannot relax its own gate.
 * What the PR changes in it is listed in the report and the comment, and takes effect once
 * merged. `policy-from: head` reads the checkout instead (the PR can change its own gate).
 */
export type PolicyFrom = 'base' | 'head';

export interface BasePolicyRequest {
  /** The scanned folder (the action's `path`), inside a git checkout. */
  root: string;
  /** The `config` input: relative to root. */
  configFile: string;
  explicit: boolean;
  baseSha: string;
  overrides: Overrides;
  defaultFailOn: FailOn;
  now?: Date;
}

export interface BasePolicy {
  /** The settings of the base's config file. */
  settings: Settings;
  /** The head's scan with its catalog descriptors and CODEOWNERS as they are at the base. */
  policyFiles: (head: ScanResult) => Promise<ScanResult>;
  /** For the report, once policyFiles has run: the base commit and what the PR changes. */
  source: () => PolicySource;
}

/**
 * The base commit's policy; an InputError when the checkout is a git repository but the base
 * cannot be read (the check fails closed). Undefined when the folder is no git checkout at all:
 * then there is no base to read, and the caller says so.
 */
export async function readBasePolicy(request: BasePolicyRequest): Promise<BasePolicy | undefined> {
  const { root } = request;
  const found = await baseCommit(root, request.baseSha);
  if (!found) return undefined;
  const { prefix, commit } = found;
  const base = await baseConfig(root, prefix, commit, request);
  const { settings, config } = await baseSettings(base, request, commit);
  const changes = await configChanges(config, base?.file, request);
  const state = { changes, commit };
  return {
    settings,
    policyFiles: async (head) => {
      const result = await catalogFromBase(root, prefix, commit, head, settings.ignore);
      state.changes = [...changes, ...result.changes];
      return result.scan;
    },
    source: () => ({ from: 'base', commit: state.commit, changes: state.changes }),
  };
}

/** The base's config file -> settings; its errors (ConfigError, one line) name the commit too. */
async function baseSettings(
  base: { file: string; text: string } | undefined,
  request: BasePolicyRequest,
  commit: string,
): Promise<{ settings: Settings; config?: Config }> {
  try {
    const config = base ? await parseConfigText(base.text, base.file) : undefined;
    return { settings: { ...settingsOf(config, base?.file, request), configFile: base?.file }, config };
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (in the base commit ${commitId(commit)})`);
  }
}

/** The base commit, fetched with depth 1 when missing; undefined when the folder is not a git checkout at all. */
async function baseCommit(root: string, sha: string): Promise<{ prefix: string; commit: string } | undefined> {
  // git() turns every failure into a GitError: here, no git checkout
  const where = await locate(root).catch(() => undefined);
  if (!where) return undefined;
  let commit = await resolveCommit(root, sha);
  if (!commit) {
    await fetchShallow(root, sha).catch(() => undefined);
    commit = await resolveCommit(root, sha);
  }
  if (commit) return { prefix: where.prefix, commit };
  throw new InputError(
    `policy-from: base: the base commit ${commitId(sha)} is not in this checkout and could not be fetched; check out with git history (actions/checkout) or set policy-from: head`,
  );
}

/** The config file at the base commit (the `.yaml` spelling too, as loadConfig tries), or none. */
async function baseConfig(
  root: string,
  prefix: string,
  commit: string,
  request: BasePolicyRequest,
): Promise<{ file: string; text: string } | undefined> {
  const file = path.relative(root, path.resolve(root, request.configFile)).split(path.sep).join('/');
  const names = !request.explicit && /\.yml$/i.test(file) ? [file, file.replace(/\.yml$/i, '.yaml')] : [file];
  for (const name of names) {
    if (name.startsWith('../'))
      throw new ConfigError(`${request.configFile}: the config file must be inside the scanned folder (${root})`);
    const folder = path.posix.dirname(name);
    const inFolder = folder === '.' ? prefix : `${prefix}${folder}/`;
    const base = path.posix.basename(name);
    const entry = (await listTree(root, commit, inFolder, [base])).find((e) => e.path === base);
    if (!entry) continue;
    if (entry.size > MAX_CONFIG_BYTES)
      throw new ConfigError(
        `${name}: ${entry.size} bytes is too large for a config file (at most ${MAX_CONFIG_BYTES})`,
      );
    return { file: name, text: await git(root, ['cat-file', 'blob', entry.blob]) };
  }
  return undefined;
}

/** How the PR's config file differs from the base's, key by key; the PR's own errors are named, not raised. */
async function configChanges(
  base: Config | undefined,
  baseFile: string | undefined,
  request: BasePolicyRequest,
): Promise<string[]> {
  let head: { config?: Config; file?: string };
  try {
    head = await loadConfig(request.root, request.configFile, { explicit: false });
  } catch (error) {
    return [`the PR's config file is not valid (${(error as Error).message})`];
  }
  const keys = changedKeys(base, head.config);
  if (!keys.length) return [];
  // keys differ, so one side has a file
  const file = (head.file ?? baseFile)!;
  if (!base) return [`${file}: adds the config file (${keys.join(', ')})`];
  if (!head.config) return [`${file}: removes the config file (${keys.join(', ')})`];
  return [`${file}: changes ${keys.join(', ')}`];
}

/** Top-level keys (as written in the file) whose values differ between two configs. */
export function changedKeys(a: Config | undefined, b: Config | undefined): string[] {
  const flat = (config: Config | undefined): Record<string, unknown> => {
    const { catalog, ...rest } = config ?? {};
    return { ...rest, ...catalog };
  };
  const before = flat(a);
  const after = flat(b);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))
    .sort();
}

const isPolicyFile = (p: string) => {
  const kind = classify(p)?.manifestKind;
  return kind !== undefined && isOwnershipKind(kind);
};

/**
 * The head's scan with its policy files (descriptors, CODEOWNERS) undone to the base: files
 * the PR added are dropped, changed ones read from the base's blobs, removed ones restored.
 */
async function catalogFromBase(
  root: string,
  prefix: string,
  commit: string,
  head: ScanResult,
  ignore: string[],
): Promise<{ scan: ScanResult; changes: string[] }> {
  const headFiles = head.files.filter((f) => isPolicyFile(f.path));
  const basePaths = (await listTree(root, commit, prefix)).map((e) => e.path).filter(isPolicyFile);
  const paths = [...new Set([...headFiles.map((f) => f.path), ...basePaths])];
  const scan = await scanBase(
    root,
    commit,
    prefix,
    head,
    paths.map((p) => ({ status: 'modified' as const, path: p })),
    { ignore },
  );
  const baseFiles = scan.files.filter((f) => isPolicyFile(f.path));
  return {
    scan: { ...scan, warnings: [...head.warnings, ...scan.warnings], stats: head.stats },
    changes: catalogChanges(baseFiles, headFiles, head.files),
  };
}

const FIELDS = ['type', 'lifecycle', 'owner', 'system', 'path'] as const;
const FIELD_NAMES: Record<(typeof FIELDS)[number], string> = {
  type: 'spec.type',
  lifecycle: 'spec.lifecycle',
  owner: 'spec.owner',
  system: 'spec.system',
  path: 'its folder',
};

/** What the PR changes in the catalog's policy fields, per component; CODEOWNERS as a whole. */
export function catalogChanges(base: ScannedFile[], head: ScannedFile[], all: ScannedFile[]): string[] {
  const components = (files: ScannedFile[]) => {
    const read = files.flatMap((f) =>
      f.manifestKind === 'catalog' && f.text !== undefined ? [{ path: f.path, text: f.text }] : [],
    );
    // the folders are the head's: a source-location names one of them; Location targets do not matter here
    const context = { paths: all.map((f) => f.path), descriptors: [] };
    return new Map(readCatalog(read, context).components.map((c) => [c.name, c]));
  };
  const before = components(base);
  const after = components(head);
  const changes: string[] = [];
  for (const [name, now] of after) {
    const was = before.get(name);
    if (!was) {
      const fields = FIELDS.flatMap((f) =>
        f !== 'path' && now[f] !== undefined ? [`${FIELD_NAMES[f]} ${now[f]}`] : [],
      );
      changes.push(`${now.source.file}: adds Component ${name}${fields.length ? ` (${fields.join(', ')})` : ''}`);
      continue;
    }
    const moved = FIELDS.filter((f) => now[f] !== was[f]).map(
      (f) => `${FIELD_NAMES[f]} ${show(was[f])} → ${show(now[f])}`,
    );
    if (moved.length) changes.push(`${now.source.file}: Component ${name}: ${moved.join(', ')}`);
  }
  for (const [name, was] of before) if (!after.has(name)) changes.push(`${was.source.file}: removes Component ${name}`);
  const owners = (files: ScannedFile[]) =>
    JSON.stringify(files.filter((f) => f.manifestKind === 'codeowners').map((f) => [f.path, f.text]));
  if (owners(base) !== owners(head)) changes.push('CODEOWNERS: changes owners');
  return changes;
}

function show(value: CatalogComponent[(typeof FIELDS)[number]] | undefined): string {
  return value === undefined ? '(none)' : value;
}
