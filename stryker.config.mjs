// Mutation testing (issue 19): are the modules a build depends on pinned by tests that would
// notice a change? `npm run mutate` runs them all; one module:
// `npm run mutate -- --mutate src/policy/index.ts`. Not part of `npm test`: a weekly workflow
// (.github/workflows/mutation.yml) runs it and keeps the HTML report.

/** The modules that decide a build or touch GitHub. */
const MODULES = [
  'src/score/verdict.ts',
  'src/policy/index.ts',
  'src/config/resolve.ts',
  'src/config/parse.ts',
  'src/config/load.ts',
  'src/github/comment.ts',
  // the report-only mode of the fork flow: posts from an uploaded report
  'src/github/report-mode.ts',
  // issue 27: the one log writer, and where a pull request's policy comes from
  'src/github/log.ts',
  'src/github/policy-source.ts',
  'src/report/markdown-escape.ts',
  'src/detect/services.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: MODULES,
  // The default adds `// @ts-nocheck` to every source file it copies, fixtures included,
  // which shifts the line numbers the tests expect in evidence.
  disableTypeChecks: false,
  // The machine is shared: two workers at most (STRYKER_CONCURRENCY=1 for one).
  concurrency: Number(process.env.STRYKER_CONCURRENCY) || 2,
  // Below 90% `npm run mutate` fails (CONTRIBUTING.md: the threshold to keep).
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['reports/', 'coverage/', '.bench/'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
