import { BACKEND_DISPLAY } from '../knowledge/backends.js';
import { pullsTowards } from '../knowledge/effects.js';
import { serviceLabel } from '../policy/wording.js';
import type { Report } from '../model/report.js';

/** GitHub shows at most 10 warning annotations per step. */
export const MAX_ANNOTATIONS = 10;

export interface Annotation {
  message: string;
  file: string;
  line?: number;
  title: string;
}

/**
 * Warnings on the evidence behind each review or mismatch: the strongest signals that pull
 * towards the recommended backend, first. None when everything fits.
 */
export function annotationsFor(report: Report): Annotation[] {
  const out: Annotation[] = [];
  for (const service of report.services) {
    if (service.verdict !== 'review' && service.verdict !== 'mismatch') continue;
    if (service.waiver?.active) continue;
    const target = service.recommended;
    if (target !== 'node' && target !== 'python') continue;
    const pulling = service.signals.filter((s) => pullsTowards(s, target));
    for (const signal of pulling) {
      // evidence with a line first: an annotation on a line is one a reviewer can act on
      const located = signal.evidence.filter((ev) => ev.line !== undefined);
      for (const e of located.slice(0, 3)) {
        out.push({
          file: e.file,
          ...(e.line ? { line: e.line } : {}),
          title: `backend-fit: ${service.verdict} in ${serviceLabel(service.path, report.root, service.kind, report.services)}`,
          message: `${signal.id} (${signal.strength.toFixed(2)}) pulls towards ${BACKEND_DISPLAY[target]}: ${e.detail}`,
        });
      }
    }
  }
  return out.slice(0, MAX_ANNOTATIONS);
}
