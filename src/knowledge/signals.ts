/**
 * The signal records (./signals/<id>.ts) as the flat tables the profile stage walks: one row
 * per package source and one per file source, each naming its signal.
 */
import type { Backend } from '../model/common.js';
import { SIGNALS, SIGNAL_IDS, type FileSource, type PackageSource, type SignalId } from './signals/index.js';

export {
  CENTRALITY,
  COMMAND_MAX_CHARS,
  DEV_DEPENDENCY_FACTOR,
  FILE_SIGNALS,
  SIGNALS,
  SIGNAL_IDS,
  modulesOf,
  type FileFact,
  type SignalId,
  type SignalRecord,
} from './signals/index.js';

export interface SignalRule extends PackageSource {
  signal: SignalId;
}

export interface FileSignalRule extends FileSource {
  signal: SignalId;
}

export const SIGNAL_RULES: readonly SignalRule[] = SIGNAL_IDS.flatMap((id) =>
  SIGNALS[id].packages.map((p) => ({ signal: id, ...p })),
);

export const FILE_SIGNAL_RULES: readonly FileSignalRule[] = SIGNAL_IDS.flatMap((id) =>
  SIGNALS[id].files.map((f) => ({ signal: id, ...f })),
);

/** Strength once runtime code imports the rule's modules (PackageSource.ceiling). */
export function ceilingOf(rule: { ceiling?: number }): number {
  return rule.ceiling ?? 1;
}

/**
 * Signals that only say the backend in use already handles something (every effect `own`):
 * in a service, only its own backend's evidence (or evidence with no ecosystem) raises them, so
 * a frontend's `axios` or `zod` inside a Python service's folder is no Node.js back end.
 */
export function ownSideOnly(id: string): boolean {
  const record = SIGNALS[id as SignalId];
  return record !== undefined && record.effects.length > 0 && record.effects.every((e) => e.favours === 'own');
}

/** The ecosystems whose packages can raise `id`. */
export function ecosystemsOf(id: SignalId): Backend[] {
  return [...new Set(SIGNALS[id].packages.map((p) => p.ecosystem))];
}
