import { NUMBERED_SERIES_MIN, NUMBERED_STEP } from '../knowledge/service-roles.js';
import { baseName, parentOf } from '../paths.js';

/** What collections ask of a service candidate. */
export interface SeriesMember {
  dir: string;
  /** A deployment file, image, start script, README or Makefile runs it. */
  run: boolean;
  /** The files whose own code starts it (its entry when nothing runs it). */
  startFiles: readonly string[];
}

/**
 * Lessons of a collection: folders and scripts numbered as the steps of a series (`7_flask_bp/`,
 * `8_flask_errors/` side by side; `1_flask_use.py`, `2_flask_route.py` in one folder) that only
 * their own code starts. A series where something runs one step is a project's, not a course's
 * (`01-api/` with a Dockerfile): none of its steps is taken for a lesson. Folder -> why.
 */
export function numberedLessons(members: readonly SeriesMember[]): Map<string, string> {
  const lessons = new Map<string, string>();
  const byParent = new Map<string, SeriesMember[]>();
  for (const m of members)
    if (m.dir !== '.' && NUMBERED_STEP.test(baseName(m.dir)))
      byParent.set(parentOf(m.dir), [...(byParent.get(parentOf(m.dir)) ?? []), m]);
  for (const [parent, steps] of byParent) {
    if (steps.length < NUMBERED_SERIES_MIN || steps.some((s) => s.run)) continue;
    const where = parent === '.' ? 'the repository root' : `${parent}/`;
    for (const step of steps)
      lessons.set(
        step.dir,
        `a numbered step (${baseName(step.dir)}/) of ${steps.length} in ${where} that nothing runs`,
      );
  }
  for (const m of members) {
    if (m.run || lessons.has(m.dir)) continue;
    // most of the scripts that start it numbered (a course folder keeps a `main.py` of its own too)
    const scripts = [...new Set(m.startFiles)].filter((f) => NUMBERED_STEP.test(baseName(f)));
    if (scripts.length >= NUMBERED_SERIES_MIN && scripts.length * 2 > new Set(m.startFiles).size)
      lessons.set(
        m.dir,
        `numbered lesson scripts (${scripts.slice(0, 2).map(baseName).join(', ')}${scripts.length > 2 ? ', ...' : ''}) that nothing runs`,
      );
  }
  return lessons;
}
