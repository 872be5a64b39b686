import type { Backend } from '../model/common.js';
import type { Reach } from '../model/plan.js';

/**
 * From drift to plan: which signals make up which kind of drift, the shape the guide suggests
 * for it, the guide's sentence that shape follows, and what staying gives up (the guide's own
 * sentence). `guide` and `cost` are quoted verbatim from the article.
 *
 * Templates fill `{part}` (the kind's words), `{areas}` (where, with sizes and libraries),
 * `{towards}` / `{current}` (backend names), `{app}` (the service, e.g. `the Express app`),
 * `{from}` (where the app reaches the code), `{rest}` (what stays), `{moves}` (what a switch
 * moves).
 */
export interface DriftKind {
  id: string;
  /** Signal ids whose evidence is this kind of drift. */
  signals: readonly string[];
  towards: Backend;
  /** How the sentence names this part of the code. */
  part: string;
  /** The split for code in the service's own language, which the service imports. */
  split: string;
  guide: string;
  cost: string;
}

const PYTHON_GUIDE = 'Choose Python for AI, ML, or data-centered applications';
const PYTHON_COST =
  'Both are strong, but Python leads in AI and data science, while Node.js leads in web and real-time development.';
const MOVE_TO_SERVICE = 'move {part} in {areas} into a {towards} service and call it over HTTP from {app}';
const RUN_BESIDE = 'run {part} in {areas} as a {towards} service beside {app}';

export const DRIFT_KINDS: readonly DriftKind[] = [
  {
    id: 'ml',
    signals: ['ml', 'llm'],
    towards: 'python',
    part: 'the ML code',
    split: MOVE_TO_SERVICE,
    guide: PYTHON_GUIDE,
    cost: PYTHON_COST,
  },
  {
    id: 'data',
    signals: ['data', 'cpu'],
    towards: 'python',
    part: 'the data work',
    split: MOVE_TO_SERVICE,
    guide: PYTHON_GUIDE,
    cost: PYTHON_COST,
  },
  {
    id: 'realtime',
    signals: ['realtime', 'streaming'],
    towards: 'node',
    part: 'the real-time part',
    split: RUN_BESIDE,
    guide: 'Choose Node.js for dynamic, real-time applications',
    cost: 'Python can handle complex logic but may not be as smooth as Node.js for scaling real-time features.',
  },
];

/**
 * Splits of code already in the other language, by how the service reaches it. `imports`
 * cannot happen across languages; it falls back to `apart`.
 */
export const CROSS_LANGUAGE_SPLIT: Record<Exclude<Reach, 'imports'>, string> = {
  spawns:
    'serve {part} in {areas} from a {towards} service and call it over HTTP from {app} instead of starting a process per call ({from})',
  apart:
    'serve {part} in {areas} from a {towards} service beside {app}, which neither imports nor starts it today, and call it over HTTP where the app needs its results',
};

/** The second sentence, for further areas that the service reaches another way. */
export const ALSO: Record<Reach, string> = {
  imports: 'The same service would take {areas}.',
  spawns: 'The same service would serve {areas}, started as a process today ({from}).',
  apart: 'The same service is the place for {areas}, {towards} already and not started by the app.',
};

/** Which areas the first sentence is about: the code the service runs before code beside it. */
export const REACH_ORDER: readonly Reach[] = ['imports', 'spawns', 'apart'];

export const REST = '; the other {rest} {fit} {current} and {stay}.';
export const SWITCH =
  '{part} {is} most of the service ({drift}: {areas}): a full switch to {towards} is the honest answer, rewriting the {current} code ({moves}){already}.';
/** The end of a switch sentence when some of the drift is in the target language already. */
export const SWITCH_ALREADY = '; {areas} {is} {towards} already and stays';
export const KEEP =
  'No part of the code drifts: the gap comes from {signals}, not from code that could move; keep {current} and record the decision with a waiver.';
export const KEEP_GUIDE = 'Which technology aligns with your project’s goals, team skills, and performance needs?';
export const KEEP_COST =
  'Python wins for ease of learning and rapid development, while Node.js is great for teams already well-versed in JavaScript.';

/**
 * Modules that start other programs: a service in one language that imports one of these, beside
 * drift code in the other language, most likely runs that code as a process.
 */
export const PROCESS_MODULES: Record<Backend, readonly string[]> = {
  node: ['child_process', 'execa', 'cross-spawn', 'python-shell', 'zx', 'pythonia'],
  python: ['subprocess'],
};

/** A folder is one drift area when more than this share of its source files use the drift's libraries. */
export const AREA_HOLD_SHARE = 0.5;
/** The drift is "most of the service" when its areas hold more than this share of both its files and bytes. */
export const SWITCH_SHARE = 0.5;
/** Days a staying waiver runs from the report's date: a quarter, then the team decides again. */
export const WAIVER_DAYS = 90;
/** Areas named in the suggestion and listed; the rest are counted. */
export const MAX_AREAS = 4;
/** Libraries named per area. */
export const MAX_LIBRARIES = 5;
/** Runtime file:line items kept per area. */
export const MAX_AREA_EVIDENCE = 5;
/** Names of what stays, in the suggestion. */
export const MAX_REST_PARTS = 3;
