import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv, ['date']);
let validate: ReturnType<typeof ajv.compile> | undefined;

/** Checks a report against the published schema (schema/report.schema.json); one line per error. */
export function validateReport(report: unknown): string[] {
  validate ??= ajv.compile(reportSchema);
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
