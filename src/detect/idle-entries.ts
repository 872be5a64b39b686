import type { Backend } from '../model/common.js';
import type { NotServiceReason } from '../model/facts.js';

/**
 * Entries that start nothing: a deployment's command that runs a file of the repository which can
 * start no server, loop or handler (an empty `app.js`, a `server.py` that only prints), or test
 * code (`uvicorn tests.integration.app:app` in a library's image). Such a command is no entry of
 * its folder; an entry must run the folder's own code that serves.
 */

/** Lines that load other code: an import of any module (relative ones included) or a dynamic load. */
const LOADS: Record<Backend, RegExp> = {
  node: /\brequire\s*\(|\bimport\s*\(|^\s*import\b|^\s*export\s[^\n]*\bfrom\b|\beval\s*\(/m,
  python: /^\s*(?:import|from)\s+[\w.]+|\b(?:__import__|exec|runpy|importlib)\b/m,
};

/** What is left of a source file once its comments are out (enough to tell an empty file from one with code). */
const COMMENTS: Record<Backend, RegExp> = {
  node: /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
  python: /#[^\n]*/g,
};

/**
 * A source file that can start nothing: no code at all past its comments, or code that loads no
 * module (not even one of its own folder's) and holds no line that serves, starts or consumes.
 */
export function startsNothing(backend: Backend, text: string, codeFacts: number): boolean {
  if (text.replace(COMMENTS[backend], '').trim() === '') return true;
  return codeFacts === 0 && !LOADS[backend].test(text);
}

/** Roles of code that exists for tests: an entry running it runs no code of the folder's own product. */
const TEST_ROLES: ReadonlySet<NotServiceReason> = new Set(['tests', 'fixtures', 'mock']);

/** Why a command that runs `code` starts nothing of its folder (`runs x, which ...`), or undefined when it runs code that may serve. */
export function idleRun(
  code: string | undefined,
  inert: ReadonlySet<string>,
  roleOf: (path: string) => NotServiceReason | undefined,
): string | undefined {
  if (code === undefined) return undefined;
  if (inert.has(code)) return `runs ${code}, which starts nothing (empty, or no server, loop or handler in it)`;
  const role = roleOf(code);
  if (role && TEST_ROLES.has(role)) return `runs ${code}, code among its ${role}, not the folder's own`;
  return undefined;
}
