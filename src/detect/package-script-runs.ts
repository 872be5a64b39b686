import { PACKAGE_MANAGER_COMMANDS, PACKAGE_SCRIPT_RUNNERS } from '../knowledge/package-scripts.js';
import { programWords } from './command-words.js';

/**
 * The package.json script a command runs through its package manager (`npm run worker`, `npm
 * start`, `yarn worker`, `pnpm run worker`), with that script's own command; undefined when
 * the command runs no script of these.
 */
export function packageScriptRun(
  command: string,
  scripts: Readonly<Record<string, string>> | undefined,
): { name: string; command: string } | undefined {
  if (!scripts) return undefined;
  const [program, first, second] = programWords(command);
  const runner = PACKAGE_SCRIPT_RUNNERS.find((r) => r.program === program);
  if (!runner || first === undefined) return undefined;
  const direct = runner.direct === '*' ? !PACKAGE_MANAGER_COMMANDS.includes(first) : runner.direct.includes(first);
  const name = runner.run.includes(first) ? second : direct ? first : undefined;
  const script = name === undefined ? undefined : scripts[name];
  return name !== undefined && script !== undefined ? { name, command: script } : undefined;
}
