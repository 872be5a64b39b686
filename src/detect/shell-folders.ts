import { resolveInside } from '../paths.js';
import { execWords } from './command-words.js';

/** `cd` to the script's own folder (`cd "$(dirname "$0")"`, `cd $(dirname $(realpath $0))`, `${BASH_SOURCE[0]}`). */
const TO_OWN_FOLDER =
  /^(?:cd|pushd)\s+["']?\$\(\s*dirname\s+["']?(?:\$\(\s*(?:realpath|readlink\s+-f)\s+["']?)?\$(?:0|\{?BASH_SOURCE)/;

/** A command that changes folder (`cd fn && ...`, `pushd fn`). */
export const CHANGES_FOLDER = /(?:^|[;&|(])\s*(?:cd|pushd)\s/;

/**
 * The folder a shell is in after a command's `cd`/`pushd` parts (`cd fn && ...`), from `cwd`, the
 * folder it was in (undefined: not known); `own` is the script's own folder, where `cd "$(dirname
 * "$0")"` leads. A folder from a variable, an absolute path, `~` or `cd -` is not known. Scripts,
 * Makefiles and CI steps written down for people are read so; nothing is run.
 */
export function folderAfter(command: string, cwd: string | undefined, own: string): string | undefined {
  for (const part of command.split(/&&|\|\||;/)) {
    const text = part.trim().replace(/^\(\s*/, '');
    if (!/^(?:cd|pushd)(?:\s|$)/.test(text)) continue;
    if (TO_OWN_FOLDER.test(text)) {
      cwd = own;
      continue;
    }
    const target = execWords(text)?.[1]?.replace(/\)+$/, '');
    cwd =
      cwd === undefined || target === undefined || /[$~`]|^-$/.test(target) ? undefined : resolveInside(cwd, target);
  }
  return cwd;
}

/** A leading `cd`/`pushd` part of a job and what ends it (`&&`, `;` or the job's end). */
const LEADING_CD = /^\s*((?:cd|pushd)(?:\s[^;&]*)?)\s*(?:&&|;|$)/;

/**
 * A job that starts by changing folder (`cd daemon && python3 main.py`, `(cd api && npm start)`): the
 * folder the rest runs in, from `cwd` (undefined: not known), and the rest; a job with no such head
 * runs in `cwd` as it is. `rest` is empty for a job that only changes folder.
 */
export function afterLeadingCd(job: string, cwd: string, own: string): { dir: string | undefined; rest: string } {
  // only the leading `cd` parts are split off: the rest stays as written (a `;` inside its quotes is no separator)
  let rest = job.trim().replace(/^\(\s*(.*?)\s*\)$/, '$1');
  const heads: string[] = [];
  for (let m = LEADING_CD.exec(rest); m; m = LEADING_CD.exec(rest)) {
    heads.push(m[1]!.trim());
    rest = rest.slice(m[0].length);
  }
  if (heads.length === 0) return { dir: cwd, rest: job };
  return { dir: folderAfter(heads.join(' && '), cwd, own), rest: rest.trim() };
}
