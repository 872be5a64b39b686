import { isInside } from '../paths.js';
import type { Delta, DeltaChange, Report, Signal } from '../model/index.js';
import { serviceName } from '../model/facts.js';

/** A signal whose strength moves less than this is treated as unchanged (strengths are rounded to 0.01). */
export const SIGNAL_EPSILON = 0.05;
/** Files named per change at the most; the JSON report's reader can diff the rest. */
export const MAX_FILES_PER_CHANGE = 20;

export interface ChangedFile {
  /** Root-relative path in the head (or in the base, for a deletion). */
  path: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** For renames: the path in the base. */
  from?: string;
}

/**
 * What a change did to the profile: the verdict, the scores, each signal, criterion and
 * service that moved, each with the changed files behind it. Pure.
 */
export function compareReports(base: Report, head: Report, changed: ChangedFile[], baseRef: string): Delta {
  const changes: DeltaChange[] = [];
  const changedPaths = new Set(changed.flatMap((c) => (c.from ? [c.path, c.from] : [c.path])));
  const culprits = (files: Iterable<string>) => limit([...new Set(files)].filter((f) => changedPaths.has(f)).sort());

  const signalFiles = new Map<string, Set<string>>();
  const addSignalFiles = (signals: Signal[]) => {
    for (const signal of signals) {
      const files = signalFiles.get(signal.id) ?? new Set<string>();
      for (const e of signal.evidence) files.add(e.file);
      signalFiles.set(signal.id, files);
    }
  };
  addSignalFiles(base.signals);
  addSignalFiles(head.signals);
  for (const s of [...base.services, ...head.services]) addSignalFiles(s.signals);

  const movedSignals: string[] = [];
  for (const [id, from, to] of pairs(strengths(base.signals), strengths(head.signals))) {
    if (Math.abs((to ?? 0) - (from ?? 0)) < SIGNAL_EPSILON) continue;
    movedSignals.push(id);
    changes.push({ id: `signal.${id}`, from, to, files: culprits(signalFiles.get(id) ?? []) });
  }
  // Files behind the moved signals explain the score and verdict changes too; when evidence
  // (capped per signal) names none of the changed files, the changed manifests and sources do.
  const behindScores = culprits(movedSignals.flatMap((id) => [...(signalFiles.get(id) ?? [])]));
  const scoreFiles = behindScores.length > 0 ? behindScores : limit(changed.map((c) => c.path));

  if (base.verdict !== head.verdict)
    changes.push({ id: 'verdict', from: base.verdict, to: head.verdict, files: scoreFiles });
  if (base.current !== head.current)
    changes.push({ id: 'current', from: base.current, to: head.current, files: scoreFiles });
  for (const backend of ['node', 'python'] as const) {
    if (base.scores[backend] !== head.scores[backend]) {
      changes.push({ id: `score.${backend}`, from: base.scores[backend], to: head.scores[backend], files: scoreFiles });
    }
  }
  if (base.fitScore !== head.fitScore)
    changes.push({ id: 'fitScore', from: base.fitScore, to: head.fitScore, files: scoreFiles });

  const baseCriteria = new Map(base.criteria.map((c) => [c.id, c]));
  for (const criterion of head.criteria) {
    const before = baseCriteria.get(criterion.id);
    for (const backend of ['node', 'python'] as const) {
      const from = before?.[backend] ?? null;
      if (from !== criterion[backend]) {
        changes.push({ id: `criterion.${criterion.id}.${backend}`, from, to: criterion[backend], files: scoreFiles });
      }
    }
  }

  // by name: a worker run from the web process's folder is `api (worker)`, a service of its own, and so is
  // a server beside the folder's function (one app deployed two ways), `api (http)`
  const baseServices = new Map(base.services.map((s) => [serviceName(s, base.services), s]));
  const headServices = new Map(head.services.map((s) => [serviceName(s, head.services), s]));
  for (const [name, service] of headServices) {
    const before = baseServices.get(name);
    const files = limit(changed.map((c) => c.path).filter((f) => isInside(f, service.path)));
    if (!before) changes.push({ id: `service.${name}`, from: null, to: service.verdict, files });
    else if (before.verdict !== service.verdict || before.fitScore !== service.fitScore) {
      changes.push({
        id: `service.${name}`,
        from: `${before.verdict} ${before.fitScore}`,
        to: `${service.verdict} ${service.fitScore}`,
        files,
      });
    }
  }
  for (const [name, before] of baseServices) {
    if (!headServices.has(name)) {
      const files = limit(
        changed
          .filter((c) => c.status === 'deleted' || c.status === 'renamed')
          .map((c) => c.from ?? c.path)
          .filter((f) => isInside(f, before.path)),
      );
      changes.push({ id: `service.${name}`, from: before.verdict, to: null, files });
    }
  }

  return {
    baseRef,
    base: { verdict: base.verdict, fitScore: base.fitScore, scores: base.scores },
    changes,
  };
}

function strengths(signals: Signal[]): Map<string, number> {
  return new Map(signals.map((s) => [s.id, s.strength]));
}

/** Every id of either map with its value on each side (null where absent), in a stable order. */
function pairs(a: Map<string, number>, b: Map<string, number>): [string, number | null, number | null][] {
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  return ids.map((id) => [id, a.get(id) ?? null, b.get(id) ?? null]);
}

function limit(files: string[]): string[] {
  return files.slice(0, MAX_FILES_PER_CHANGE);
}
