import { SERVER_KNOWLEDGE } from '../knowledge/servers/index.js';
import type { StackConstructs } from '../knowledge/servers/derive.js';
import type { Backend, Warning } from '../model/common.js';
import type { DeployedFunction, Manifest } from '../model/facts.js';
import type { CodeLine } from '../model/scan.js';
import { escape } from '../knowledge/matchers.js';
import { foldersOf, isInside, nearest, parentOf, resolveInside } from '../paths.js';
import { manifestOf } from './manifests/util.js';
import { pathScope, readPath, type PathRead, type PathRef, type PathScope } from './stack-paths.js';
import { backendOfRuntime } from '../knowledge/backends.js';

/** A function an infrastructure stack's code deploys (`new lambda.Function(this, ...)`), its path not yet resolved. */
export interface StackFunction {
  file: string;
  line: number;
  /** The construct's class (`NodejsFunction`). */
  construct: string;
  platform: string;
  /** The app's file its plain paths start from (`cdk.json`). */
  appFile?: string;
  /** With no app file above: the project files whose nearest folder its plain paths start from. */
  projectFiles?: readonly string[];
  /** The code's path as written: from the app's folder, or from the stack file's (`__dirname`, `__file__`). */
  path?: PathRef & { names: 'file' | 'folder' };
  /** The project file the entry is bundled with (`package.json`): the project holding the entry is the service. */
  bundledFrom?: string;
  /** The path's expression when it is no string literal (`entry: entry`, `path.join(ROOT, 'a')`). */
  computed?: string;
  backend?: Backend;
  otherRuntime?: string;
}

/** The path of code written in the program itself: the program's folder. */
const INLINE = { value: '.', from: 'app', names: 'folder' } as const;

/** A line that is a comment in JavaScript, TypeScript or Python. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#)/;

/**
 * The function constructs of one source file of a stack: each construct's call line starts it,
 * and the runtime, asset and entry lines after it (up to the next construct) are its options.
 * Only a file that imports the platform's stack modules is read.
 */
export function stackFunctions(
  file: string,
  text: string,
  codeLines: readonly CodeLine[] | undefined,
  imports: readonly { module: string }[],
  stacks: readonly StackConstructs[] = SERVER_KNOWLEDGE.functionDeployments.stacks,
): StackFunction[] {
  const mine = stacks.filter((s) => s.imports.some((m) => imports.some((i) => i.module === m)));
  if (mine.length === 0) return [];
  const lines: CodeLine[] = text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
  const headLines = lines.length;
  for (const l of codeLines ?? []) if (l.line > headLines) lines.push(l);
  const found: StackFunction[] = [];
  let scope: PathScope | undefined;
  // functions a helper called more than once deploys beside the first: copied once their options are all read
  const perCall: { of: StackFunction; path: NonNullable<StackFunction['path']> }[] = [];
  const defaults: { fn: StackFunction; entry: string }[] = [];
  // the construct being read, and whether its runtime option was (the first runtime after the call is its own)
  let current: { fn: StackFunction; stack: StackConstructs; runtimeRead: boolean } | undefined;
  for (const { line, text: content } of lines) {
    if (COMMENT_LINE.test(content)) continue;
    let rest = content;
    for (const stack of mine) {
      const call = stack.call.exec(content);
      if (!call) continue;
      const construct = stack.constructs.get(call[1]!)!;
      current = {
        stack,
        runtimeRead: false,
        fn: {
          file,
          line,
          construct: call[1]!,
          platform: stack.record.name,
          ...(stack.appFile ? { appFile: stack.appFile } : {}),
          ...(stack.projectFiles ? { projectFiles: stack.projectFiles } : {}),
          ...(construct.backend ? { backend: construct.backend } : {}),
          ...(construct.bundledFrom ? { bundledFrom: construct.bundledFrom } : {}),
        },
      };
      // code written in the program itself is the program's folder's (where an option says so, when one must)
      if (construct.option === 'inline' && !stack.inlineWhen.has(call[1]!)) current.fn.path = INLINE;
      if (construct.defaultEntry) defaults.push({ fn: current.fn, entry: construct.defaultEntry });
      found.push(current.fn);
      rest = content.slice(call.index + call[0].length);
      break;
    }
    if (!current) continue;
    const { fn, stack } = current;
    const runtime = current.runtimeRead ? null : stack.runtime.exec(rest);
    if (runtime) {
      const backend =
        runtime[2] !== undefined
          ? backendOfRuntime(runtime[2])
          : stack.runtimes.find((r) => r.pattern.test(runtime[0]))?.backend;
      if (backend) fn.backend = backend;
      else fn.otherRuntime = runtime[1] ?? runtime[2]!;
      current.runtimeRead = true;
    }
    const construct = stack.constructs.get(fn.construct)!;
    if (!fn.path && stack.inlineWhen.get(fn.construct)?.test(rest)) fn.path = INLINE;
    const option = construct.option === 'code' ? stack.asset : stack.entry;
    const at = fn.path || fn.computed ? undefined : option.exec(rest);
    if (at) {
      scope ??= pathScope(lines.map((l) => l.text).join('\n'));
      const read = fromFile(readPath(rest.slice(at.index + at[0].length), line, scope), stack.pathsFromFile);
      const names = construct.option === 'entry' && construct.entry === 'file' ? 'file' : 'folder';
      if ('computed' in read) fn.computed = read.computed;
      else {
        // a helper called more than once deploys one function per call
        const [first, ...others] = read.paths;
        fn.path = { ...first!, names };
        for (const other of others) perCall.push({ of: fn, path: { ...other, names } });
      }
    }
  }
  for (const { of, path } of perCall) found.push({ ...of, path });
  // a call naming no entry deploys the platform's default one, beside the stack file
  for (const { fn, entry } of defaults)
    if (!fn.path && !fn.computed) fn.path = { value: entry, from: 'file', names: 'file' };
  return found;
}

