import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { importedFunctions } from '../../src/detect/manifests/serverless-functions.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));

describe('Serverless Framework configs written as code (issue 25)', () => {
  it('counts the functions a config takes from other modules, and not those it defines with a handler', () => {
    const text = [
      'const config = {',
      '  functions: { health, ...admin, report: reportFn, inline: { handler: "src/a.main" } },',
      '};',
    ].join('\n');
    expect(importedFunctions(text).map((f) => f.name)).toEqual(['health', '...admin', 'report: reportFn']);
    expect(importedFunctions('module.exports = { functions: handlers.all };').map((f) => f.name)).toEqual([
      'handlers.all',
    ]);
    expect(importedFunctions('const c = { resources: {}, functions: undefined };')).toEqual([]);
  });

  it('a serverless.ts or serverless.js whose functions are imported is a function service at its folder', async () => {
    const facts = await factsOf('serverless-code-configs');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['api', 'node', 'function'],
      ['jobs', 'python', 'function'],
    ]);
    expect(facts.services.find((s) => s.path === 'jobs')?.evidence).toContainEqual(
      expect.objectContaining({
        file: 'jobs/serverless.js',
        line: 8,
        detail: 'functions functions, from another module',
      }),
    );
    // a config that deploys a table and no function starts nothing
    expect(facts.services.map((s) => s.path)).not.toContain('tables');
  });
});
