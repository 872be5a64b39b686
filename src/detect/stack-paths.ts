/**
 * The code path of a stack's function construct, read from the stack file's text without running
 * it: a string literal, a join of literals from the stack's own folder (`__dirname`, `__file__`), a
 * constant of the same file bound to one of those (`const HANDLERS = path.join(ROOT, 'src')`), a
 * parameter of a helper the same file calls with literals (`createFn('Api', 'lambda/api/main.ts')`),
 * or a template literal whose interpolations stand for one folder or file name each
 * (`src/${name}/index.mjs`: the folders the tree holds that match). Anything else is computed.
 */

import { escape } from '../knowledge/matchers.js';

/** A path as written: from the app's folder or the stack file's, a pattern when `*` stands for a name. */
export interface PathRef {
  value: string;
  from: 'app' | 'file';
  /** `*` segments in `value` each stand for one name (an interpolation of a template literal). */
  pattern?: true;
}

/** A path expression read: one or more paths (a helper called more than once), or the expression that is not followed. */
export type PathRead = { paths: PathRef[] } | { computed: string };

/** What a stack file binds, read once per file. */
export interface PathScope {
  constants: ReadonlyMap<string, PathRef>;
  /** Helpers' headers, in file order: a parameter of the nearest one above a construct is its argument. */
  helpers: readonly Helper[];
  /** The file's text the helpers' calls are looked for in. */
  text: string;
}

interface Helper {
  line: number;
  name: string;
  params: string[];
}

