import { parse as parseYaml } from 'yaml';
import { scanYaml, scanYamlEntries, type ScannedEntries } from './yaml-lines.js';
import type { Dependency } from '../../model/facts.js';
import { describedInManifest } from '../self-descriptions.js';
import { cliFunctionDeploys } from './cli-deploys.js';
import {
  dep,
  describeParseError,
  dirOf,
  isRecord,
  Lines,
  manifestOf,
  type ParsedManifest,
  problem,
  QUIET_YAML,
  readJsonObject,
} from './util.js';

const SECTIONS: [string, boolean][] = [
  ['dependencies', false],
  ['optionalDependencies', false],
  // peer dependencies are provided by whoever installs the package: not this package's runtime
  ['peerDependencies', true],
  ['devDependencies', true],
];

/** Fields that shape a package to be published and imported. */
const PUBLISHING_FIELDS = ['main', 'module', 'exports', 'types', 'typings', 'files', 'publishConfig'] as const;

export function parsePackageJson(file: string, text: string): ParsedManifest {
  const json = readJsonObject(file, text, 'package.json');
  if ('failed' in json) return json.failed;
  const { data } = json;
  const lines = new Lines(text);
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  for (const [section, dev] of SECTIONS) {
    const block = data[section];
    if (!isRecord(block)) continue;
    const start = text.indexOf(`"${section}"`);
    for (const [name, version] of Object.entries(block)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const line = lines.find(`"${name}"`, Math.max(0, start));
      const declared = dep(name, 'node', file, {
        version: typeof version === 'string' ? version : undefined,
        dev,
        line,
      });
      dependencies.push(section === 'peerDependencies' ? { ...declared, peer: true } : declared);
    }
  }
  const ws = data.workspaces;
  const workspaces = Array.isArray(ws) ? ws : isRecord(ws) && Array.isArray(ws.packages) ? ws.packages : undefined;
  const scripts = isRecord(data.scripts)
    ? Object.fromEntries(Object.entries(data.scripts).filter(([, v]) => typeof v === 'string'))
    : undefined;
  const functions = scriptDeploys(file, lines, scripts as Record<string, string> | undefined);
  const publishing = PUBLISHING_FIELDS.filter((key) => data[key] !== undefined);
  const shape = {
    private: data.private === true,
    publishes: publishing.length > 0,
    ...(publishing.length === 1 && typeof data.main === 'string' ? { onlyMain: data.main } : {}),
    bin: data.bin !== undefined && data.bin !== null,
    ...(typeof data.main === 'string' ? { main: data.main } : {}),
    ...binsOf(data.bin, data.name),
  };
  // its description may say it is no deployed backend (a mock server): see detect/self-descriptions
  const describedAs = describedInManifest(file, data.description, (words) => lines.find(JSON.stringify(words)));
  return {
    manifest: manifestOf('package.json', file, 'node', {
      dependencies,
      package: shape,
      ...(typeof data.name === 'string' ? { name: data.name } : {}),
      ...(workspaces ? { workspaces: workspaces.filter((w): w is string => typeof w === 'string') } : {}),
      ...(scripts ? { scripts: scripts as Record<string, string> } : {}),
      ...(functions.length ? { functions } : {}),
      ...(describedAs ? { describedAs } : {}),
    }),
    warnings: [],
  };
}

/**
 * Functions the package's scripts deploy from the command line (`"deploy": "yc serverless function
 * version create ... --source-path ."`): npm runs a script in the package's folder, so its paths
 * (and a deploy naming no source) are read from there, a `cd` in the script holding for its line.
 */
function scriptDeploys(file: string, lines: Lines, scripts: Record<string, string> | undefined) {
  return Object.values(scripts ?? {}).flatMap((script) =>
    // the evidence's line is the script's own line of the file, not the line within the script
    cliFunctionDeploys(file, script, dirOf(file), { from: 'folder', bare: true, eachLine: true }).map((fn) => ({
      ...fn,
      line: lines.find(JSON.stringify(script).slice(1, 40)) ?? fn.line,
    })),
  );
}

