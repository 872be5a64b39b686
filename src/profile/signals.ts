import {
  DEV_DEPENDENCY_FACTOR,
  FILE_SIGNAL_RULES,
  SIGNAL_RULES,
  ceilingOf,
  modulesOf,
  ownSideOnly,
  type FileSignalRule,
  type SignalRule,
} from '../knowledge/signals.js';
import type { Backend, Evidence } from '../model/common.js';
import type { Signal } from '../model/profile.js';
import { mergeEvidence, noEvidence, usageEvidence, type EvidenceParts } from './evidence.js';
import { unreachable, type HandlerHits, type Scope } from './scope.js';
import { centrality, combine, notebookStrength, packageStrength, round2 } from './strength.js';

export { MAX_EVIDENCE } from './evidence.js';

/** One source of a signal in one scope: a rule group's packages, a file rule, the team share... */
export interface Contribution {
  ecosystem?: Backend;
  strength: number;
  evidence: EvidenceParts;
}

/**
 * One group per package source of a signal record: one strength per group, from its deps and
 * imports, so each source keeps its own base and ceiling (server-sent events stay lighter than
 * WebSockets in the same ecosystem).
 */
const GROUPS = new Map<string, SignalRule[]>(SIGNAL_RULES.map((rule, i) => [groupKey(rule, i), [rule]]));

function groupKey(rule: SignalRule, index: number): string {
  return `${rule.signal}\0${rule.ecosystem}\0${index}`;
}

/**
 * Per group, its rules' packages with the key each has among a scope's dependencies, in rule and
 * package order: made once, not for every package of every group of every scope at each
 * evaluation (a history evaluates twelve commits).
 */
const GROUP_PACKAGES = new Map<string, readonly { rule: SignalRule; key: string }[]>(
  [...GROUPS].map(([key, rules]) => [
    key,
    rules.flatMap((rule) => rule.packages.map((name) => ({ rule, key: `${rules[0]!.ecosystem}:${name}` }))),
  ]),
);

/** Per ecosystem, module -> the rule groups whose imports include it (asked once per import: no key string built). */
const GROUPS_BY_IMPORT = (() => {
  const index: Record<Backend, Map<string, string[]>> = { node: new Map(), python: new Map() };
  SIGNAL_RULES.forEach((rule, i) => {
    for (const module of modulesOf(rule)) {
      const list = index[rule.ecosystem].get(module) ?? [];
      if (!list.includes(groupKey(rule, i))) list.push(groupKey(rule, i));
      index[rule.ecosystem].set(module, list);
    }
  });
  return index;
})();

export function groupsOfImport(ecosystem: Backend, module: string): readonly string[] {
  return GROUPS_BY_IMPORT[ecosystem].get(module) ?? [];
}

/** A rule group whose work counts only where the service's server code does it (PackageSource.serverWork). */
export function serverWorkOnly(group: string): boolean {
  return GROUPS.get(group)!.some((rule) => rule.serverWork);
}

/**
 * A rule group's contribution: what the service does, not how many files do it. Imported by
 * the scope's runtime code, the group is at its highest ceiling; declared but never imported,
 * at the strongest declared dependency's base (a dev-only one counts DEV_DEPENDENCY_FACTOR of
 * it, unless the rule is dev tooling).
 */
function packageContribution(key: string, rules: SignalRule[], scope: Scope): Contribution | undefined {
  const ecosystem = rules[0]!.ecosystem;
  let base = 0;
  const declared: Evidence[] = [];
  for (const { rule, key: depKey } of GROUP_PACKAGES.get(key)!) {
    const dep = scope.dependencies.get(depKey);
    if (!dep) continue;
    base = Math.max(base, dep.dev && !rule.devCounts ? rule.base * DEV_DEPENDENCY_FACTOR : rule.base);
    declared.push({
      file: dep.file,
      ...(dep.line ? { line: dep.line } : {}),
      detail: `${dep.name}${dep.version ? ` ${dep.version}` : ''}${dep.dev ? ' (dev)' : ''}`,
      kind: 'declared',
    });
  }
  const hits = scope.importHits.get(key);
  if (!hits && base === 0) return undefined;
  // declared for code that runs in the user's browser, which alone imports it: the page's work, not the service's
  if (!hits && scope.browserImports.has(key)) return undefined;
  const evidence = { ...noEvidence(), declared };
  let central = 0;
  if (hits) {
    const reach = scope.reachOf(hits, ecosystem);
    central = round2(centrality(reach));
    const example = hits.examples[0]!.file;
    evidence.usage.push(
      usageEvidence({
        modules: hits.modules,
        files: hits.files,
        codeFiles: reach.codeFiles,
        example,
        centrality: central,
        ...(reach.entry ? { entry: true } : {}),
      }),
    );
    evidence.files.push(...hits.examples.map((e) => ({ ...e, kind: 'file' as const })));
    evidence.unlisted = hits.files - hits.examples.length;
  }
  const ceiling = Math.max(...rules.map(ceilingOf));
  return { ecosystem, strength: packageStrength(base, ceiling, central), evidence };
}

