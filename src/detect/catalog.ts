import { posix } from 'node:path';
import { foldersOf } from '../paths.js';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { didYouMean } from '../config/did-you-mean.js';
import { CATALOG_KINDS, SOURCE_LOCATION_ANNOTATION } from '../knowledge/catalog.js';
import type { Evidence, Warning } from '../model/common.js';
import { compilePattern } from './codeowners.js';
import { QUIET_YAML } from './manifests/util.js';

/** A Backstage `Component` placed on a folder of the repository. */
export interface CatalogComponent {
  name: string;
  /** The folder it describes: the descriptor's own, or the one its source-location names. */
  path: string;
  type?: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** The descriptor and the line where the entity starts. */
  source: Evidence;
}

export interface CatalogContext {
  /** Every kept file, root-relative: which folders and files exist. */
  paths: readonly string[];
  /** The descriptors read (Location targets among them are already taken). */
  descriptors: readonly string[];
  /** `owner/name` of the scanned repository, when known: source-location URLs must name it. */
  repository?: string;
}

/** A file holding at most this many entities is read that far; catalogs of thousands live in their own repositories. */
const MAX_ENTITIES_PER_FILE = 500;

/**
 * Backstage descriptors -> components on folders, and a warning (file, line) for each entity or
 * reference that cannot be used: bad YAML, an unknown kind, a source-location or Location target
 * outside the repository. Pure; never throws. Location targets are not read here: a target inside
 * the repository is one of the descriptors read (`catalog-info*.yaml`, `.backstage/**`) or a warning
 * says it was not read; nothing outside the repository is ever followed.
 */