/** `bin` as a file (named after the package) or as a map of commands to files. */
function binsOf(bin: unknown, name: unknown): { bins?: Record<string, string> } {
  const entries =
    typeof bin === 'string'
      ? typeof name === 'string'
        ? [[name.replace(/^@[^/]+\//, ''), bin]]
        : []
      : isRecord(bin)
        ? Object.entries(bin).filter(([, file]) => typeof file === 'string')
        : [];
  return entries.length ? { bins: Object.fromEntries(entries) as Record<string, string> } : {};
}

/** package-lock.json / npm-shrinkwrap.json, lockfileVersion 1 (`dependencies` tree) and 2/3 (`packages`). */
export function parsePackageLock(file: string, text: string): ParsedManifest {
  const json = readJsonObject(file, text, 'package-lock.json');
  if ('failed' in json) return json.failed;
  const { data } = json;
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  const add = (name: string, version: unknown, dev: boolean) => {
    if (seen.has(name)) return;
    seen.add(name);
    dependencies.push(dep(name, 'node', file, { version: typeof version === 'string' ? version : undefined, dev }));
  };
  if (isRecord(data.packages)) {
    for (const [key, value] of Object.entries(data.packages)) {
      const at = key.lastIndexOf('node_modules/');
      if (at < 0 || !isRecord(value) || value.link === true) continue;
      add(key.slice(at + 'node_modules/'.length), value.version, value.dev === true);
    }
  } else if (isRecord(data.dependencies)) {
    const walk = (tree: Record<string, unknown>) => {
      for (const [name, value] of Object.entries(tree)) {
        if (!isRecord(value)) continue;
        add(name, value.version, value.dev === true);
        if (isRecord(value.dependencies)) walk(value.dependencies);
      }
    };
    walk(data.dependencies);
  }
  return {
    manifest: manifestOf('package-lock', file, 'node', {
      dependencies,
      lockfile: true,
      ...(typeof data.name === 'string' ? { name: data.name } : {}),
    }),
    warnings: [],
  };
}

/** `@scope/name@^1.0.0` or `name@npm:1.2.3` -> `@scope/name` / `name`. */
function nameOfSpecifier(spec: string): string | undefined {
  const s = spec.trim().replace(/^"|"$/g, '');
  const at = s.indexOf('@', s.startsWith('@') ? 1 : 0);
  const name = at < 0 ? s : s.slice(0, at);
  return name || undefined;
}

/** What detection reads of a berry yarn.lock: each entry's version (and nothing of `__metadata`). */
export const BERRY_NEEDS = { __metadata: {}, '*': { version: true } } as const;

/** What detection reads of a pnpm-lock.yaml: the importers' direct dependencies and the package keys. */
const DEPENDENCY_SECTION = { '*': { version: true } } as const;
export const PNPM_NEEDS = {
  importers: {
    '*': {
      dependencies: DEPENDENCY_SECTION,
      optionalDependencies: DEPENDENCY_SECTION,
      devDependencies: DEPENDENCY_SECTION,
    },
  },
  packages: { '*': {} },
} as const;

/**
 * The entries of the berry lockfiles last read, by path: a history meets a new version of a big
 * `yarn.lock` at nearly every point, and only the entries whose text changed are scanned again.
 */
export type LockfileEntries = Map<string, ScannedEntries>;

/**
 * yarn.lock: classic v1 (its own format) and berry (YAML with `__metadata`). With `entries`,
 * a berry lockfile's unchanged entries are taken from the version read before at its path.
 */
export function parseYarnLock(file: string, text: string, entries?: LockfileEntries): ParsedManifest {
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  const add = (name: string | undefined, version: string | undefined) => {
    if (!name || seen.has(name)) return;
    seen.add(name);
    dependencies.push(dep(name, 'node', file, { version }));
  };
  if (/^__metadata:/m.test(text)) {
    const scanned = entries && scanYamlEntries(text, BERRY_NEEDS, entries.get(file));
    if (scanned) entries!.set(file, scanned.entries);
    let data: unknown = scanned ? scanned.data : scanYaml(text, BERRY_NEEDS);
    if (data === undefined) {
      try {
        data = parseYaml(text, { ...QUIET_YAML, maxAliasCount: 100 });
      } catch (error) {
        return problem(file, describeParseError('YAML', error));
      }
    }
    if (!isRecord(data)) return problem(file, 'yarn.lock must hold a mapping');
    for (const [key, value] of Object.entries(data)) {
      if (key === '__metadata' || !isRecord(value)) continue;
      if (typeof value.version === 'string' && value.version.startsWith('0.0.0-use.local')) continue;
      add(nameOfSpecifier(key.split(',')[0]!), typeof value.version === 'string' ? value.version : undefined);
    }
  } else {
    let current: string | undefined;
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      if (!line.startsWith(' ')) {
        current = line.endsWith(':') ? nameOfSpecifier(line.slice(0, -1).split(',')[0]!) : undefined;
        continue;
      }
      const version = /^ {2}version "?([^"\s]+)"?/.exec(line);
      if (version && current) {
        add(current, version[1]);
        current = undefined;
      }
    }
  }
  return { manifest: manifestOf('yarn-lock', file, 'node', { dependencies, lockfile: true }), warnings: [] };
}

/**
 * pnpm-lock.yaml, lockfileVersion 5.x (`/name/1.0.0`), 6.x (`/name@1.0.0`) and 9.x
 * (`name@1.0.0`, with `importers`). Each importer (workspace package) becomes its own
 * manifest, in its folder, so its direct dependencies belong to it.
 */