/**
 * A framework's own API for a kind of work (WebSocket and SSE handlers): as central as the
 * share of the service's handlers (its routes and these) written with it, the same rule as for
 * the code that imports a library.
 */
function handlerContribution(hits: HandlerHits, scope: Scope): Contribution {
  const lines = hits.lines.size;
  const total = Math.max(lines, scope.handlers[hits.ecosystem].size);
  const central = round2(centrality({ files: lines, bytes: 0, codeFiles: total, codeBytes: 0, entry: false }));
  const first = hits.examples[0]!;
  return {
    ecosystem: hits.ecosystem,
    strength: hits.ceiling * central,
    evidence: {
      ...noEvidence(),
      usage: [
        {
          file: first.file,
          line: first.line!,
          detail: `${lines} of ${total} route handlers use the framework's own real-time API`,
          kind: 'usage',
        },
      ],
      files: hits.examples.map((e) => ({ ...e, kind: 'file' as const })),
      unlisted: lines - hits.examples.length,
    },
  };
}

/**
 * A file rule's contribution: notebooks count once, other items combine. An item without an
 * ecosystem of its own (a Kubernetes autoscaler) belongs to `owner`, the backend of the service
 * it deploys, so it can never count for the other backend.
 */
function fileContribution(rule: FileSignalRule, items: Evidence[], owner: Backend | undefined): Contribution {
  const ecosystem = rule.ecosystem ?? owner;
  const side = ecosystem ? { ecosystem } : {};
  const settings = (): Contribution => ({
    ...side,
    strength: combine(...items.map(() => rule.strength)),
    evidence: { ...noEvidence(), declared: items.map((e) => ({ ...e, kind: 'setting' as const })) },
  });
  const fact = rule.fact;
  switch (fact.kind) {
    case 'notebooks': {
      const n = items.length;
      const first = items.reduce((a, b) => (b.file < a.file ? b : a));
      return {
        ...side,
        strength: notebookStrength(n),
        evidence: {
          ...noEvidence(),
          usage: [{ file: first.file, detail: `${n} notebook${n === 1 ? '' : 's'}`, kind: 'file' }],
          files: items.map((e) => ({ ...e, kind: 'file' as const })),
        },
      };
    }
    case 'manifest':
    case 'scale-setting':
    case 'command':
      return settings();
    default:
      return unreachable(fact);
  }
}

/**
 * Signals of one scope (a service or the whole repo), strongest first. `owner` is the service's
 * backend: deployment facts without an ecosystem of their own belong to it, and signals that
 * only show a backend handling something (ownSideOnly) take only its evidence.
 */
export function deriveSignals(scope: Scope, extra: Record<string, Contribution[]> = {}, owner?: Backend): Signal[] {
  const contributions = new Map<string, Contribution[]>();
  const add = (id: string, c: Contribution | undefined) => {
    if (c && c.strength > 0) contributions.set(id, [...(contributions.get(id) ?? []), c]);
  };
  for (const [key, rules] of GROUPS) add(rules[0]!.signal, packageContribution(key, rules, scope));
  for (const hits of scope.handlerHits.values()) add(hits.signal, handlerContribution(hits, scope));
  for (const [index, items] of scope.fileHits) {
    const rule = FILE_SIGNAL_RULES[index]!;
    add(rule.signal, fileContribution(rule, items, owner));
  }
  for (const [id, list] of Object.entries(extra)) for (const c of list) add(id, c);

  const signals: Signal[] = [];
  for (const [id, all] of contributions) {
    // A signal speaks for one ecosystem: the other side's contributions are left out, so a
    // Node.js SSE helper never adds to a Python service's WebSockets, nor is their evidence.
    const mine = owner && ownSideOnly(id) ? all.filter((c) => !c.ecosystem || c.ecosystem === owner) : all;
    const ecosystem = dominantEcosystem(mine);
    const list = mine.filter((c) => !c.ecosystem || c.ecosystem === ecosystem);
    const strength = round2(combine(...list.map((c) => c.strength)));
    if (strength <= 0) continue;
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
