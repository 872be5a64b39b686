import { BACKEND_DISPLAY } from '../knowledge/backends.js';
import type { ServiceKind } from '../model/common.js';
import type { Current, Recommended, VerdictKind } from '../model/verdict.js';

/** How the report names things for people. */
export const BACKEND_NAMES: Record<Current | Recommended, string> = {
  ...BACKEND_DISPLAY,
  both: 'Node.js and Python',
  none: 'no backend',
  either: 'either',
};

/**
 * A service's kind as it follows its backend (`Python worker`, `Node.js function`); nothing for
 * the common case, a service that serves requests.
 */
export const KIND_SUFFIX: Record<ServiceKind, string> = { http: '', worker: ' worker', function: ' function' };

export const VERDICT_EMOJI: Record<VerdictKind, string> = { fits: '✅', review: '⚠️', mismatch: '❌', unknown: '❔' };
export const VERDICT_SYMBOL: Record<VerdictKind, string> = { fits: '✔', review: '!', mismatch: '✖', unknown: '?' };

/** A verdict as a count reads: `2 fit, 1 review, 1 mismatch`. */
const VERDICT_COUNTED: Record<VerdictKind, string> = {
  fits: 'fit',
  review: 'review',
  mismatch: 'mismatch',
  unknown: 'unknown',
};

export const CRITERION_NAMES: Record<string, string> = {
  performance: 'Performance',
  scalability: 'Scalability',
  'use-case': 'Use case',
  'team-skills': 'Team skills',
  ecosystem: 'Ecosystem',
  security: 'Security',
};

interface Verdictish {
  verdict: VerdictKind;
  current: Current;
  recommended: Recommended;
  fitScore: number;
  gap: number;
  scores: { node: number; python: number };
}

/**
 * One sentence for a verdict, shared by the text and Markdown renderers (plain text: the caller
 * escapes). It reads naturally for every `current`: one backend, `both` (services on each; the
 * numbers are the deciding service's) and `none`.
 */
export function verdictSentence(r: Verdictish): string {
  const scores = `Node.js ${r.scores.node} · Python ${r.scores.python}`;
  const other = r.recommended === 'either' ? 'the other backend' : BACKEND_NAMES[r.recommended];
  if (r.verdict === 'unknown' || r.current === 'none') {
    const lean =
      r.recommended === 'either' ? 'neither backend leads' : `${BACKEND_NAMES[r.recommended]} would fit best`;
    return r.current === 'both'
      ? `Node.js and Python are both in use, and no service could be scored (${scores}).`
      : `No Node.js or Python backend found; from the code, ${lean} (${scores}).`;
  }
  if (r.current === 'both') {
    if (r.verdict === 'fits') return `Every service's backend fits its code (worst fit ${r.fitScore}; ${scores}).`;
    return `One service's backend scores ${r.gap} points below ${other} (fit ${r.fitScore}; ${scores}).`;
  }
  const current = BACKEND_NAMES[r.current];
  if (r.verdict === 'fits') return `${current} fits this code (fit ${r.fitScore}; ${scores}).`;
  return `${current} scores ${r.gap} points below ${other} (fit ${r.fitScore}; ${scores}).`;
}

/** `3 services: 2 fit, 1 review`, worst last so the count reads as a summary. */
export function serviceCounts(services: { verdict: VerdictKind }[]): string {
  const order: VerdictKind[] = ['fits', 'review', 'mismatch', 'unknown'];
  const counts = order
    .map((v) => [v, services.filter((s) => s.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${VERDICT_COUNTED[v]}`);
  return `${services.length} service${services.length === 1 ? '' : 's'}: ${counts.join(', ')}`;
}

/** The policy outcome in one line: `Policy failed: …` / `Policy passed: …`, fail-on said once. */
export function policySentence(p: { failOn: string; failed: boolean; reasons: string[] }, max = 3): string {
  const reasons = p.reasons.slice(0, max).map((r) => r.replace(/^passed: /, ''));
  const more = p.reasons.length > max ? `; and ${p.reasons.length - max} more` : '';
  const saysFailOn = reasons.some((r) => r.includes('fail-on'));
  const head = `Policy ${p.failed ? 'failed' : 'passed'}${saysFailOn ? '' : ` (fail-on: ${p.failOn})`}`;
  return reasons.length ? `${head}: ${reasons.join('; ')}${more}` : head;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
