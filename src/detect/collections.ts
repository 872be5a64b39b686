import {
  COLLECTION_MIN,
  NOT_STEP_STEMS,
  NUMBERED_SERIES_MIN,
  NUMBERED_STEP,
  STEP_FOLDER,
  STEP_SERIES_MIN,
  SYSTEM_MEMBERS,
} from '../knowledge/service-roles.js';
import { baseName, parentOf, relativeTo } from '../paths.js';

/** What collections ask of a service candidate. */
export interface SeriesMember {
  dir: string;
  /** A deployment file, image, start script, README or Makefile runs it. */
  run: boolean;
  /** The files whose own code starts it (its entry when nothing runs it). */
  startFiles: readonly string[];
  /** A deployment file or an image runs it (not only its own scripts). */
  deployed?: boolean;
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
    if (m.dir !== '.' && NUMBERED_STEP.test(baseName(m.dir))) {
      const steps = byParent.get(parentOf(m.dir));
      if (steps) steps.push(m);
      else byParent.set(parentOf(m.dir), [m]);
    }
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
  // lessons in numbered folders under one manifest (`01_getting_start/server.js`, `02_routing/server.js` beside the
  // course's package.json): the collection rule, so only a deployment file or an image keeps it a service, not the
  // package's own script running one lesson (`nodemon 01_getting_start/server.js`)
  for (const m of members) {
    if (m.deployed || lessons.has(m.dir)) continue;
    const starts = [...new Set(m.startFiles)];
    const stepOf = (file: string) => {
      const inside = relativeTo(m.dir, file)?.split('/');
      return inside && inside.length > 1 && NUMBERED_STEP.test(inside[0]!) ? inside[0] : undefined;
    };
    const inSteps = starts.filter((f) => stepOf(f) !== undefined);
    const steps = [...new Set(inSteps.map(stepOf))].sort() as string[];
    if (steps.length >= NUMBERED_SERIES_MIN && inSteps.length * 2 > starts.length)
      lessons.set(
        m.dir,
        `lessons in numbered folders (${steps.slice(0, 2).join('/, ')}/${steps.length > 2 ? ', ...' : ''}) that no deployment file runs`,
      );
  }
  return lessons;
}

/** What the collection rule asks of a service candidate. */
export interface CollectionMember {
  dir: string;
  /** A deployment file or an image runs it (a Dockerfile, compose file, Procfile, platform file). */
  deployed: boolean;
  /** A Django-like project (a program that serves under a command) that a README, Makefile or script runs. */
  commandRun: boolean;
  /** It forwards requests to others: a gateway package among its dependencies. */
  gateway: boolean;
}

/**
 * Collections: a folder holding, in at least COLLECTION_MIN of its subfolders, candidates that
 * serve and that no deployment file or image runs (a course's lessons, a book's chapters, a set of
 * snippets or exercises; numbered or not). Each such candidate is a collection's member, not a
 * service, even where its own start script or a README runs it (the bench's collection rule):
 * only a deployment keeps a member a service, or, for a Django-like project, a run written down
 * (the Django rule decides for those). Not a collection: siblings that are one system's services
 * (a gateway among them, most named as services, or a folder named for a system's parts such as
 * `services/`), or a folder where as many members are
 * deployed as not. Folder -> why.
 */
