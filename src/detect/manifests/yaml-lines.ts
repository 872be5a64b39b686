/**
 * A line scanner for the plain block YAML that lockfile writers emit (berry `yarn.lock`,
 * `pnpm-lock.yaml`): two-space indented mappings, one key a line, plain or simply quoted
 * scalars. It reads only the paths a caller asks for and skips every other subtree by its
 * indentation alone, which is what makes it fast on lockfiles of megabytes.
 *
 * It answers only when it is sure to agree with the full YAML parser on the paths it reads:
 * anything unusual there (tabs, anchors, aliases, tags, flow collections other than `{}`,
 * multi-line scalars, escapes, duplicate keys, a scalar YAML would read as a number, boolean or
 * null) makes it give up, and the caller falls back to the full parser.
 */

/** Thrown to give up; caught by `scanYaml`. */
class Unusual extends Error {}

/** A plain scalar YAML 1.2 (core schema) reads as something else than a string. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** A plain scalar the scanner is sure of: no indicator first, no comment, no `: `, no quotes or brackets. */
const SIMPLE_PLAIN = /^[\w./^~<=+(][^#'"[\]{}\s]*(?: [^#'"[\]{}\s:]+)*$/;

/** The string a scalar token stands for; throws Unusual when the scanner is not sure. */
function scalar(token: string): string {
  const first = token[0];
  if (first === "'") {
    const m = /^'((?:[^']|'')*)'$/.exec(token);
    if (!m) throw new Unusual();
    return m[1]!.replaceAll("''", "'");
  }
  if (first === '"') {
    const m = /^"([^"\\]*)"$/.exec(token);
    if (!m) throw new Unusual();
    return m[1]!;
  }
  if (!SIMPLE_PLAIN.test(token) || token.endsWith(':') || token.includes(': ') || NOT_A_STRING.test(token))
    throw new Unusual();
  return token;
}

interface KeyLine {
  indent: number;
  key: string;
  /** The raw value after `: `, trimmed; '' when the key opens a block. */
  value: string;
}

/** A `key:` or `key: value` line; undefined for a blank or comment line; throws on anything else. */
function keyLine(line: string): KeyLine | undefined {
  let indent = 0;
  while (line.charCodeAt(indent) === 32) indent += 1;
  const rest = line.slice(indent).trimEnd();
  if (rest === '' || rest.startsWith('#')) return undefined;
  let key: string;
  let after: number;
  if (rest[0] === '"' || rest[0] === "'") {
    const close = rest.indexOf(rest[0], 1);
    if (close < 0) throw new Unusual();
    key = scalar(rest.slice(0, close + 1));
    after = close + 1;
    if (rest[after] !== ':') throw new Unusual();
  } else {
    const colon = rest.indexOf(': ');
    after = colon >= 0 ? colon : rest.endsWith(':') ? rest.length - 1 : -1;
    if (after <= 0) throw new Unusual();
    key = scalar(rest.slice(0, after));
  }
  const value = rest.slice(after + 1).trim();
  if (rest[after + 1] !== undefined && rest[after + 1] !== ' ') throw new Unusual();
  return { indent, key, value };
}

/** What to read: `true` for a scalar leaf (or `{}`), a shape per key, `'*'` for any key. */
export type Wanted = true | { readonly [key: string]: Wanted };

/** The value of a mapping the caller reads: nested records and strings, `null` for an empty value. */
export type Scanned = string | null | { [key: string]: Scanned };

/**
 * The parts of a YAML document `wanted` names, or undefined when the text is anything the
 * scanner is not sure of (the caller then parses it whole). The root must be a mapping; keys
 * not in `wanted` are skipped with their subtrees.
 */
