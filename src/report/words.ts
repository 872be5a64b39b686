import { BACKEND_DISPLAY } from '../knowledge/backends.js';
import type { Current, Recommended, VerdictKind } from '../model/verdict.js';

/** How the report names things for people. */
export const BACKEND_NAMES: Record<Current | Recommended, string> = {
  ...BACKEND_DISPLAY,
  both: 'Node.js and Python',
  none: 'no backend',
  either: 'either',
};

export const VERDICT_EMOJI: Record<VerdictKind, string> = { fits: '✅', review: '⚠️', mismatch: '❌', unknown: '❔' };
export const VERDICT_SYMBOL: Record<VerdictKind, string> = { fits: '✔', review: '!', mismatch: '✖', unknown: '?' };

export const CRITERION_NAMES: Record<string, string> = {
  performance: 'Performance',
  scalability: 'Scalability',
  'use-case': 'Use case',
  'team-skills': 'Team skills',
  ecosystem: 'Ecosystem',
  security: 'Security',
};

/** One sentence for the verdict, shared by the text and Markdown renderers (plain text: the caller escapes). */
export function verdictSentence(r: {
  verdict: VerdictKind;
  current: Current;
  recommended: Recommended;
  fitScore: number;
  gap: number;
  scores: { node: number; python: number };
}): string {
  const scores = `Node.js ${r.scores.node} · Python ${r.scores.python}`;
  if (r.verdict === 'unknown') {
    const lean =
      r.recommended === 'either' ? 'neither backend leads' : `${BACKEND_NAMES[r.recommended]} would fit best`;
    return `No Node.js or Python backend found; from the code, ${lean} (${scores}).`;
  }
  const current = BACKEND_NAMES[r.current];
  if (r.verdict === 'fits') return `${current} fits this code (fit ${r.fitScore}; ${scores}).`;
  const other = r.recommended === 'either' ? 'the other backend' : BACKEND_NAMES[r.recommended];
  return `${current} scores ${r.gap} points below ${other} (fit ${r.fitScore}; ${scores}).`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
