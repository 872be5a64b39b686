import { ONE_OFF_COMMANDS, PREPARING_STEP, runsToolingScript } from '../knowledge/one-off-commands.js';
import { SHELL, execWords, segments, shellForm } from './command-words.js';

/**
 * Whether a deployment's whole command is one-off steps (see ONE_OFF_COMMANDS): every step of it,
 * through `sh -c "..."`, is a migration, a test or lint run, an admin task or a preparing step
 * (`cd`, `sleep`, an install), and one at least is a task. `alembic upgrade head && uvicorn main:app`
 * starts the app after its migration, so it is no one-off. `isTestRunner` tells a test runner's step
 * (the test-runners record's commands).
 */
export function oneOffCommand(command: string, isTestRunner: (step: string) => boolean): boolean {
  const steps = segments(unwrapShell(shellForm(command)))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  let task = false;
  for (const step of steps) {
    if (oneOffStep(step, isTestRunner)) task = true;
    else if (!PREPARING_STEP.test(step)) return false;
  }
  return task;
}

/** Whether one step of a command runs a one-off task (a migration, tests, a linter, an admin task), which starts nothing. */
export function oneOffStep(step: string, isTestRunner: (step: string) => boolean): boolean {
  return ONE_OFF_COMMANDS.some((p) => p.test(step)) || runsToolingScript(step) || isTestRunner(step);
}

/** The command a shell is given (`sh -c "make test"` -> `make test`); the command itself otherwise. */
function unwrapShell(command: string): string {
  const words = execWords(command);
  if (words && words.length === 3 && SHELL.test(words[0]!) && /^-\w*c$/.test(words[1]!)) return words[2]!;
  return command;
}
