import * as core from '@actions/core';

/**
 * The one way src/github writes to the job log. Text in a message may come from a fork's
 * report or from the scanned tree (file names can hold newlines), and the runner takes any
 * line that starts with `::` (after blanks) as a workflow command: `::error`, `::add-mask::`,
 * `::stop-commands::` and the token that resumes them. So every message is made one line,
 * its line breaks shown as ⏎, and a line that would still start a command (`::`, or the old
 * `##[` form) gets a visible mark before it. Annotations and failures go through core's own
 * command escaping as well; they are made one line here too, so they read the same.
 */

const LINE_BREAK = /\r\n|\r|\n/g;
const COMMAND_START = /^\s*(?:::|##\[)/;

/** `text` as one log line that cannot be read as a workflow command. */
export function inert(text: string): string {
  const line = text.replace(LINE_BREAK, ' ⏎ ');
  return COMMAND_START.test(line) ? `› ${line}` : line;
}

export interface AnnotationPlace {
  file?: string;
  startLine?: number;
  title?: string;
}

export const log = {
  info: (message: string): void => core.info(inert(message)),
  debug: (message: string): void => core.debug(inert(message)),
  warning: (message: string, place?: AnnotationPlace): void => core.warning(inert(message), place),
  /** Fails the step with this one line (exit code 1). */
  fail: (message: string): void => core.setFailed(inert(message)),
};
