import type { Facts, ServiceFacts } from '../model/facts.js';
import type { Profile, ServiceProfile } from '../model/profile.js';
import { serviceLocator } from './attribution.js';
import { noEvidence } from './evidence.js';
import { Scope } from './scope.js';
import { deriveSignals, groupsOfImport, type Contribution } from './signals.js';
import { blendTeamShare, teamShare, teamSignals } from './team.js';

export { MAX_EVIDENCE, MAX_USAGE_MODULES, mergeEvidence, parseUsage, usageDetail } from './evidence.js';
export { MAX_IMPORT_EXAMPLES } from './scope.js';
export { SERVICE_TEAM_WEIGHT } from './team.js';
export { combine, notebookStrength, packageStrength } from './strength.js';

/** Framework evidence items a service's `web-framework` and `django` signals carry. */
export const MAX_FRAMEWORK_EVIDENCE = 3;

/**
 * Facts -> signals, per service and for the repo. Pure.
 *
 * Every manifest, import and source file belongs to the repo and to the nearest enclosing
 * service folder (a nested service takes its files away from the outer one); files outside
 * every service belong to the repo only. Signals are derived per scope (see signals.ts for the
 * strength formulas). A service's team share blends its own bytes with the repo's (team.ts).
 * A service also carries `web-framework` (the framework in use, strength 1, of its backend) and,
 * for Django, `django`: the article's example of out-of-the-box security.
 */
export function buildProfile(facts: Facts): Profile {
  const repo = new Scope();
  const scopes = facts.services.map(() => new Scope());
  const locate = serviceLocator(facts.services);
  const each = (path: string, fn: (scope: Scope) => void) => {
    fn(repo);
    for (const i of locate(path)) fn(scopes[i]!);
  };
  for (const m of facts.manifests) each(m.file, (s) => s.addManifest(m));
  for (const i of facts.imports) {
    for (const group of groupsOfImport(i.ecosystem, i.module))
      each(i.file, (s) => s.addImport(group, i.module, i.file, i.line));
  }
  for (const f of facts.sources) each(f.path, (s) => s.addSource(f.path, f.language, f.size));

  const repoShare = teamShare(repo);
  const services: ServiceProfile[] = facts.services.map((service, i) => {
    const scope = scopes[i]!;
    const share = blendTeamShare(teamShare(scope), repoShare);
    return {
      path: service.path,
      current: service.current,
      frameworks: service.frameworks,
      languages: scope.languages,
      signals: deriveSignals(scope, { ...teamSignals(share, service.path), ...frameworkSignals(service) }),
      ...(service.catalog ? { catalog: service.catalog } : {}),
    };
  });
  return {
    signals: deriveSignals(repo, teamSignals(repoShare, '.')),
    services,
    languages: facts.languages,
  };
}

function frameworkSignals(service: ServiceFacts): Record<string, Contribution[]> {
  const out: Record<string, Contribution[]> = {};
  const declared = (pick: (detail: string) => boolean, fallback: string) => {
    const found = service.evidence.filter((e) => pick(e.detail)).slice(0, MAX_FRAMEWORK_EVIDENCE);
    return { ...noEvidence(), declared: found.length ? found : [{ file: service.path, detail: fallback }] };
  };
  if (service.frameworks.length > 0) {
    out['web-framework'] = [
      { ecosystem: service.current, strength: 1, evidence: declared(() => true, service.frameworks.join(', ')) },
    ];
  }
  if (service.frameworks.includes('Django')) {
    out.django = [{ ecosystem: 'python', strength: 1, evidence: declared((d) => /django/i.test(d), 'Django') }];
  }
  return out;
}