export function parsePnpmLock(file: string, text: string): ParsedManifest[] {
  let data: unknown = scanYaml(text, PNPM_NEEDS);
  // Without `importers` (a single-project lockfile before v9), the root holds the sections: parsed whole.
  if (!isRecord(data) || !isRecord(data.importers)) {
    try {
      data = parseYaml(text, { ...QUIET_YAML, maxAliasCount: 100 });
    } catch (error) {
      return [problem(file, describeParseError('YAML', error))];
    }
  }
  if (!isRecord(data)) return [problem(file, 'pnpm-lock.yaml must hold a mapping')];
  const lockDir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
  const results: ParsedManifest[] = [];
  const all: Dependency[] = [];
  const packages = isRecord(data.packages) ? data.packages : {};
  for (const key of Object.keys(packages)) {
    const m = /^\/?((?:@[^/@]+\/)?[^/@(]+)[/@]([^/(]+)/.exec(key);
    if (m) all.push(dep(m[1]!, 'node', file, { version: m[2] }));
  }
  const importers = isRecord(data.importers) ? data.importers : { '.': data };
  for (const [importer, value] of Object.entries(importers)) {
    if (!isRecord(value)) continue;
    const direct: Dependency[] = [];
    for (const [section, dev] of [
      ['dependencies', false],
      ['optionalDependencies', false],
      ['devDependencies', true],
    ] as const) {
      const block = value[section];
      if (!isRecord(block)) continue;
      for (const [name, spec] of Object.entries(block)) {
        const version = isRecord(spec) ? spec.version : spec;
        direct.push(
          dep(name, 'node', file, { version: typeof version === 'string' ? version.split('(')[0] : undefined, dev }),
        );
      }
    }
    const dir = importer === '.' ? lockDir : lockDir === '.' ? importer : `${lockDir}/${importer}`;
    results.push({
      manifest: { ...manifestOf('pnpm-lock', file, 'node', { dependencies: direct, lockfile: true }), dir },
      warnings: [],
    });
  }
  const root = results.find((r) => r.manifest?.dir === lockDir);
  if (root?.manifest) {
    const direct = new Set(root.manifest.dependencies.map((d) => d.name));
    root.manifest.dependencies.push(...all.filter((d) => !direct.has(d.name)).map((d) => ({ ...d, transitive: true })));
  } else
    results.push({
      manifest: manifestOf('pnpm-lock', file, 'node', {
        dependencies: all.map((d) => ({ ...d, transitive: true })),
        lockfile: true,
      }),
      warnings: [],
    });
  return results;
}

export function parsePnpmWorkspace(file: string, text: string): ParsedManifest {
  let data: unknown;
  try {
    data = parseYaml(text, QUIET_YAML);
  } catch (error) {
    return problem(file, describeParseError('YAML', error));
  }
  const packages =
    isRecord(data) && Array.isArray(data.packages)
      ? data.packages.filter((p): p is string => typeof p === 'string')
      : [];
  return { manifest: manifestOf('pnpm-workspace', file, 'node', { workspaces: packages }), warnings: [] };
}

/** Strips JSONC comments and trailing commas outside strings (bun.lock is JSONC). */
export function stripJsonc(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === ',') {
      // a trailing comma, comments between it and the bracket too (`"allowJs": false, /* why */ }`), is dropped
      let j = i + 1;
      for (;;) {
        while (j < text.length && /\s/.test(text[j]!)) j++;
        if (text.startsWith('//', j)) j = text.includes('\n', j) ? text.indexOf('\n', j) : text.length;
        else if (text.startsWith('/*', j)) j = text.includes('*/', j + 2) ? text.indexOf('*/', j + 2) + 2 : text.length;
        else break;
      }
      if (text[j] !== '}' && text[j] !== ']') out += c;
    } else out += c;
  }
  return out;
}

/** bun.lock (text, JSONC): `workspaces` with each package's declared deps, `packages` resolved. */
export function parseBunLock(file: string, text: string): ParsedManifest {
  let data: unknown;
  try {
    data = JSON.parse(stripJsonc(text));
  } catch (error) {
    return problem(file, `invalid bun.lock: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isRecord(data)) return problem(file, 'bun.lock must hold an object');
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  if (isRecord(data.packages)) {
    for (const [name, value] of Object.entries(data.packages)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const spec = Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
      const version = spec ? spec.slice(spec.lastIndexOf('@') + 1) : undefined;
      dependencies.push(dep(name, 'node', file, { version }));
    }
  }
  return { manifest: manifestOf('bun-lock', file, 'node', { dependencies, lockfile: true }), warnings: [] };
}
