import {
  DEV_DEPENDENCY_FACTOR,
  FILE_SIGNALS,
  SIGNAL_RULES,
  UNDECLARED_IMPORT_BASE_FACTOR,
  type SignalRule,
} from '../knowledge/signals.js';
import type { Backend, Evidence } from '../model/common.js';
import type { Signal } from '../model/profile.js';
import type { Scope } from './scope.js';
import { combine, packageStrength, round2 } from './strength.js';

/** Evidence items kept per signal; the last says how many more there were. */
export const MAX_EVIDENCE = 10;

interface Contribution {
  ecosystem?: Backend;
  strength: number;
  evidence: Evidence[];
}

/** Rules grouped per signal and ecosystem: one strength per group, from its deps and imports. */
const GROUPS = (() => {
  const groups = new Map<string, SignalRule[]>();
  for (const rule of SIGNAL_RULES) {
    const key = groupKey(rule);
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }
  return groups;
})();

function groupKey(rule: SignalRule): string {
  return `${rule.signal}\0${rule.ecosystem}`;
}

/** `${ecosystem}:${module}` -> the rule groups whose imports include it. */
const GROUPS_BY_IMPORT = (() => {
  const index = new Map<string, string[]>();
  for (const rule of SIGNAL_RULES) {
    for (const module of rule.imports ?? rule.packages) {
      const key = `${rule.ecosystem}:${module}`;
      const list = index.get(key) ?? [];
      if (!list.includes(groupKey(rule))) list.push(groupKey(rule));
      index.set(key, list);
    }
  }
  return index;
})();

export function groupsOfImport(ecosystem: Backend, module: string): readonly string[] {
  return GROUPS_BY_IMPORT.get(`${ecosystem}:${module}`) ?? [];
}

function packageContribution(key: string, rules: SignalRule[], scope: Scope): Contribution | undefined {
  const ecosystem = rules[0]!.ecosystem;
  let base = 0;
  const evidence: Evidence[] = [];
  for (const rule of rules) {
    for (const name of rule.packages) {
      const dep = scope.dependencies.get(`${ecosystem}:${name}`);
      if (!dep) continue;
      base = Math.max(base, dep.dev ? rule.base * DEV_DEPENDENCY_FACTOR : rule.base);
      evidence.push({
        file: dep.file,
        ...(dep.line ? { line: dep.line } : {}),
        detail: `${dep.name}${dep.version ? ` ${dep.version}` : ''}${dep.dev ? ' (dev)' : ''}`,
      });
    }
  }
  const hits = scope.importHits.get(key);
  if (hits && base === 0) base = Math.max(...rules.map((r) => r.base)) * UNDECLARED_IMPORT_BASE_FACTOR;
  if (base === 0) return undefined;
  const strength = packageStrength(base, hits?.files ?? 0, scope.codeFiles);
  // declared dependencies first, then how much of the code uses them, then the importing files
  if (hits) {
    evidence.push({ file: hits.examples[0]!.file, detail: `${hits.files} of ${scope.codeFiles} code files import it` });
    evidence.push(...hits.examples);
  }
  return { ecosystem, strength, evidence };
}

/** Signals of one scope (a service or the whole repo), strongest first. */
export function deriveSignals(scope: Scope, extra: Record<string, Contribution[]> = {}): Signal[] {
  const contributions = new Map<string, Contribution[]>();
  const add = (id: string, c: Contribution | undefined) => {
    if (c && c.strength > 0) contributions.set(id, [...(contributions.get(id) ?? []), c]);
  };
  for (const [key, rules] of GROUPS) add(rules[0]!.signal, packageContribution(key, rules, scope));

  if (scope.notebooks.length > 0) {
    const n = scope.notebooks.length;
    const strength =
      FILE_SIGNALS.notebookBase + (1 - FILE_SIGNALS.notebookBase) * Math.min(1, n / FILE_SIGNALS.notebooksForFullData);
    add('data', {
      ecosystem: 'python',
      strength,
      evidence: [{ file: scope.notebooks[0]!.file, detail: `${n} notebook${n === 1 ? '' : 's'}` }, ...scope.notebooks],
    });
  }
  for (const lock of scope.lockfiles)
    add('security', { ecosystem: lock.ecosystem, strength: FILE_SIGNALS.lockfileStrength, evidence: [lock.evidence] });
  if (scope.scaleOut.length > 0) {
    add('scale-out', {
      strength: combine(...scope.scaleOut.map(() => FILE_SIGNALS.scaleOutPerItem)),
      evidence: scope.scaleOut,
    });
  }
  for (const [id, list] of Object.entries(extra)) for (const c of list) add(id, c);

  const signals: Signal[] = [];
  for (const [id, list] of contributions) {
    const strength = round2(combine(...list.map((c) => c.strength)));
    if (strength <= 0) continue;
    const ecosystem = dominantEcosystem(list);
    signals.push({
      id,
      strength,
      evidence: capEvidence(list.flatMap((c) => c.evidence)),
      ...(ecosystem ? { ecosystem } : {}),
    });
  }
  return signals.sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
}

function dominantEcosystem(list: Contribution[]): Backend | undefined {
  const by: Record<Backend, number> = { node: 0, python: 0 };
  for (const c of list) if (c.ecosystem) by[c.ecosystem] = Math.max(by[c.ecosystem], c.strength);
  if (by.node === 0 && by.python === 0) return undefined;
  return by.node >= by.python ? 'node' : 'python';
}

function capEvidence(all: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const unique = all.filter((e) => {
    const key = `${e.file}\0${e.line ?? ''}\0${e.detail}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (unique.length <= MAX_EVIDENCE) return unique;
  const kept = unique.slice(0, MAX_EVIDENCE - 1);
  const rest = unique.length - kept.length;
  return [...kept, { file: unique[MAX_EVIDENCE - 1]!.file, detail: `and ${rest} more` }];
}

export type { Contribution };
