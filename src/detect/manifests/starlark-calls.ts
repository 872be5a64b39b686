/**
 * A Starlark file's calls of the functions named (a Tiltfile's `docker_build(...)`) as tables, one
 * list per function: each call's keyword arguments by name, its positional ones by the parameter
 * names given for that function. Only literal values are kept (a string, a list of strings); an
 * argument computed from variables or other calls is left out, as is any call inside another
 * (`k8s_yaml(helm(...))`): nothing is evaluated.
 */
export function starlarkCalls(
  text: string,
  parameters: Readonly<Record<string, readonly string[]>>,
): Record<string, Record<string, unknown>[]> {
  const calls: Record<string, Record<string, unknown>[]> = {};
  const call = /^[ \t]*([A-Za-z_]\w*)\s*\(/gm;
  for (let m = call.exec(text); m; m = call.exec(text)) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(text, open);
    call.lastIndex = close;
    const names = parameters[m[1]!];
    if (names === undefined) continue;
    const table: Record<string, unknown> = {};
    topLevelArguments(text.slice(open + 1, close)).forEach((argument, i) => {
      const keyword = /^([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(argument);
      const name = keyword ? keyword[1]! : names[i];
      const value = literal(keyword ? argument.slice(keyword[0].length) : argument);
      if (name !== undefined && value !== undefined) table[name] = value;
    });
    (calls[m[1]!] ??= []).push(table);
  }
  return calls;
}

/** A call's arguments, split at its own commas (not those inside strings, brackets or comments), trimmed. */
function topLevelArguments(body: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    const ch = body[i];
    if (ch === '(' || ch === '[' || ch === '{' || ch === '"' || ch === "'" || ch === '#') {
      // a bracket, string or comment read to its end: closingParen skips strings and comments inside it
      i =
        ch === '#' ? indexOrEnd(body, '\n', i) : ch === '"' || ch === "'" ? stringEnd(body, i) : closingParen(body, i);
    } else if (ch === ',' || ch === undefined) {
      const argument = body
        .slice(start, i)
        .replace(/#[^\n]*$/gm, '')
        .trim();
      if (argument) out.push(argument);
      start = i + 1;
    }
  }
  return out;
}

/** The offset of the parenthesis (or bracket) closing the one at `open` (the text's end when unbalanced). */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '#') i = indexOrEnd(text, '\n', i);
    else if (ch === '"' || ch === "'") i = stringEnd(text, i);
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length - 1 : at;
}

/** The last offset of the string literal opening at `at` (triple-quoted or not). */
function stringEnd(text: string, at: number): number {
  const quote = text.startsWith(text[at]!.repeat(3), at) ? text[at]!.repeat(3) : text[at]!;
  const end = text.indexOf(quote, at + quote.length);
  return end < 0 ? text.length - 1 : end + quote.length - 1;
}

/** A literal argument's value: a plain string, or a list of them; undefined for any other expression. */
function literal(expr: string): string | string[] | undefined {
  const string = /^(["'])([^"'\\\n]*)\1$/.exec(expr);
  if (string) return string[2]!;
  if (!expr.startsWith('[') || !expr.endsWith(']')) return undefined;
  const items = topLevelArguments(expr.slice(1, -1)).map(literal);
  return items.every((v): v is string => typeof v === 'string') ? items : undefined;
}
