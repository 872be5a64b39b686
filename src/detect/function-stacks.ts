import { SERVER_KNOWLEDGE } from '../knowledge/servers/index.js';
import type { StackConstructs } from '../knowledge/servers/derive.js';
import type { Backend, Warning } from '../model/common.js';
import type { DeployedFunction, Manifest } from '../model/facts.js';
import type { CodeLine } from '../model/scan.js';
import { nearest, parentOf, resolveInside } from '../paths.js';
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
/** The string arguments of a join (`'a', "b"`), nothing else among them. */
const LITERAL_ARGUMENTS = String.raw`((?:\s*,?\s*['"][^'"]*['"])*)\s*\)`;
/** `path.join(__dirname, 'a')`, `join(__dirname, ...)`, Python's `os.path.join(os.path.dirname(__file__), "a")`. */
const FROM_FILE = new RegExp(
  String.raw`^(?:(?:path\.)?(?:join|resolve)\s*\(\s*__dirname|os\.path\.join\s*\(\s*os\.path\.dirname\s*\(\s*(?:os\.path\.(?:abspath|realpath)\s*\(\s*)?__file__\s*\)?\s*\))` +
    LITERAL_ARGUMENTS,
);
/** A join of string literals only (`os.path.join("./", "lambda")`): a plain path. */
const LITERAL_JOIN = new RegExp(String.raw`^(?:path\.|os\.path\.)?(?:join|resolve)\s*\(` + LITERAL_ARGUMENTS);
/** Python's keyword for the asset's path (`Code.from_asset(path="lambda")`). */
const PATH_KEYWORD = /^path\s*=\s*/;

/** A path expression as written: a plain path, one from the stack's own folder, or a computed one. */
function pathOf(written: string): Pick<StackFunction, 'computed'> & { value?: string; from?: 'app' | 'file' } {
  const expression = written.replace(PATH_KEYWORD, '');
  const literal = LITERAL.exec(expression);
  if (literal) return { value: literal[2]!, from: 'app' };
  const fromFile = FROM_FILE.exec(expression);
  if (fromFile) return { value: joined(fromFile[1]!), from: 'file' };
  const join = LITERAL_JOIN.exec(expression);
  if (join) return { value: joined(join[1]!), from: 'app' };
  return { computed: argument(expression) || 'an expression' };
}

/** The argument an expression starts with: up to a comma or the line's end, without the call's closing parentheses. */
function argument(expression: string): string {
  let text = /^(?:`[^`]*`|[^,\n])*/.exec(expression)![0].trim();
  const count = (c: string) => text.split(c).length - 1;
  while (text.endsWith(')') && count(')') > count('(')) text = text.slice(0, -1).trimEnd();
  return text.slice(0, 60);
}

/** The string arguments of a join as one path (`'/a', 'b/'` -> `a/b`, as a join under a folder reads them). */
function joined(args: string): string {
  const parts = [...args.matchAll(/['"]([^'"]*)['"]/g)]
    .map((m) => m[1]!.replace(/^\/+|\/+$/g, ''))
    .filter((p) => p && p !== '.');
  return parts.join('/') || '.';
}

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
      const { value, from, computed } = pathOf(rest.slice(at.index + at[0].length));
      const names = construct.option === 'entry' && construct.entry === 'file' ? 'file' : 'folder';
      if (value !== undefined && from) fn.path = { value, from, names };
      else fn.computed = computed;
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
    // no path at all: inline code, an image, a bucket's object, options spread from elsewhere: no folder of the repository
    if (!fn.path && !fn.computed) continue;
    if (!fn.path) {
      warnings.push({
        file: fn.file,
        message: `${where} deploys code from a computed path (${fn.computed}); its folder is not known, so it is no service here (declare it in the config's services)`,
      });
      continue;
    }
    const base = fn.path.from === 'file' ? parentOf(fn.file) : appFolder(parentOf(fn.file), fn.appFile, files);
    const resolved = base === undefined ? undefined : resolveInside(base, fn.path.value);
    const dir = resolved && (fn.path.names === 'file' || /\.\w+$/.test(resolved) ? parentOf(resolved) : resolved);
    if (base === undefined || !dir || !folders.has(dir)) {
      warnings.push({
        file: fn.file,
        message: `${where} deploys ${fn.path.value}, ${base === undefined ? `with no ${fn.appFile ?? 'app file'} above the stack to start from` : 'which the scan does not see (absent or ignored)'}; no service for it`,
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
  return nearest(dir, { has: (d) => files.has(d === '.' ? appFile : `${d}/${appFile}`) });
}

/** Every folder above a path, `.` included. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let d = parentOf(path); ; d = parentOf(d)) {
    out.push(d);
    if (d === '.') return out;
  }
}
