import type { ErrorObject } from 'ajv/dist/2020.js';
import { didYouMean } from './did-you-mean.js';
import { describeValue, formatKeyPath, type PathSegment } from './key-path.js';

/** When ajv reports several errors, the first of the most telling kind is shown: an unknown key
 * (often a typo, which also explains a "missing" one), then a missing key, then a wrong type or value. */
const KEYWORD_RANK: Record<string, number> = {
  additionalProperties: 0,
  required: 1,
  type: 2,
  enum: 3,
  format: 4,
  minimum: 5,
  maximum: 5,
  minLength: 6,
  pattern: 6,
};

interface SchemaNode {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  properties?: Record<string, unknown>;
  required?: string[];
}

export function pickError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  let best: ErrorObject | undefined;
  for (const error of errors) {
    if (!best || rank(error) < rank(best)) best = error;
  }
  return best;
}

function rank(error: ErrorObject): number {
  return KEYWORD_RANK[error.keyword] ?? 9;
}

/** One ajv error -> `key.path: what is allowed (got what)`, without the file name. */
export function explainError(error: ErrorObject, data: unknown): string {
  const segments = pathSegments(error.instancePath, data);
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const got = describeValue(error.data);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(schema.properties ?? {});
      const guess = didYouMean(key, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `allowed: ${allowed.join(', ')}`;
      return `${at([...segments, key])}unknown key; ${hint}`;
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      return `${at([...segments, key])}missing (required: ${(schema.required ?? [key]).join(', ')})`;
    }
    case 'type':
      return `${at(segments)}must be ${expectation(schema)} (got ${got})`;
    case 'enum':
      return `${at(segments)}must be one of ${(schema.enum ?? []).join(', ')} (got ${got})`;
    case 'minimum':
    case 'maximum':
      return `${at(segments)}must be ${expectation(schema)} (got ${got})`;
    case 'format':
      return `${at(segments)}must be ${formatExpectation(schema.format, error.data)} (got ${got})`;
    case 'minLength':
    case 'pattern':
      return `${at(segments)}must not be empty or blank (got ${got})`;
    default:
      return `${at(segments)}${error.message ?? 'is not valid'} (got ${got})`;
  }
}

function formatExpectation(format: string | undefined, value: unknown): string {
  if (format !== 'date') return `a ${format}`;
  // `2026-02-30` has the right shape; say why it is still refused.
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? 'a date YYYY-MM-DD that exists in the calendar'
    : 'a date YYYY-MM-DD';
}

function at(segments: readonly PathSegment[]): string {
  return segments.length ? `${formatKeyPath(segments)}: ` : '';
}

/** What a value of this schema must be, in words: `a number from 0 to 100`, `a list`... */
function expectation(schema: SchemaNode): string {
  switch (schema.type) {
    case 'number': {
      const { minimum, maximum } = schema;
      if (minimum !== undefined && maximum !== undefined) return `a number from ${minimum} to ${maximum}`;
      if (minimum !== undefined) return `a number >= ${minimum}`;
      if (maximum !== undefined) return `a number <= ${maximum}`;
      return 'a number';
    }
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'string':
      return schema.format === 'date' ? 'a date YYYY-MM-DD' : 'a string';
    default:
      return schema.type ? `a ${schema.type}` : 'a valid value';
  }
}

/** ajv's JSON Pointer -> keys and list indexes, walking the data to tell `0` the key from `[0]` the index. */
function pathSegments(pointer: string, data: unknown): PathSegment[] {
  if (!pointer) return [];
  const segments: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      segments.push(Number(token));
      node = node[Number(token)];
    } else {
      segments.push(token);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
    }
  }
  return segments;
}
