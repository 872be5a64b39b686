import type { Evidence } from '../model/common.js';
import type { CodeFact } from '../model/facts.js';
import { isInside } from '../paths.js';

/** What the stray-server rule asks of each Python service candidate. */
export interface StrayCandidate {
  dir: string;
  /** A deployment file, an image, a start script or a run written down runs it. */
  run: boolean;
}

/**
 * Projects of a program that serves under a command (Django's manage.py) that nothing runs, each
 * with the server a file of it starts by hand (`websockets.serve(...)` in an experiment beside the
 * settings): project folder -> that start. Such a project is the bench's Django trap, and the
 * experiment inside it is run by nobody either: neither is a service. A project any of whose
 * folders something runs (compose runs the project, a README runs the experiment) is left out.
 *
 * `programs`: the folders of the command programs (manage.py); `starts`: the Python code facts that
 * start serving, other than the command programs' own (see onCommand); `servesProject`: whether a
 * file serves the project itself (imports Django or the project's own packages: `serve(application)`
 * of its WSGI module with waitress is the project's runner, no experiment).
 */
export function strayServerProjects(
  programs: ReadonlySet<string>,
  candidates: readonly StrayCandidate[],
  starts: readonly CodeFact[],
  servesProject: (file: string, project: string) => boolean,
): Map<string, Evidence> {
  const found = new Map<string, Evidence>();
  for (const dir of programs) {
    // a project inside another program's project is that one's (a course's steps are collections' business)
    if ([...programs].some((p) => p !== dir && isInside(dir, p))) continue;
    if (candidates.some((c) => isInside(c.dir, dir) && c.run)) continue;
    const inside = starts.filter((f) => isInside(f.file, dir));
    if (inside.some((f) => servesProject(f.file, dir))) continue;
    const stray = inside[0];
    if (stray) found.set(dir, { file: stray.file, line: stray.line, detail: stray.detail });
  }
  return found;
}