export function siblingCollections(members: readonly CollectionMember[]): Map<string, string> {
  const found = new Map<string, string>();
  // each folder above a member -> the members below it, by the child folder they are in
  const below = new Map<string, Map<string, CollectionMember[]>>();
  for (const m of members) {
    if (m.dir === '.') continue;
    for (let child = m.dir, parent = parentOf(m.dir); ; child = parent, parent = parentOf(parent)) {
      let byChild = below.get(parent);
      if (!byChild) below.set(parent, (byChild = new Map()));
      const inChild = byChild.get(child);
      if (inChild) inChild.push(m);
      else byChild.set(child, [m]);
      if (parent === '.') break;
    }
  }
  // the highest collection names its members (a book's `code/` before each chapter's folder)
  const depth = (dir: string) => (dir === '.' ? 0 : dir.split('/').length);
  for (const [root, byChild] of [...below].sort(([a], [b]) => depth(a) - depth(b))) {
    const all = [...byChild.values()].flat();
    const kept = (m: CollectionMember) => m.deployed || m.commandRun;
    const undeployedChildren = [...byChild.values()].filter((ms) => ms.some((m) => !kept(m))).length;
    if (undeployedChildren < COLLECTION_MIN) continue;
    if (all.filter(kept).length * 2 >= all.length) continue;
    const named = all.filter((m) => SYSTEM_MEMBERS.serviceFolder.test(baseName(m.dir))).length;
    if (all.some((m) => m.gateway) || named * 2 > all.length) continue;
    if (SYSTEM_MEMBERS.systemFolders.includes(baseName(root).toLowerCase())) continue;
    const where = root === '.' ? 'the repository root' : `${root}/`;
    for (const m of all)
      if (!kept(m) && !found.has(m.dir))
        found.set(
          m.dir,
          `one of ${all.length} sibling projects in ${where} (a collection of lessons, examples or snippets): no Dockerfile, compose file, Procfile or platform file runs it`,
        );
  }
  return found;
}

/**
 * Step folders of a course (see STEP_FOLDER): each folder that is one of at least STEP_SERIES_MIN
 * siblings sharing a stem and differing by a number -> its series' key and size. Counted over
 * every folder of the tree, not only those that serve: a course's modules mostly start nothing.
 */
export function stepFolders(folders: Iterable<string>): Map<string, { series: string; size: number }> {
  const all = new Set<string>();
  for (const f of folders) for (let d = f; d !== '.' && !all.has(d); d = parentOf(d)) all.add(d);
  const bySeries = new Map<string, string[]>();
  for (const dir of all) {
    const name = baseName(dir);
    const stem = STEP_FOLDER.exec(name)?.[1]?.toLowerCase();
    if (stem === undefined || NOT_STEP_STEMS.includes(stem) || SYSTEM_MEMBERS.serviceFolder.test(stem)) continue;
    const series = `${parentOf(dir)}\0${stem}`;
    const steps = bySeries.get(series);
    if (steps) steps.push(dir);
    else bySeries.set(series, [dir]);
  }
  const found = new Map<string, { series: string; size: number }>();
  for (const [series, steps] of bySeries)
    if (steps.length >= STEP_SERIES_MIN) for (const dir of steps) found.set(dir, { series, size: steps.length });
  return found;
}

/**
 * Lessons in step folders: a candidate that serves inside a step folder (itself or a folder above
 * it), where no member of the series is deployed. A Django-like project a README runs is kept (the
 * Django rule); a series where a deployment file runs one step is a project's. Folder -> why.
 */
export function stepLessons(
  members: readonly CollectionMember[],
  steps: ReadonlyMap<string, { series: string; size: number }>,
): Map<string, string> {
  const inSeries = new Map<string, { member: CollectionMember; step: string; size: number }[]>();
  for (const m of members) {
    let step: string | undefined;
    // the highest step folder above it (a module's own numbered exercises sit below it)
    for (let d = m.dir; d !== '.'; d = parentOf(d)) if (steps.has(d)) step = d;
    if (!step) continue;
    const { series, size } = steps.get(step)!;
    const list = inSeries.get(series);
    const entry = { member: m, step, size };
    if (list) list.push(entry);
    else inSeries.set(series, [entry]);
  }
  const found = new Map<string, string>();
  for (const list of inSeries.values()) {
    if (list.some((e) => e.member.deployed)) continue;
    for (const { member, step, size } of list) {
      if (member.commandRun) continue;
      const parent = parentOf(step);
      found.set(
        member.dir,
        `in ${step}/, one of ${size} step folders in ${parent === '.' ? 'the repository root' : `${parent}/`} (a course's modules or days): no Dockerfile, compose file, Procfile or platform file runs it`,
      );
    }
  }
  return found;
}
