import { PACKAGE_MANAGER_COMMANDS, PACKAGE_SCRIPT_RUNNERS } from '../knowledge/package-scripts.js';
import { programWords } from './command-words.js';

/**
 * The package.json script a command runs through its package manager (`npm run worker`, `npm
 * start`, `yarn worker`, `pnpm run worker`), with that script's own command; undefined when
 * the command runs no script of these. `tasks`: the folder's other task manifests' scripts, by
 * kind (`pixi run start` runs a pixi task).
 */
export function packageScriptRun(
  command: string,
  packageScripts: Readonly<Record<string, string>> | undefined,
  tasks?: Readonly<Partial<Record<string, Readonly<Record<string, string>>>>>,
): { name: string; command: string } | undefined {
  const [program, first, ...rest] = programWords(command);
  const runner = PACKAGE_SCRIPT_RUNNERS.find((r) => r.program === program);
  const scripts = runner?.tasks ? tasks?.[runner.tasks] : packageScripts;
  if (!runner || !scripts || first === undefined) return undefined;
  // the name after `run` and its options (`pixi run -e prod --locked start`)
  let at = 0;
  while (runner.valueOptions && rest[at]?.startsWith('-')) at += runner.valueOptions.includes(rest[at]!) ? 2 : 1;
  const second = rest[at];
  const direct = runner.direct === '*' ? !PACKAGE_MANAGER_COMMANDS.includes(first) : runner.direct.includes(first);
  const name = runner.run.includes(first) ? second : direct ? first : undefined;
  // a task of a pixi feature is kept as `<feature>:<task>` (detect/manifests/python), and run by its own name
  const featureTask = (n: string) => Object.entries(scripts).find(([key]) => key.endsWith(`:${n}`))?.[1];
  const script = name === undefined ? undefined : (scripts[name] ?? (runner.tasks ? featureTask(name) : undefined));
  return name !== undefined && script !== undefined ? { name, command: script } : undefined;
}

/**
 * The script `npm` runs that the package.json does not hold, nor npm by default (`npm run start:prod`
 * beside scripts `test` and `build`): the command fails, so it starts nothing (an unfinished lesson's
 * Dockerfile). npm only: `yarn rw` and `pnpm vite` run a package's binary when no script has the name.
 * Undefined for a command of several steps or another program.
 */
export function missingScript(command: string, scripts: Readonly<Record<string, string>>): string | undefined {
  if (/[;&|]/.test(command)) return undefined;
  const [program, first, second] = programWords(command);
  const npm = PACKAGE_SCRIPT_RUNNERS.find((r) => r.program === 'npm')!;
  if (program !== npm.program || first === undefined) return undefined;
  const name = npm.run.includes(first) ? second : npm.direct.includes(first) ? first : undefined;
  if (name === undefined || name.startsWith('-')) return undefined;
  return Object.hasOwn(scripts, name) ? undefined : name;
}
