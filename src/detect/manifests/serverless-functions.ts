/**
 * The functions of a Serverless Framework config written as code (`serverless.ts`, `serverless.js`),
 * read as text: the config's `functions` often holds no `handler:` line of its own, because its
 * entries come from other modules (`functions: handlers`, `functions: { hello, ...admin }`,
 * `functions: { hello: helloFn }`). Each such entry is a function the config deploys; where its
 * handler is written is not followed (the config's folder is the service either way).
 */

/** The `functions` key of a config object, and what follows it. */
const FUNCTIONS_KEY = /(?:^|[\s{,])["']?functions["']?\s*:\s*/g;
/** A value that is a name bound elsewhere (an import, a constant): `handlers`, `fns.all`. */
const NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/;

/** One function entry deployed from another module: its name as written and its offset in the text. */
export interface ImportedFunction {
  name: string;
  index: number;
}

/** Entries of a code config's `functions` that come from other modules (not objects with a handler here). */
export function importedFunctions(text: string): ImportedFunction[] {
  const found: ImportedFunction[] = [];
  for (const key of text.matchAll(FUNCTIONS_KEY)) {
    const start = key.index + key[0].length;
    const rest = text.slice(start);
    if (rest.startsWith('{')) {
      const body = block(rest);
      if (body === undefined) continue;
      for (const entry of topLevelEntries(body.slice(1, -1)))
        if (!entry.text.includes('{')) found.push({ name: entry.text, index: start + 1 + entry.offset });
      continue;
    }
    const name = NAME.exec(rest)?.[0];
    if (name && !/^(?:true|false|null|undefined)$/.test(name)) found.push({ name, index: start });
  }
  return found;
}

/** The balanced `{...}` at the start of `text`, strings skipped; undefined when it never closes. */
function block(text: string): string | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(0, i + 1);
  }
  return undefined;
}

/** The comma-separated entries of an object's body at its own level, trimmed, with their offsets. */
function topLevelEntries(body: string): { text: string; offset: number }[] {
  const entries: { text: string; offset: number }[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const raw = body.slice(from, to);
    const text = raw.replace(/\/\/[^\n]*/g, '').trim();
    if (text) entries.push({ text, offset: from + raw.search(/\S/) });
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if ('{[('.includes(c)) depth++;
    else if ('}])'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(body.length);
  return entries;
}