export function readCatalog(
  files: readonly { path: string; text: string }[],
  context: CatalogContext,
): { components: CatalogComponent[]; warnings: Warning[] } {
  if (files.length === 0) return { components: [], warnings: [] };
  const folders = foldersOf(context.paths);
  const known = new Set(context.paths);
  const descriptors = new Set(context.descriptors);
  const components: CatalogComponent[] = [];
  const warnings: Warning[] = [];
  for (const file of files) {
    const lines = new LineCounter();
    const warn = (offset: number | undefined, message: string) =>
      warnings.push({
        file: file.path,
        message: offset === undefined ? message : `line ${lineAt(lines, offset)}: ${message}`,
      });
    let documents: Document.Parsed[];
    try {
      const parsed = parseAllDocuments(file.text.replace(/^\uFEFF/, ''), {
        lineCounter: lines,
        uniqueKeys: false,
        ...QUIET_YAML,
      });
      documents = Array.isArray(parsed) ? parsed : [];
    } catch (error) {
      warn(undefined, `YAML error: ${firstLine(error)}; not read`);
      continue;
    }
    for (const document of documents.slice(0, MAX_ENTITIES_PER_FILE)) {
      const start = document.contents?.range[0] ?? document.range[0];
      const syntax = document.errors[0];
      if (syntax) {
        warn(syntax.pos[0], `YAML syntax error: ${firstLine(syntax)}; this entity is skipped`);
        continue;
      }
      let data: unknown;
      try {
        data = document.toJS({ maxAliasCount: 100 });
      } catch (error) {
        warn(start, `YAML error: ${firstLine(error)}; this entity is skipped`);
        continue;
      }
      if (data === null || data === undefined) continue;
      const entity = asRecord(data);
      if (!entity || typeof entity.kind !== 'string') {
        warn(start, 'not a Backstage entity (a mapping with apiVersion, kind and metadata); skipped');
        continue;
      }
      const kind = CATALOG_KINDS.find((k) => k.toLowerCase() === String(entity.kind).toLowerCase());
      if (!kind) {
        const guess = didYouMean(entity.kind, CATALOG_KINDS);
        const hint = guess ? `did you mean ${guess}?` : `Backstage kinds: ${CATALOG_KINDS.join(', ')}`;
        warn(nodeOffset(document, ['kind']) ?? start, `unknown kind ${JSON.stringify(entity.kind)} (${hint}); skipped`);
        continue;
      }
      const at = (keys: string[]) => nodeOffset(document, keys) ?? start;
      if (kind === 'Location') {
        checkLocation(
          file.path,
          asRecord(entity.spec),
          { known, descriptors, repository: context.repository },
          (keys, m) => warn(at(keys), m),
        );
        continue;
      }
      if (kind !== 'Component') continue;
      // A Scaffolder template's skeleton (`name: ${{ values.name }}`) is not an entity until rendered.
      if (/\$\{\{/.test(JSON.stringify([entity.metadata, entity.spec]))) {
        warn(start, 'a Backstage Scaffolder template skeleton (${{ … }} placeholders), not an entity yet; skipped');
        continue;
      }
      const metadata = asRecord(entity.metadata);
      const name = typeof metadata?.name === 'string' ? metadata.name.trim() : '';
      if (!name) {
        warn(at(['metadata']), 'Component without metadata.name; skipped');
        continue;
      }
      const source = asRecord(metadata?.annotations)?.[SOURCE_LOCATION_ANNOTATION];
      const own = posix.dirname(file.path);
      let path = own;
      if (source !== undefined) {
        const resolved = sourceFolder(source, own, folders, known, context.repository);
        if ('problem' in resolved) {
          warn(
            at(['metadata', 'annotations', SOURCE_LOCATION_ANNOTATION]),
            `${name}: ${SOURCE_LOCATION_ANNOTATION} ${resolved.problem}; this component is skipped`,
          );
          continue;
        }
        path = resolved.folder;
      }
      const spec = asRecord(entity.spec) ?? {};
      const text = (key: string) => {
        const value = spec[key];
        if (value === undefined || value === null) return undefined;
        if (typeof value === 'string' && value.trim()) return value.trim();
        warn(at(['spec', key]), `${name}: spec.${key} must be a non-empty string; ignored`);
        return undefined;
      };
      const fields = { type: text('type'), owner: text('owner'), system: text('system'), lifecycle: text('lifecycle') };
      components.push({
        name,
        path,
        ...(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<typeof fields>),
        source: { file: file.path, line: lineAt(lines, start), detail: `Component ${name}` },
      });
    }
  }
  return { components, warnings };
}

/**
 * Where a `backstage.io/source-location` points, as a folder of this repository. `dir:` is
 * relative to the descriptor; `url:` must be this repository's (`owner/name` when known, else
 * the folder must exist here) and names a folder by its `tree/<ref>/<path>` or `blob/<ref>/<path>`;
 * without a path it leaves the component on the descriptor's folder.
 */
function sourceFolder(
  value: unknown,
  own: string,
  folders: ReadonlySet<string>,
  files: ReadonlySet<string>,
  repository: string | undefined,
): { folder: string } | { problem: string } {
  if (typeof value !== 'string' || !value.trim())
    return { problem: 'must be a string such as "dir:." or "url:https://…"' };
  const raw = value.trim();
  const shown = JSON.stringify(raw.length > 80 ? raw.slice(0, 77) + '...' : raw);
  if (raw.startsWith('dir:')) {
    const folder = insideRoot(posix.join(own, raw.slice(4)));
    if (folder === undefined) return { problem: `${shown} is outside the repository` };
    return folders.has(folder) ? { folder } : { problem: `${shown} names ${folder}, which is not a folder here` };
  }
  const target = raw.replace(/^url:/, '');
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return { problem: `${shown} is neither dir: nor a URL` };
  }
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const marker = segments.findIndex((s, i) => i >= 2 && (s === 'tree' || s === 'blob'));
  const repoSegments = (marker < 0 ? segments : segments.slice(0, marker)).filter((s) => s !== '-');
  const repoName = repoSegments.join('/').replace(/\.git$/, '');
  if (repoSegments.length < 2) return { problem: `${shown} names no repository` };
  if (repository !== undefined && repoName.toLowerCase() !== repository.toLowerCase()) {
    return { problem: `${shown} is another repository (${repoName}), outside this one` };
  }
  const rest = marker < 0 ? [] : segments.slice(marker + 2);
  // `url:https://github.com/acme/shop` (or `.../tree/main`) says only that the code is in this
  // repository, as scaffolded descriptors in every folder of a monorepo write: the descriptor's folder holds.
  if (rest.length === 0) return { folder: own };
  const named = insideRoot(rest.join('/'));
  if (named === undefined) return { problem: `${shown} is outside the repository` };
  const folder = files.has(named) ? posix.dirname(named) : named;
  if (!folders.has(folder)) return { problem: `${shown} names ${folder}, which is not a folder here` };
  return { folder };
}

/** Location targets: the ones inside the repository that were read need nothing more; the others are said. */
function checkLocation(
  file: string,
  spec: Record<string, unknown> | undefined,
  context: { known: ReadonlySet<string>; descriptors: ReadonlySet<string>; repository?: string },
  warn: (keys: string[], message: string) => void,
): void {
  const listed: unknown[] = Array.isArray(spec?.targets) ? spec.targets : [];
  const targets = [
    { target: spec?.target, keys: ['spec', 'target'] },
    ...listed.map((target, i) => ({ target, keys: ['spec', 'targets', String(i)] })),
  ].filter((t): t is { target: string; keys: string[] } => typeof t.target === 'string' && t.target.trim() !== '');
  if (targets.length === 0) {
    warn(['spec'], 'Location without spec.target or spec.targets; skipped');
    return;
  }
  for (const { target, keys } of targets) {
    const shown = JSON.stringify(target);
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      warn(keys, `Location target ${shown} is a URL; backend-fit reads only this repository and does not follow it`);
      continue;
    }
    const resolved = insideRoot(posix.join(posix.dirname(file), target));
    if (resolved === undefined) {
      warn(keys, `Location target ${shown} is outside the repository; not followed`);
      continue;
    }
    // Backstage file targets may hold `*` and `**`; anchored at the root like a CODEOWNERS path.
    const matches = [...context.known].filter(compilePattern(`/${resolved}`));
    if (matches.length === 0) {
      warn(keys, `Location target ${shown} matches no file in the repository`);
      continue;
    }
    const unread = matches.filter((p) => !context.descriptors.has(p));
    if (unread.length > 0) {
      warn(
        keys,
        `Location target ${shown}: ${unread.slice(0, 3).join(', ')}${unread.length > 3 ? ` and ${unread.length - 3} more` : ''} ` +
          'not read (backend-fit reads descriptors named catalog-info*.yaml or kept under .backstage/)',
      );
    }
  }
}

/** Normalised root-relative path, or undefined when it climbs out of the root or is absolute. */
function insideRoot(joined: string): string | undefined {
  if (joined.startsWith('/')) return undefined;
  const normalized = posix.normalize(joined).replace(/\/+$/, '');
  if (normalized === '..' || normalized.startsWith('../')) return undefined;
  return normalized === '' ? '.' : normalized;
}

function nodeOffset(document: Document.Parsed, keys: string[]): number | undefined {
  const node = document.getIn(keys, true) as { range?: [number, number, number] } | undefined;
  return node?.range?.[0];
}

function lineAt(lines: LineCounter, offset: number): number {
  return lines.linePos(offset).line;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}
