import { BASELINES, EFFECTS, NEUTRAL_SCORE } from '../knowledge/effects.js';
import type { Backend } from '../model/common.js';
import { CRITERIA, type CriterionId, type Signal } from '../model/profile.js';
import type { CriterionScore } from '../model/verdict.js';

const NAMES: Record<Backend, string> = { node: 'Node.js', python: 'Python' };

/**
 * The six criteria from the signals: each starts at NEUTRAL_SCORE for both backends, the
 * article's baselines and each present signal's effects add `points × strength` to the backend
 * they favour; the sum is clamped to 0..100 and rounded. Each addition is one reason line, so
 * the number can be recomputed from the reasons.
 */
export function scoreCriteria(signals: Signal[], weights: Record<CriterionId, number>): CriterionScore[] {
  const byId = new Map(signals.map((s) => [s.id, s]));
  return CRITERIA.map((id) => {
    const raw: Record<Backend, number> = { node: NEUTRAL_SCORE, python: NEUTRAL_SCORE };
    const moves: { points: number; text: string }[] = [];
    for (const b of BASELINES) {
      if (b.criterion !== id) continue;
      raw[b.favours] += b.points;
      moves.push({ points: b.points, text: `article baseline: +${b.points} ${NAMES[b.favours]} (${b.article})` });
    }
    for (const effect of EFFECTS) {
      if (effect.criterion !== id) continue;
      const signal = byId.get(effect.signal);
      if (!signal) continue;
      const backend = effect.favours === 'own' ? signal.ecosystem : effect.favours;
      if (!backend) continue;
      const points = round1(effect.points * signal.strength);
      if (points === 0) continue;
      raw[backend] += points;
      moves.push({
        points,
        text: `${signal.id} ${signal.strength.toFixed(2)}${where(signal)}: +${points} ${NAMES[backend]} (${effect.article})`,
      });
    }
    // the biggest move first: it is the one a table's "why" column shows
    const reasons = moves.sort((a, b) => b.points - a.points).map((m) => m.text);
    const node = clampRound(raw.node);
    const python = clampRound(raw.python);
    if (node !== Math.round(raw.node) || python !== Math.round(raw.python)) reasons.push('capped at 100');
    if (reasons.length === 0) reasons.push('no signal bears on this criterion: both stay at 50');
    return { id, weight: weights[id], node, python, reasons };
  });
}

function where(signal: Signal): string {
  const first = signal.evidence[0];
  if (!first) return '';
  return ` (${first.detail}, ${first.file}${first.line ? `:${first.line}` : ''})`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function clampRound(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}
