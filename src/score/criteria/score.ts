import { BACKEND_DISPLAY } from '../../knowledge/backends.js';
import { NEUTRAL_SCORE } from '../../knowledge/effects.js';
import { citationText } from '../../knowledge/guide.js';
import type { Backend } from '../../model/common.js';
import type { Signal } from '../../model/profile.js';
import type { CriterionScore, Move } from '../../model/verdict.js';
import type { CriterionModel } from './model.js';

const NAMES = BACKEND_DISPLAY;

/**
 * One criterion from the signals: both backends start at NEUTRAL_SCORE, the criterion's
 * baselines and each present signal's effects add `points × strength` (rounded to 0.1) to the
 * backend they favour; each sum is clamped to 0..100 and rounded. Every addition is one reason
 * line citing the guide's sentence (or `own reading`), so the numbers can be recomputed from the
 * reasons. Zero-point effects (security practices) are listed as hygiene of the side that has
 * them, after the moves.
 */
export function scoreCriterion(model: CriterionModel, signals: Signal[], weight: number): CriterionScore {
  const byId = new Map(signals.map((s) => [s.id, s]));
  const raw: Record<Backend, number> = { node: NEUTRAL_SCORE, python: NEUTRAL_SCORE };
  const moves: { move: Move; text: string }[] = [];
  const hygiene: string[] = [];
  for (const b of model.baselines) {
    raw[b.favours] += b.points;
    const cites = citationText(b.guide);
    moves.push({
      move: { signal: 'baseline', points: b.points, backend: b.favours, why: b.why, cites },
      text: `guide baseline: +${b.points} ${NAMES[b.favours]}: ${b.why} (${cites})`,
    });
  }
  for (const effect of model.effects) {
    const signal = byId.get(effect.signal);
    if (!signal) continue;
    const backend = effect.favours === 'own' ? signal.ecosystem : effect.favours;
    if (!backend) continue;
    const cited = `${effect.why} (${citationText(effect.guide)})`;
    if (effect.points === 0) {
      hygiene.push(
        `${signal.id} ${signal.strength.toFixed(2)}${where(signal)}: hygiene on ${NAMES[backend]}, +0: ${cited}`,
      );
      continue;
    }
    const points = round1(effect.points * signal.strength);
    if (points === 0) continue;
    raw[backend] += points;
    moves.push({
      move: {
        signal: signal.id,
        strength: signal.strength,
        points,
        backend,
        why: effect.why,
        cites: citationText(effect.guide),
      },
      text: `${signal.id} ${signal.strength.toFixed(2)}${where(signal)}: +${points} ${NAMES[backend]}: ${cited}`,
    });
  }
  // the biggest move first: it is the one a table's "why" column shows
  moves.sort((a, b) => b.move.points - a.move.points);
  const reasons = [...moves.map((m) => m.text), ...hygiene];
  const node = clampRound(raw.node);
  const python = clampRound(raw.python);
  if (node !== Math.round(raw.node) || python !== Math.round(raw.python)) reasons.push('capped at 100');
  // the sentence agrees with the lines after it: hygiene lists practices, which move nothing
  const seen = hygiene.length > 0 ? `, ${hygiene.length} practice${hygiene.length === 1 ? '' : 's'} seen at +0` : '';
  if (moves.length === 0) reasons.unshift(`no signal moves this criterion${seen}: both stay at ${NEUTRAL_SCORE}`);
  return { id: model.id, weight, node, python, reasons, moves: moves.map((m) => m.move) };
}

/**
 * Where a signal comes from, in a few words: its first piece of evidence (a declared dependency
 * where there is one) and how much of the code imports it, with an example file.
 */
function where(signal: Signal): string {
  const first = signal.evidence[0];
  if (!first) return '';
  const usageItem = signal.evidence.find((e) => e.usage);
  const usage = usageItem?.usage ? `${usageItem.detail}, e.g. ${usageItem.usage.example}` : '';
  if (first === usageItem) return ` (${usage})`;
  // a folder the detail already names (team shares) is not repeated
  const place = first.file === '.' || first.detail.includes(first.file) ? '' : `, ${first.file}`;
  const declared = `${first.detail}${place}${place && first.line ? `:${first.line}` : ''}`;
  return ` (${declared}${usage ? `; ${usage}` : ''})`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function clampRound(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}
