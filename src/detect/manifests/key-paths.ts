import { isRecord } from './util.js';

type Table = Record<string, unknown>;

/**
 * Paths of keys through parsed YAML, JSON or HCL, as knowledge records write them: `*` stands for
 * the items of a list or the values of a table (a YAML map of services, HCL's labelled blocks).
 */

/** The items of a list, or the values of a table. */
export function itemsOf(node: unknown): unknown[] {
  return Array.isArray(node) ? node : isRecord(node) ? Object.values(node) : [];
}

/**
 * The tables a key path reaches, `*` going into every item; each with the tables its `*` steps
 * passed on the way, nearest first (a function's package, for a path through packages and functions).
 */
export function tablesAt(
  value: unknown,
  path: readonly string[],
  above: Table[] = [],
): { table: Table; above: Table[] }[] {
  if (path.length === 0) return isRecord(value) ? [{ table: value, above }] : [];
  const [key, ...rest] = path;
  if (key === '*')
    return itemsOf(value).flatMap((item) =>
      isRecord(item) ? tablesAt(item, rest, rest.length ? [item, ...above] : above) : [],
    );
  return isRecord(value) ? tablesAt(value[key!], rest, above) : [];
}

/** The value at a key path, `*` going into the first item. */
export function valueAt(node: unknown, path: readonly string[]): unknown {
  let value = node;
  for (const key of path) value = key === '*' ? itemsOf(value)[0] : isRecord(value) ? value[key] : undefined;
  return value;
}
