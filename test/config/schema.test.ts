import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { CRITERIA } from '../../src/model/profile.js';

const schemaText = readFileSync(new URL('../../schema/config.schema.json', import.meta.url), 'utf8');
const schema = JSON.parse(schemaText) as Record<string, unknown>;

type Node = Record<string, unknown>;

/** Every subschema of the published schema, with its location. */
function* subschemas(node: Node, where = '#'): Generator<[string, Node]> {
  yield [where, node];
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
    yield* subschemas(child, `${where}/properties/${key}`);
  }
  if (node.items && typeof node.items === 'object') yield* subschemas(node.items as Node, `${where}/items`);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    yield* subschemas(node.additionalProperties as Node, `${where}/additionalProperties`);
  }
}

describe('schema/config.schema.json', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('describes every key', () => {
    for (const [where, node] of subschemas(schema)) {
      expect(typeof node.description, where).toBe('string');
      expect((node.description as string).length, where).toBeGreaterThan(10);
    }
  });

  it('closes every object with fixed keys', () => {
    for (const [where, node] of subschemas(schema)) {
      if (node.properties) expect(node.additionalProperties, where).toBe(false);
    }
  });

  it('has a weight for each of the article’s criteria and nothing else', () => {
    const weights = (schema.properties as Record<string, Node>).weights!;
    expect(Object.keys(weights.properties as Node)).toEqual([...CRITERIA]);
  });

  it('its examples are valid configs', () => {
    const examples = (schema.examples ?? []) as unknown[];
    expect(examples.length).toBeGreaterThan(0);
    for (const [where, node] of subschemas(schema)) {
      for (const example of (node.examples ?? []) as unknown[]) {
        const key = where.split('/').at(-1)!;
        if (where === '#') expect(() => parseConfig(JSON.stringify(example), 'example.yml')).not.toThrow();
        else if (where === `#/properties/${key}`) {
          expect(() => parseConfig(JSON.stringify({ [key]: example }), 'example.yml'), where).not.toThrow();
        }
      }
    }
  });
});
