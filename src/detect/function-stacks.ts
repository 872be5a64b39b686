import { SERVER_KNOWLEDGE } from '../knowledge/servers/index.js';
import type { StackConstructs } from '../knowledge/servers/derive.js';
import type { Backend, Warning } from '../model/common.js';
import type { DeployedFunction, Manifest } from '../model/facts.js';
import type { CodeLine } from '../model/scan.js';
import { parentOf, resolveInside } from '../paths.js';
import { manifestOf } from './manifests/util.js';

/** A function an infrastructure stack's code deploys (`new lambda.Function(this, ...)`), its path not yet resolved. */
export interface StackFunction {
  file: string;
  line: number;
  /** The construct's class (`NodejsFunction`). */
  construct: string;
  platform: string;
  /** The app's file its plain paths start from (`cdk.json`). */
  appFile?: string;
  /** The code's path as written: from the app's folder, or from the stack file's (`__dirname`, `__file__`). */
  path?: { value: string; from: 'app' | 'file'; names: 'file' | 'folder' };
  /** The path's expression when it is no string literal (`entry: entry`, `path.join(ROOT, 'a')`). */
  computed?: string;
  backend?: Backend;
  otherRuntime?: string;
}

/** A line that is a comment in JavaScript, TypeScript or Python. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#)/;
/** A string literal: quotes, or a template literal with nothing interpolated. */
const LITERAL = /^(['"`])([^'"`$\n]*)\1/;
/** `path.join(__dirname, 'a', 'b')` / `path.resolve(...)`, Python's `os.path.join(os.path.dirname(__file__), "a")`. */
const FROM_FILE =
  /^(?:path\.(?:join|resolve)\s*\(\s*__dirname|os\.path\.join\s*\(\s*os\.path\.dirname\s*\(\s*(?:os\.path\.(?:abspath|realpath)\s*\(\s*)?__file__\s*\)?\s*\))((?:\s*,\s*['"][^'"]*['"])*)\s*\)/;

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
          ...(construct.backend ? { backend: construct.backend } : {}),
        },
      };
      found.push(current.fn);
      rest = content.slice(call.index + call[0].length);
      break;
    }
    if (!current) continue;
    const { fn, stack } = current;
    const runtime = current.runtimeRead ? null : stack.runtime.exec(rest);
    if (runtime) {
      const backend = stack.runtimes.find((r) => r.pattern.test(runtime[0]))?.backend;
      if (backend) fn.backend = backend;
      else fn.otherRuntime = runtime[1]!;
      current.runtimeRead = true;
    }
    const construct = stack.constructs.get(fn.construct)!;
    const option = construct.option === 'code' ? stack.asset : stack.entry;
    const at = fn.path || fn.computed ? undefined : option.exec(rest);
    if (at) {
      const expression = rest.slice(at.index + at[0].length);
      const names = construct.option === 'entry' && construct.entry === 'file' ? 'file' : 'folder';
      const literal = LITERAL.exec(expression);
      const fromFile = FROM_FILE.exec(expression);
      if (literal) fn.path = { value: literal[2]!, from: 'app', names };
      else if (fromFile)
        fn.path = {
          value: [...fromFile[1]!.matchAll(/['"]([^'"]*)['"]/g)].map((m) => m[1]!).join('/') || '.',
          from: 'file',
          names,
        };
      else fn.computed = /^[^,)}\n]*/.exec(expression)![0].trim().slice(0, 60) || 'an expression';
    }
  }
  return found;
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
  const folders = new Set(paths.flatMap((p) => ancestors(p)));
  const warnings: Warning[] = [];
  const byFile = new Map<string, DeployedFunction[]>();
  for (const fn of found) {
    const where = `line ${fn.line}: a ${fn.construct} (${fn.platform})`;
    if (!fn.path) {
      warnings.push({
        file: fn.file,
        message: `${where} deploys code from ${fn.computed ? `a computed path (${fn.computed})` : 'no path read'}; its folder is not known, so it is no service here (declare it in the config's services)`,
      });
      continue;
    }
    const base =
      fn.path.from === 'file' ? parentOf(fn.file) : (appFolder(parentOf(fn.file), fn.appFile, files) ?? undefined);
    const resolved = base === undefined ? undefined : resolveInside(base, fn.path.value);
    const dir = resolved && (fn.path.names === 'file' || /\.\w+$/.test(resolved) ? parentOf(resolved) : resolved);
    if (base === undefined || !dir || !folders.has(dir)) {
      warnings.push({
        file: fn.file,
        message: `${where} deploys ${fn.path.value}, ${base === undefined ? `with no ${fn.appFile ?? 'app file'} above the stack to start from` : 'which the scanned tree does not hold'}; no service for it`,
      });
      continue;
    }
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
  const manifests = [...byFile].map(([file, functions]) =>
    manifestOf('cloudformation', file, undefined, { functions }),
  );
  return { manifests, warnings };
}

/** The nearest folder at or above `dir` holding the app file, or undefined (or `dir` when no app file is named). */
function appFolder(dir: string, appFile: string | undefined, files: ReadonlySet<string>): string | undefined {
  if (!appFile) return dir;
  for (let d = dir; ; d = parentOf(d)) {
    if (files.has(d === '.' ? appFile : `${d}/${appFile}`)) return d;
    if (d === '.') return undefined;
  }
}

/** Every folder above a path, `.` included. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let d = parentOf(path); ; d = parentOf(d)) {
    out.push(d);
    if (d === '.') return out;
  }
}
