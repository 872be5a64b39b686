import type { DeltaChange } from './report.js';
import type { Current, Scores, VerdictKind } from './verdict.js';

/** A commit of the current branch's first-parent line. */
export interface HistoryCommit {
  sha: string;
  /** Author date, ISO 8601. */
  date: string;
  author: string;
  subject: string;
}

/** Where one service stood at one commit. */
export interface ServicePoint {
  current: Current;
  verdict: VerdictKind;
  fitScore: number;
  scores: Scores;
}

/** One sampled commit and every service found there, by folder. */
export interface HistoryPoint {
  commit: HistoryCommit;
  /** The repository's verdict at this commit (its worst service's). */
  verdict: VerdictKind;
  services: Record<string, ServicePoint>;
}

/**
 * What happened to a service at one commit, found by bisecting the commits between two samples:
 * `verdict` (the verdict changed), `fit` (the fit moved, same verdict), `backend` (the folder's
 * service now runs the other language: a rewrite), `appeared`, `disappeared`, `renamed` (its
 * folder moved: `from` is the old folder).
 */
export interface HistoryEvent {
  service: string;
  kind: 'verdict' | 'fit' | 'backend' | 'appeared' | 'disappeared' | 'renamed';
  commit: HistoryCommit;
  /** Set when the change is not placed on one commit (not bisected, or out of budget): it lies after this commit, up to `commit`. */
  notBefore?: string;
  from?: string;
  before?: ServicePoint;
  after?: ServicePoint;
  /** Files of this commit inside the service (or behind its moved signals). */
  files: string[];
  /** What the commit moved, in the delta's terms: `signal.ml`, `score.python`, `verdict`... */
  changes: DeltaChange[];
}

/** For a service whose verdict is review or mismatch now: the commit after which it has been so. */
export interface Tipping {
  service: string;
  /** Index in `events` of the commit that tipped it; absent when it was drifting already at the oldest point. */
  event?: number;
  /** The commit that tipped it (the event's). */
  commit?: string;
  /** When no event tipped it: the oldest point's date, since which it has been drifting at least. */
  since?: string;
}

export interface History {
  schemaVersion: 1;
  tool: { name: 'backend-fit'; version: string };
  root: string;
  branch?: string;
  /** Oldest first; the last is HEAD. */
  points: HistoryPoint[];
  events: HistoryEvent[];
  tipping: Tipping[];
  /** Set when the clone is shallow: how far back it could see. */
  shallow?: { commits: number; oldest?: string };
  /** Why the history is empty or short, one line each (empty repository, no Node.js or Python). */
  notes: string[];
  stats: { commits: number; evaluated: number; durationMs: number };
}
