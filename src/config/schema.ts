import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import configSchema from '../../schema/config.schema.json' with { type: 'json' };

/** The published schema (schema/config.schema.json), the single source of what a config may hold. */
export const CONFIG_SCHEMA = configSchema;

let validate: ReturnType<Ajv2020['compile']> | undefined;

/** Validates a parsed config against the schema; returns ajv's errors, none when valid. */
export function schemaErrors(data: unknown): ErrorObject[] {
  // Built on first use: runs without a config file (and `--help`) never pay for it.
  validate ??= compile();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

function compile() {
  // allErrors so the most useful error can be picked; verbose so each error carries its schema (for
  // allowed keys, ranges and enums in the message).
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
  // ajv-formats is CommonJS whose module.exports is also its own `default`, so `.default` works whichever
  // interop (Node, vitest, esbuild) loaded it.
  addFormats.default(ajv, ['date']);
  return ajv.compile(configSchema);
}
