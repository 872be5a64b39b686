import { noEvidence } from './evidence.js';
import { JS_LANGUAGES, PYTHON_LANGUAGES } from '../knowledge/languages.js';
import type { Scope } from './scope.js';
import type { Contribution } from './signals.js';
import { round2 } from './strength.js';

/**
 * How much of a service's team share comes from the service itself; the rest comes from the
 * repo, because the people who write a TypeScript frontend next door are the same team.
 */
export const SERVICE_TEAM_WEIGHT = 0.5;

/** Shares of JavaScript/TypeScript and of Python bytes, out of both; empty when a scope has neither. */
export interface TeamShare {
  js?: number;
  python?: number;
}

export function teamShare(scope: Scope): TeamShare {
  const js = scope.bytes(JS_LANGUAGES);
  const python = scope.bytes(PYTHON_LANGUAGES);
  if (js + python === 0) return {};
  return { js: js / (js + python), python: python / (js + python) };
}

/** `SERVICE_TEAM_WEIGHT × service + (1 − SERVICE_TEAM_WEIGHT) × repo`, or whichever exists. */
export function blendTeamShare(service: TeamShare, repo: TeamShare): TeamShare {
  const blend = (a: number | undefined, b: number | undefined) =>
    a === undefined ? b : b === undefined ? a : SERVICE_TEAM_WEIGHT * a + (1 - SERVICE_TEAM_WEIGHT) * b;
  const js = blend(service.js, repo.js);
  const python = blend(service.python, repo.python);
  return { ...(js !== undefined ? { js } : {}), ...(python !== undefined ? { python } : {}) };
}

/** `team-js` and `team-python`, each with its share as strength. */
export function teamSignals(share: TeamShare, where: string): Record<string, Contribution[]> {
  const out: Record<string, Contribution[]> = {};
  const folder = where === '.' ? 'the repo' : `${where} (blended with the repo)`;
  const one = (ecosystem: 'node' | 'python', value: number, language: string): Contribution[] => [
    {
      ecosystem,
      strength: round2(value),
      evidence: {
        ...noEvidence(),
        usage: [
          {
            file: where,
            detail: `${Math.round(value * 100)}% of JavaScript/TypeScript + Python bytes in ${folder} are ${language}`,
          },
        ],
      },
    },
  ];
  if (share.js) out['team-js'] = one('node', share.js, 'JavaScript/TypeScript');
  if (share.python) out['team-python'] = one('python', share.python, 'Python');
  return out;
}
