import { LOCKFILE_KINDS } from '../knowledge/signals.js';
import type { Facts, ServiceFacts } from '../model/facts.js';
import type { Profile, ServiceProfile, Signal } from '../model/profile.js';
import { serviceLocator } from './attribution.js';
import { JS_LANGUAGES, PYTHON_LANGUAGES, Scope } from './scope.js';
import { deriveSignals, groupsOfImport, type Contribution } from './signals.js';
import { round2 } from './strength.js';

export { MAX_EVIDENCE } from './signals.js';

/** How much of a service's team share comes from the service itself; the rest from the repo (a TypeScript frontend next door is the same team). */
export const SERVICE_TEAM_WEIGHT = 0.5;
const SCALE_OUT_KINDS = new Set(['kubernetes', 'serverless']);

/**
 * Facts -> signals, per service and for the repo. Every file, import and manifest belongs to the
 * nearest enclosing service folder (and to the repo); signals are derived per scope. Pure.
 */
export function buildProfile(facts: Facts): Profile {
  const repo = new Scope();
  const scopes = facts.services.map(() => new Scope());
  const locate = serviceLocator(facts.services);
  const each = (path: string, fn: (scope: Scope) => void) => {
    fn(repo);
    for (const i of locate(path)) fn(scopes[i]!);
  };
  for (const m of facts.manifests) {
    each(m.file, (s) => s.addManifest(m, LOCKFILE_KINDS[m.kind], SCALE_OUT_KINDS.has(m.kind)));
  }
  for (const i of facts.imports) {
    for (const group of groupsOfImport(i.ecosystem, i.module))
      each(i.file, (s) => s.addImport(group, i.module, i.file, i.line));
  }
  for (const f of facts.sources) each(f.path, (s) => s.addSource(f.path, f.language, f.size));

  const repoShare = teamShare(repo);
  const services: ServiceProfile[] = facts.services.map((service, i) => {
    const scope = scopes[i]!;
    const own = teamShare(scope);
    const blend = (a: number | undefined, b: number | undefined) =>
      a === undefined ? b : b === undefined ? a : SERVICE_TEAM_WEIGHT * a + (1 - SERVICE_TEAM_WEIGHT) * b;
    const share = { js: blend(own.js, repoShare.js), python: blend(own.python, repoShare.python) };
    return {
      path: service.path,
      current: service.current,
      frameworks: service.frameworks,
      languages: scope.languages,
      signals: deriveSignals(scope, { ...teamSignals(share, service.path), ...frameworkSignals(service) }),
    };
  });
  return {
    signals: deriveSignals(repo, teamSignals(repoShare, '.')),
    services,
    languages: facts.languages,
  };
}

function teamShare(scope: Scope): { js?: number; python?: number } {
  const js = scope.bytes(JS_LANGUAGES);
  const python = scope.bytes(PYTHON_LANGUAGES);
  if (js + python === 0) return {};
  return { js: js / (js + python), python: python / (js + python) };
}

function teamSignals(share: { js?: number; python?: number }, where: string): Record<string, Contribution[]> {
  const out: Record<string, Contribution[]> = {};
  const folder = where === '.' ? 'the repo' : `${where} (blended with the repo)`;
  if (share.js)
    out['team-js'] = [
      {
        ecosystem: 'node',
        strength: round2(share.js),
        evidence: [
          {
            file: where,
            detail: `${Math.round(share.js * 100)}% of JavaScript/TypeScript + Python bytes in ${folder} are JavaScript/TypeScript`,
          },
        ],
      },
    ];
  if (share.python)
    out['team-python'] = [
      {
        ecosystem: 'python',
        strength: round2(share.python),
        evidence: [
          {
            file: where,
            detail: `${Math.round(share.python * 100)}% of JavaScript/TypeScript + Python bytes in ${folder} are Python`,
          },
        ],
      },
    ];
  return out;
}

function frameworkSignals(service: ServiceFacts): Record<string, Contribution[]> {
  const out: Record<string, Contribution[]> = {};
  if (service.frameworks.length > 0) {
    out['web-framework'] = [
      {
        ecosystem: service.current,
        strength: 1,
        evidence: service.evidence.length
          ? service.evidence.slice(0, 3)
          : [{ file: service.path, detail: service.frameworks.join(', ') }],
      },
    ];
  }
  if (service.frameworks.includes('Django')) {
    const evidence = service.evidence.filter((e) => /django/i.test(e.detail)).slice(0, 3);
    out.django = [
      {
        ecosystem: 'python',
        strength: 1,
        evidence: evidence.length ? evidence : [{ file: service.path, detail: 'Django' }],
      },
    ];
  }
  return out;
}

export type { Signal };