/** Plain paths of a platform whose paths start from the stack file's folder (Amplify's `entry`). */
function fromFile(read: PathRead, pathsFromFile: boolean): PathRead {
  return pathsFromFile && 'paths' in read ? { paths: read.paths.map((p) => ({ ...p, from: 'file' })) } : read;
}

/**
 * Stack functions -> one manifest per stack file, each function at its code folder: a plain path
 * from the folder of the nearest app file above the stack (`cdk.json`), a `__dirname` path from
 * the stack's own folder. A computed path, or one the tree does not hold, is left out with a warning.
 */
export function stackManifests(
  found: readonly StackFunction[],
  paths: readonly string[],
): { manifests: Manifest[]; warnings: Warning[] } {
  if (found.length === 0) return { manifests: [], warnings: [] };
  const files = new Set(paths);
  const folders = foldersOf(paths);
  const warnings: Warning[] = [];
  const byFile = new Map<string, DeployedFunction[]>();
  for (const fn of found) {
    const where = `line ${fn.line}: a ${fn.construct} (${fn.platform})`;
    // no path at all: inline code, an image, a bucket's object, options spread from elsewhere: no folder of the repository
    if (!fn.path && !fn.computed) continue;
    if (!fn.path) {
      warnings.push({
        file: fn.file,
        message: `${where} deploys code from a computed path (${fn.computed}); its folder is not known, so it is no service here (declare it in the config's services)`,
      });
      continue;
    }
    const app = appFolder(parentOf(fn.file), fn, files);
    const base = fn.path.from === 'file' ? parentOf(fn.file) : app;
    const resolved = base === undefined ? undefined : resolveInside(base, fn.path.value);
    const dirs = resolved === undefined ? [] : codeFolders(resolved, fn.path, files, folders);
    if (base === undefined || dirs.length === 0) {
      const unseen = fn.path.pattern
        ? 'which matches nothing the scan sees'
        : 'which the scan does not see (absent or ignored)';
      warnings.push({
        file: fn.file,
        message: `${where} deploys ${fn.path.value}, ${base === undefined ? `with no ${fn.appFile ?? 'app file'} above the stack to start from` : unseen}; no service for it`,
      });
      continue;
    }
    for (const found of dirs) {
      const dir = fn.bundledFrom ? bundlingProject(found, fn.bundledFrom, app, files) : found;
      const deployed: DeployedFunction = {
        file: fn.file,
        line: fn.line,
        detail: `${fn.construct} deploys ${dir}`,
        dir,
        platform: fn.platform,
        ...(fn.backend ? { backend: fn.backend } : {}),
        ...(fn.otherRuntime ? { otherRuntime: fn.otherRuntime } : {}),
      };
      byFile.set(fn.file, [...(byFile.get(fn.file) ?? []), deployed]);
    }
  }
  const manifests = [...byFile].map(([file, functions]) =>
    manifestOf('cloudformation', file, undefined, { functions }),
  );
  return { manifests, warnings };
}

/**
 * The folders a resolved path names: its own (a handler file's folder), or for a pattern
 * (`src/${name}/index.mjs`) every one the tree holds that matches, each `*` one name.
 */
function codeFolders(
  resolved: string,
  path: NonNullable<StackFunction['path']>,
  files: ReadonlySet<string>,
  folders: ReadonlySet<string>,
): string[] {
  const isFile = path.names === 'file' || /\.\w+$/.test(resolved);
  if (!path.pattern) {
    const dir = isFile ? parentOf(resolved) : resolved;
    return folders.has(dir) ? [dir] : [];
  }
  const pattern = new RegExp(`^${resolved.split('*').map(escape).join('[^/]+')}$`);
  const matched = [...(isFile ? files : folders)].filter((p) => pattern.test(p));
  return [...new Set(matched.map((p) => (isFile ? parentOf(p) : p)))].sort();
}

/**
 * The project a bundler resolves an entry's packages from (the nearest folder above it holding
 * `package.json`), when it is not the stack's own app nor above it: `backend/src/handlers/chat`
 * is `backend`'s code; a handler beside the CDK app's own package.json stays its folder.
 */
function bundlingProject(
  dir: string,
  projectFile: string,
  app: string | undefined,
  files: ReadonlySet<string>,
): string {
  const project = nearestHolding(dir, projectFile, files);
  if (project === undefined || (app !== undefined && isInside(app, project))) return dir;
  return project;
}

/**
 * The nearest folder at or above `dir` holding the app file, else the stack's project (CDK run from a
 * package's script with `--app`, no cdk.json), or undefined (or `dir` when no app file is named).
 */
function appFolder(
  dir: string,
  { appFile, projectFiles }: Pick<StackFunction, 'appFile' | 'projectFiles'>,
  files: ReadonlySet<string>,
): string | undefined {
  if (!appFile) return dir;
  return nearestHolding(dir, appFile, files) ?? (projectFiles ? nearestHolding(dir, projectFiles, files) : undefined);
}

/** The nearest folder at or above `dir` that holds a file of this name (or of one of these names). */
export function nearestHolding(
  dir: string,
  name: string | readonly string[],
  files: ReadonlySet<string>,
): string | undefined {
  const names = typeof name === 'string' ? [name] : name;
  return nearest(dir, { has: (d) => names.some((n) => files.has(d === '.' ? n : `${d}/${n}`)) });
}
