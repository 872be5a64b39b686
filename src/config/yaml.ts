import { parseDocument, type YAMLError } from 'yaml';
import { ConfigError } from './error.js';

/**
 * YAML text -> plain data. Syntax errors and duplicate keys become one line with the file, line and
 * column. An empty file, or one holding only comments, is `null`.
 */
export function parseYamlText(text: string, displayPath: string): unknown {
  // Core schema (YAML 1.2): `expires: 2026-12-31` stays a string and `yes` is not a boolean.
  const document = parseDocument(text.replace(/^\uFEFF/, ''), {
    uniqueKeys: true,
    prettyErrors: true,
    logLevel: 'error',
  });
  const first = document.errors[0];
  if (first) throw new ConfigError(yamlErrorLine(first, text, displayPath));
  try {
    // Caps alias expansion so a small file cannot expand into a huge one.
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`${displayPath}: YAML error: ${firstLine((error as Error).message)}`);
  }
}

function yamlErrorLine(error: YAMLError, text: string, displayPath: string): string {
  const position = error.linePos?.[0];
  const where = position ? `${displayPath}:${position.line}:${position.col}` : displayPath;
  if (error.code === 'DUPLICATE_KEY') {
    const key = position ? keyAt(text, position.line, position.col) : undefined;
    return `${where}: duplicate key${key === undefined ? '' : ` "${key}"`}; each key may appear only once`;
  }
  return `${where}: YAML syntax error: ${firstLine(error.message)}`;
}

/** The `yaml` package appends ` at line N, column M:` and a code frame; the location is already in front. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}

/** The mapping key written at a line and column, quoted or plain. */
function keyAt(text: string, line: number, col: number): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const source = lines[line - 1]?.slice(col - 1);
  const match = source?.match(/^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:#]*?))\s*:(?:\s|$)/);
  if (!match) return undefined;
  return match[1] ?? match[2]?.replace(/''/g, "'") ?? match[3];
}
