import { noEvidence } from './evidence.js';
import { JS_LANGUAGES, PYTHON_LANGUAGES } from '../knowledge/languages.js';
import type { Scope } from './scope.js';
import type { Contribution } from './signals.js';
import { round2 } from './strength.js';

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

/** `team-js` and `team-python`, each with its share as strength. */
export function teamSignals(
  share: TeamShare,
  where: string,
  of: 'repo' | 'service' = 'service',
): Record<string, Contribution[]> {
  const out: Record<string, Contribution[]> = {};
  const folder = of === 'repo' ? 'the repo' : 'the code this service runs';
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
