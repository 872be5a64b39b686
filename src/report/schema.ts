import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };

let validate: ReturnType<Ajv2020['compile']> | undefined;

/**
 * Checks a report against the published schema (schema/report.schema.json): the first error, as
 * one line. Only the first: collecting every error costs more than linear time on a hostile report.
 */
export function validateReport(report: unknown): string[] {
  // built on first use: only the report-only mode of the fork flow checks a report
  validate ??= compile();
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

function compile() {
  const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
  addFormats.default(ajv, ['date']);
  return ajv.compile(reportSchema);
}