export function scanYaml(
  text: string,
  wanted: { readonly [key: string]: Wanted },
): Record<string, Scanned> | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  const lines = text.split('\n');
  let at = 0;

  const next = (): KeyLine | undefined => {
    while (at < lines.length) {
      const raw = lines[at]!;
      if (raw.includes('\t') || raw.endsWith('\r')) throw new Unusual();
      const parsed = keyLine(raw);
      if (parsed) return parsed;
      at += 1;
    }
    return undefined;
  };

  /** Skips the lines indented deeper than `indent`, whatever they hold. */
  const skip = (indent: number) => {
    for (; at < lines.length; at++) {
      const raw = lines[at]!;
      let i = 0;
      while (raw.charCodeAt(i) === 32) i += 1;
      if (i < raw.length && raw[i] !== '#' && i <= indent) return;
      if (i < raw.length && raw[i] === '#' && i <= indent) continue;
    }
  };

  /** Reads the mapping whose keys sit at `indent`, as `shape` says. */
  const mapping = (indent: number, shape: { readonly [key: string]: Wanted }): Record<string, Scanned> => {
    const out: Record<string, Scanned> = {};
    const seen = new Set<string>();
    for (let line = next(); line && line.indent >= indent; line = next()) {
      if (line.indent !== indent || seen.has(line.key) || line.key === '__proto__') throw new Unusual();
      seen.add(line.key);
      at += 1;
      const want = shape[line.key] ?? shape['*'];
      if (want === undefined) {
        skip(indent);
        continue;
      }
      out[line.key] = valueOf(line, indent, want);
    }
    return out;
  };

  const valueOf = (line: KeyLine, indent: number, want: Wanted): Scanned => {
    if (line.value === '{}') {
      assertNothingDeeper(indent);
      return {};
    }
    if (line.value !== '') {
      const value = scalar(line.value);
      // a plain scalar continued on the next lines
      assertNothingDeeper(indent);
      return value;
    }
    const child = next();
    if (!child || child.indent <= indent) return null;
    // a leaf the caller wants as a scalar holds a block, or a block is indented oddly
    if (child.indent !== indent + 2 || want === true) throw new Unusual();
    return mapping(indent + 2, want);
  };

  const assertNothingDeeper = (indent: number) => {
    const following = next();
    if (following && following.indent > indent) throw new Unusual();
  };

  try {
    const first = next();
    if (!first || first.indent !== 0) return undefined;
    const result = mapping(0, wanted);
    if (at < lines.length) return undefined;
    return result;
  } catch (error) {
    if (error instanceof Unusual) return undefined;
    throw error;
  }
}

/** A document's top-level entries (a key at the left margin with the lines below it), by their text. */
export type ScannedEntries = Map<string, ScannedEntry>;

interface ScannedEntry {
  /** The entry's text, a string of its own: a view would keep its whole version alive for the next ones. */
  text: string;
  key: string;
  scanned: Record<string, Scanned>;
}

/** Where a top-level key line starts: at a line start, anything but a space, a comment or a blank. */
const startsEntry = (text: string, at: number) => at < text.length && !' #\n\r\t'.includes(text[at]!);
/** What may come before the first entry: blank and comment lines only. */
const PREAMBLE = /^(?:[ ]*(?:#[^\n\t\r]*)?\n)*$/;

/**
 * `scanYaml` of a document whose entries mostly repeat a version read before (a lockfile along a
 * history: of medusa's 2 MB `yarn.lock`, a month changes a few entries): each entry is scanned on
 * its own, or taken from `previous` when its text is the same. The scanner reads an entry's
 * lines only (it skips subtrees by indentation), so the answer is the whole text's; undefined
 * where the whole text's would be, or where anything before the first entry is not a blank or
 * comment line (the caller parses it whole then). `entries` is this version's, for the next.
 */
export function scanYamlEntries(
  text: string,
  wanted: { readonly [key: string]: Wanted },
  previous: ScannedEntries | undefined,
): { data: Record<string, Scanned>; entries: ScannedEntries } | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  const starts: number[] = startsEntry(text, 0) ? [0] : [];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1))
    if (startsEntry(text, nl + 1)) starts.push(nl + 1);
  if (starts.length === 0 || !PREAMBLE.test(text.slice(0, starts[0]))) return undefined;
  const data: Record<string, Scanned> = {};
  const entries: ScannedEntries = new Map();
  for (let i = 0; i < starts.length; i++) {
    const block = text.slice(starts[i], starts[i + 1] ?? text.length);
    let entry = previous?.get(block) ?? entries.get(block);
    if (!entry) {
      const own = (' ' + block).slice(1);
      const scanned = scanYaml(own, wanted);
      const key = scanned && firstKey(own);
      if (!scanned || key === undefined) return undefined;
      entry = { text: own, key, scanned };
    }
    entries.set(entry.text, entry);
    // a key twice: the whole text's scan gives up
    if (Object.hasOwn(data, entry.key)) return undefined;
    if (Object.hasOwn(entry.scanned, entry.key)) data[entry.key] = entry.scanned[entry.key]!;
  }
  return { data, entries };
}

/** The key of an entry's first line (skipped keys count for duplicates too). */
function firstKey(entry: string): string | undefined {
  try {
    const end = entry.indexOf('\n');
    return keyLine(end < 0 ? entry : entry.slice(0, end))?.key;
  } catch (error) {
    if (error instanceof Unusual) return undefined;
    throw error;
  }
}
