// Regenerates the README's generated parts from their sources: the inputs and outputs tables
// from action.yml, the workflows from examples/ (the files the tests run), and the example
// comment from a monorepo fixture run through the built CLI.
//   npm run readme            rewrite README.md
//   npm run readme -- --check exit 1 when README.md is stale
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const here = new URL('..', import.meta.url);
const read = (p) => readFileSync(new URL(p, here), 'utf8');

export function inputsTable(action) {
  const rows = Object.entries(action.inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${cell(spec.description)} | ${spec.default === '' || spec.default === undefined ? '' : `\`${spec.default}\``} |`,
  );
  return ['| Input | Description | Default |', '| --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(action) {
  const rows = Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

export function exampleComment() {
  const markdown = execFileSync(
    process.execPath,
    ['dist/cli.js', 'fixtures/polyglot-monorepo', '--format', 'markdown', '-q'],
    { cwd: here, encoding: 'utf8' },
  );
  // timing varies run to run; the example shows the shape
  return [
    '<details open><summary>Rendered from <code>fixtures/polyglot-monorepo</code></summary>',
    '',
    // and so does the plan's waiver date (90 days from the run)
    markdown
      .replace(/ read in \d+ ms/, ' read in N ms')
      .replace(/expires: "\d{4}-\d{2}-\d{2}"/g, 'expires: "YYYY-MM-DD"')
      .trim(),
    '',
    '</details>',
  ].join('\n');
}

/** The workflows the README shows, each the file in examples/ as it is. */
export const WORKFLOWS = ['pr-check', 'fork-pr-report', 'fork-pr-comment', 'code-scanning'];

export function workflowBlock(name) {
  return ['```yaml', `# examples/${name}.yml`, read(`examples/${name}.yml`).trimEnd(), '```'].join('\n');
}

export function render(readme) {
  const action = parse(read('action.yml'));
  return [
    ['inputs', inputsTable(action)],
    ['outputs', outputsTable(action)],
    ...WORKFLOWS.map((name) => [`workflow-${name}`, workflowBlock(name)]),
    ['example', exampleComment()],
  ].reduce(
    (text, [name, body]) =>
      text.replace(
        new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`),
        (_, start, end) => `${start}\n${body}\n${end}`,
      ),
    readme,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = read('README.md');
  const next = render(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md is stale: run `npm run readme`.');
      process.exit(1);
    }
  } else writeFileSync(new URL('README.md', here), next);
}
