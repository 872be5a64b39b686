import {
  DEV_DEPENDENCY_FACTOR,
  FILE_SIGNAL_RULES,
  SIGNAL_RULES,
  UNDECLARED_IMPORT_BASE_FACTOR,
  type FileSignalRule,
  type SignalRule,
} from '../knowledge/signals.js';
import type { Backend, Evidence } from '../model/common.js';
import type { Signal } from '../model/profile.js';
import { mergeEvidence, noEvidence, usageDetail, type EvidenceParts } from './evidence.js';
import type { Scope } from './scope.js';
import { combine, notebookStrength, packageStrength, round2 } from './strength.js';

export { MAX_EVIDENCE } from './evidence.js';

/** One source of a signal in one scope: a rule group's packages, a file rule, the team share... */
export interface Contribution {
  ecosystem?: Backend;
  strength: number;
  evidence: EvidenceParts;
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

/**
 * A rule group's contribution: the strongest declared dependency sets the base (a dev-only one
 * counts DEV_DEPENDENCY_FACTOR of it, unless the rule is dev tooling); with nothing declared,
 * imports alone give UNDECLARED_IMPORT_BASE_FACTOR of the group's highest base. The share of
 * code files importing the group's modules fills the rest (packageStrength).
 */
function packageContribution(key: string, rules: SignalRule[], scope: Scope): Contribution | undefined {
  const ecosystem = rules[0]!.ecosystem;
  let base = 0;
  const declared: Evidence[] = [];
  for (const rule of rules) {
    for (const name of rule.packages) {
      const dep = scope.dependencies.get(`${ecosystem}:${name}`);
      if (!dep) continue;
      base = Math.max(base, dep.dev && !rule.devCounts ? rule.base * DEV_DEPENDENCY_FACTOR : rule.base);
      declared.push({
        file: dep.file,
        ...(dep.line ? { line: dep.line } : {}),
        detail: `${dep.name}${dep.version ? ` ${dep.version}` : ''}${dep.dev ? ' (dev)' : ''}`,
      });
    }
  }
  const hits = scope.importHits.get(key);
  if (hits && base === 0) base = Math.max(...rules.map((r) => r.base)) * UNDECLARED_IMPORT_BASE_FACTOR;
  if (base === 0) return undefined;
  const evidence = { ...noEvidence(), declared };
  if (hits) {
    evidence.usage.push({
      file: hits.examples[0]!.file,
      detail: usageDetail(hits.modules, hits.files, scope.codeFiles),
    });
    evidence.files.push(...hits.examples);
    evidence.unlisted = hits.files - hits.examples.length;
  }
  return { ecosystem, strength: packageStrength(base, hits?.files ?? 0, scope.codeFiles), evidence };
}

/** A file rule's contribution: notebooks grow with their number, other items combine. */
function fileContribution(rule: FileSignalRule, items: Evidence[]): Contribution {
  if (rule.fact.kind === 'notebooks') {
    const n = items.length;
    const first = items.reduce((a, b) => (b.file < a.file ? b : a));
    return {
      ...(rule.ecosystem ? { ecosystem: rule.ecosystem } : {}),
      strength: notebookStrength(n),
      evidence: {
        ...noEvidence(),
        usage: [{ file: first.file, detail: `${n} notebook${n === 1 ? '' : 's'}` }],
        files: items,
      },
    };
  }
  return {
    ...(rule.ecosystem ? { ecosystem: rule.ecosystem } : {}),
    strength: combine(...items.map(() => rule.strength)),
    evidence: { ...noEvidence(), declared: items },
  };
}

/** Signals of one scope (a service or the whole repo), strongest first. */
export function deriveSignals(scope: Scope, extra: Record<string, Contribution[]> = {}): Signal[] {
  const contributions = new Map<string, Contribution[]>();
  const add = (id: string, c: Contribution | undefined) => {
    if (c && c.strength > 0) contributions.set(id, [...(contributions.get(id) ?? []), c]);
  };
  for (const [key, rules] of GROUPS) add(rules[0]!.signal, packageContribution(key, rules, scope));
  for (const [index, items] of scope.fileHits) {
    const rule = FILE_SIGNAL_RULES[index]!;
    add(rule.signal, fileContribution(rule, items));
  }
  for (const [id, list] of Object.entries(extra)) for (const c of list) add(id, c);

  const signals: Signal[] = [];
  for (const [id, list] of contributions) {
    const strength = round2(combine(...list.map((c) => c.strength)));
    if (strength <= 0) continue;
    const ecosystem = dominantEcosystem(list);
    const strongestFirst = [...list].sort((a, b) => b.strength - a.strength);
    signals.push({
      id,
      strength,
      evidence: mergeEvidence(strongestFirst.map((c) => c.evidence)),
      ...(ecosystem ? { ecosystem } : {}),
    });
  }
  return signals.sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
}

/** The ecosystem of the strongest contribution that has one (Node.js on a tie). */
function dominantEcosystem(list: Contribution[]): Backend | undefined {
  const by: Record<Backend, number> = { node: 0, python: 0 };
  for (const c of list) if (c.ecosystem) by[c.ecosystem] = Math.max(by[c.ecosystem], c.strength);
  if (by.node === 0 && by.python === 0) return undefined;
  return by.node >= by.python ? 'node' : 'python';
}