/** Python's keyword for the asset's path (`Code.from_asset(path="lambda")`). */
const PATH_KEYWORD = /^path\s*=\s*/;
/** A string literal: quotes, or a template literal with nothing interpolated. */
const LITERAL = /^(['"`])([^'"`$\n]*)\1/;
/** A template literal with interpolations (`src/${name}/index.mjs`). */
const TEMPLATE = /^`([^`\n]*)`/;
/** A join or resolve and its arguments, none of them a call but Python's `os.path.dirname(__file__)`. */
const JOIN = /^(?:path\.|os\.path\.)?(?:join|resolve)\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)/;
/** The stack file's own folder as a join's first argument. */
const FILE_FOLDER =
  /^(?:__dirname|os\.path\.dirname\s*\(\s*(?:os\.path\.(?:abspath|realpath)\s*\(\s*)?__file__\s*\)?\s*\)|Path\s*\(\s*__file__\s*\)\.(?:resolve\s*\(\s*\)\.)?parent)$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** A constant's binding at a line's start: `const NAME = `, `export const NAME = `, Python's `NAME = `. */
const BINDING = /^\s*(?:export\s+)?(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)\s*(?::\s*string\s*)?=\s*(?!=)(.+)$/;
/** A function, method or arrow function header with its parameters on one line. */
const HEADER =
  /^\s*(?:(?:export|public|private|protected|static|async|def|function)\s+)*(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)\s*(?:=\s*(?:async\s*)?)?\(([^()]*)\)\s*(?:(?::|->)\s*[\w$<>[\]|., ]+?\s*)?(?:=>\s*)?[{:]\s*$/;
/** Words that look like a header and are none. */
const NOT_HELPERS: ReadonlySet<string> = new Set([
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'with',
  'return',
  'constructor',
]);
/** Parameters of a Python method that its calls do not pass. */
const BOUND_PARAMETERS: ReadonlySet<string> = new Set(['self', 'cls']);

/** The constants and helpers of a stack file (its whole text as scanned). */
export function pathScope(text: string): PathScope {
  const constants = new Map<string, PathRef>();
  const helpers: Helper[] = [];
  text.split('\n').forEach((content, i) => {
    const header = HEADER.exec(content);
    if (header && !NOT_HELPERS.has(header[1]!)) {
      const params = header[2]!
        .split(',')
        .map((p) =>
          p
            .trim()
            .split(/[:=\s]/)[0]!
            .replace(/\?$/, ''),
        )
        .filter((p) => p && !BOUND_PARAMETERS.has(p));
      helpers.push({ line: i + 1, name: header[1]!, params });
      return;
    }
    const binding = BINDING.exec(content);
    if (!binding) return;
    const read = readOne(binding[2]!.replace(/;\s*$/, '').trim(), constants);
    if (read) constants.set(binding[1]!, read);
    else constants.delete(binding[1]!);
  });
  return { constants, helpers, text };
}

/** A path expression after a construct's option (`entry: ...`, `Code.fromAsset(...`) on line `line`. */
export function readPath(written: string, line: number, scope: PathScope): PathRead {
  const expression = written.replace(PATH_KEYWORD, '');
  const one = readOne(expression, scope.constants);
  if (one) return { paths: [one] };
  const name = /^[A-Za-z_$][\w$]*/.exec(expression)?.[0];
  const helper = name && !/^\s*[.(]/.test(expression.slice(name.length)) ? helperOf(name, line, scope) : undefined;
  if (helper) {
    const args = callsOf(helper.name, scope.text).map((call) => argumentAt(call, helper.params, name!));
    const paths = args.flatMap((arg) => (arg === undefined ? [] : [readOne(arg, scope.constants)]));
    if (paths.length > 0 && paths.every((p) => p !== undefined)) return { paths: paths as PathRef[] };
  }
  return { computed: argument(expression) || 'an expression' };
}

/** One expression to one path: a literal, a join, a constant or a template literal. */
function readOne(expression: string, constants: ReadonlyMap<string, PathRef>): PathRef | undefined {
  const literal = LITERAL.exec(expression);
  if (literal) return { value: literal[2]!, from: 'app' };
  const template = TEMPLATE.exec(expression);
  if (template) return templatePath(template[1]!, constants);
  const join = JOIN.exec(expression);
  if (join) return joinPath(argumentsFrom(join[1]!, 0, false)!, constants);
  const name = /^[A-Za-z_$][\w$]*/.exec(expression)?.[0];
  return name && /^\s*(?:[,;)}\]]|$)/.test(expression.slice(name.length)) ? constants.get(name) : undefined;
}

/** A join's arguments as one path: literals, led by the stack's folder or a known constant. */
function joinPath(args: string[], constants: ReadonlyMap<string, PathRef>): PathRef | undefined {
  let from: PathRef['from'] = 'app';
  const parts: string[] = [];
  let pattern = false;
  for (const [i, arg] of args.entries()) {
    const literal = LITERAL.exec(arg);
    if (literal && literal[0].length === arg.length) parts.push(literal[2]!);
    else if (i === 0 && FILE_FOLDER.test(arg)) from = 'file';
    else if (i === 0 && IDENTIFIER.test(arg) && constants.has(arg)) {
      const known = constants.get(arg)!;
      from = known.from;
      pattern ||= known.pattern === true;
      parts.push(known.value);
    } else return undefined;
  }
  const value =
    parts
      .map((p) => p.replace(/^\/+|\/+$/g, ''))
      .filter((p) => p && p !== '.')
      .join('/') || '.';
  return { value, from, ...(pattern ? { pattern: true as const } : {}) };
}

/**
 * A template literal: known constants and the stack's folder put in, every other interpolation
 * one name (`*`). A pattern needs one whole segment of its own (`src/${name}`, not `${dir}/${name}`):
 * fewer would match any folder.
 */
function templatePath(body: string, constants: ReadonlyMap<string, PathRef>): PathRef | undefined {
  let from: PathRef['from'] = 'app';
  let pattern = false;
  const value = body.replace(/\$\{\s*([^}]*?)\s*\}/g, (_, inner: string, offset: number) => {
    if (offset === 0 && FILE_FOLDER.test(inner)) {
      from = 'file';
      return '.';
    }
    const known = IDENTIFIER.test(inner) ? constants.get(inner) : undefined;
    if (offset === 0 && known) {
      from = known.from;
      pattern ||= known.pattern === true;
      return known.value;
    }
    pattern = true;
    return '*';
  });
  const whole = value.split('/').some((s) => s && s !== '.' && s !== '..' && !s.includes('*'));
  if (pattern && !whole) return undefined;
  return { value, from, ...(pattern ? { pattern: true as const } : {}) };
}

/** The helper whose header is the nearest above the line and has this parameter. */
function helperOf(name: string, line: number, scope: PathScope): Helper | undefined {
  const above = scope.helpers.filter((h) => h.line <= line);
  const nearest = above[above.length - 1];
  return nearest?.params.includes(name) ? nearest : undefined;
}

/** The argument lists of a helper's calls in the text (`name(`, `this.name(`, `self.name(`), not its header. */
function callsOf(name: string, text: string): string[][] {
  const calls: string[][] = [];
  const call = new RegExp(String.raw`(^|[^\w$.]|(?:this|self)\.)${escape(name)}\s*\(`, 'gm');
  for (let m = call.exec(text); m; m = call.exec(text)) {
    const start = text.lastIndexOf('\n', m.index + m[1]!.length - 1) + 1;
    const end = text.indexOf('\n', m.index + m[0].length);
    if (HEADER.exec(text.slice(start, end < 0 ? undefined : end))?.[1] === name) continue;
    const args = argumentsFrom(text, m.index + m[0].length);
    if (args) calls.push(args);
  }
  return calls;
}

/** The argument a call passes for the parameter: by keyword (`entry="a"`) or by position. */
function argumentAt(args: string[], params: readonly string[], param: string): string | undefined {
  const keyword = new RegExp(String.raw`^${escape(param)}\s*=(?!=)\s*`);
  const named = args.find((a) => keyword.test(a));
  if (named) return named.replace(keyword, '');
  const positional = args.filter((a) => !/^[A-Za-z_]\w*\s*=(?!=)/.test(a));
  return positional[params.indexOf(param)];
}

/**
 * Arguments from `start`, split at the commas outside brackets and quotes, each trimmed: up to the
 * bracket that closes the one just before `start` (undefined when the text ends first), or with
 * `open` false to the end of the text.
 */
function argumentsFrom(text: string, start: number, open = true): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let from = start;
  const last = (end: number) => [...out, text.slice(from, end).trim()].filter((a) => a !== '');
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth-- === 0 && open) return last(i);
    } else if (c === ',' && depth === 0) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  return open ? undefined : last(text.length);
}

/** The argument an expression starts with: up to a comma or the line's end, without the closing brackets of the call and its options. */
function argument(expression: string): string {
  let text = /^(?:`[^`]*`|[^,\n])*/.exec(expression)![0].trim().replace(/;$/, '');
  const count = (c: string) => text.split(c).length - 1;
  const unopened = () =>
    (text.endsWith(')') && count(')') > count('(')) || (text.endsWith('}') && count('}') > count('{'));
  while (unopened()) text = text.slice(0, -1).trimEnd();
  return text.slice(0, 60);
}
