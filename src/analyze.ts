import type { ServerKnowledge } from './knowledge/servers/derive.js';
import path from 'node:path';
import type { Settings } from './config/index.js';
import { detect, type FileFacts } from './detect/index.js';
import type { Assessment, Report, ServicePlan, ServiceReport } from './model/index.js';
import { applyPolicy, type PolicyOutcome } from './policy/index.js';
import { buildProfile } from './profile/index.js';
import { planServices } from './plan/index.js';
import { assessRepo } from './score/index.js';
import { ReadPool, scan } from './scan/index.js';
import type { ServiceProfile } from './model/profile.js';
import type { ServiceKind } from './model/common.js';
import type { Profile } from './model/profile.js';
import type { ScannedFile, ScanResult } from './model/scan.js';
import { serviceKey, type Facts, type ServiceCatalog, type ServiceFacts } from './model/facts.js';
import { VERSION } from './version.js';
import { compareReports, prepareBase } from './delta/index.js';

export interface AnalyzeOptions {
  /** Folder to scan. */
  root: string;
  settings: Settings;
  /** The policy's clock (waiver expiry); injected so tests need no global mocks. */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Git ref to compare with (delta). */
  baseRef?: string;
  /** Fetch the base with depth 1 when the checkout lacks it (the action's shallow clones). */
  fetchMissingBase?: boolean;
  /** `owner/name` of the scanned repository when known (the action's GITHUB_REPOSITORY): catalog source-location URLs must name it. */
  repository?: string;
  /** Server knowledge derived from another record list (tests of a new record); src/knowledge/servers/ otherwise. */
  servers?: ServerKnowledge;
  /** The built read worker, when there is one: the scan reads on worker threads beside the main one. */
  readWorker?: URL;
  /** Replaces the scan's policy files (catalog descriptors, CODEOWNERS) with the base's: the action's policy-from: base. */
  policyFiles?: (scanned: ScanResult) => Promise<ScanResult>;
}

/** The whole pipeline over one folder: scan -> detect -> profile -> score -> plan -> policy -> report. */
export async function analyze(options: AnalyzeOptions): Promise<Report> {
  const started = performance.now();
  const { settings } = options;
  const timer = stageTimer();
  const readPool = new ReadPool(options.readWorker);
  let scanned: ScanResult;
  try {
    scanned = await scan(options.root, { ignore: settings.ignore, onProgress: options.onProgress, readPool });
  } finally {
    readPool.close();
  }
  if (options.policyFiles) scanned = await options.policyFiles(scanned);
  timer.lap('scan');
  const report = evaluate(options, scanned, timer);
  if (options.baseRef) {
    const base = await prepareBase(options.root, options.baseRef, scanned, {
      ignore: settings.ignore,
      fetchMissing: options.fetchMissingBase,
    });
    if ('problem' in base) report.warnings.push({ message: base.problem });
    else {
      const baseReport = evaluate(options, base.scan, stageTimer());
      report.delta = compareReports(baseReport, report, base.changed, options.baseRef);
    }
    timer.lap('delta');
  }
  report.stats.durationMs = Math.round(performance.now() - started);
  return report;
}

/**
 * The pure part of the pipeline over a scan made elsewhere (history's past commits); the scan
 * keeps its texts. `fileMemo` carries what detect got from each file to the next call.
 */
export function evaluateScan(
  options: AnalyzeOptions,
  scanned: ScanResult,
  fileMemo?: WeakMap<ScannedFile, FileFacts>,
): Report {
  return evaluate(options, scanned, stageTimer(), { keepTexts: true, ...(fileMemo ? { fileMemo } : {}) });
}

/** The pure part of the pipeline, from a scan to the report. */
function evaluate(
  options: AnalyzeOptions,
  scanned: ScanResult,
  timer: ReturnType<typeof stageTimer>,
  reuse: { keepTexts?: boolean; fileMemo?: WeakMap<ScannedFile, FileFacts> } = {},
): Report {
  const { settings } = options;
  const facts = detect(scanned, {
    services: settings.services,
    excludeServices: settings.excludeServices,
    ...(options.repository ? { repository: options.repository } : {}),
    ...(reuse.fileMemo ? { fileMemo: reuse.fileMemo } : {}),
    ...(options.servers ? { servers: options.servers } : {}),
  });
  timer.lap('detect');
  // Only detect reads the texts. Unless a base scan will share these files, they go before the
  // profile is built: at 200,000 files that is 20 MB less held through the later stages.
  if (!options.baseRef && !reuse.keepTexts) forgetTexts(scanned);
  const profile = buildProfile(facts);
  timer.lap('profile');
  const assessed = assessRepo(profile, settings.params);
  timer.lap('score');
  const now = options.now ?? new Date();
  const plans = planServices(profile, assessed.services, facts, now);
  timer.lap('plan');
  const outcome = applyPolicy(
    {
      services: profile.services.map((service) => ({
        ...pick(byKey(assessed.services, service)),
        path: service.path,
        kind: service.kind,
        ...(service.catalog ? { catalog: catalogKeys(service.catalog) } : {}),
      })),
      repoVerdict: assessed.repo.verdict,
      rootName: rootNameOf(options.root),
    },
    settings,
    now,
  );
  timer.lap('policy');
  return assembleReport({
    root: options.root,
    scanned,
    facts,
    profile,
    repo: assessed.repo,
    services: assessed.services,
    plans,
    outcome,
    durationMs: 0,
    stagesMs: timer.laps,
  });
}

function catalogKeys(catalog: ServiceCatalog) {
  const { owner, system, lifecycle } = catalog;
  return { ...(owner ? { owner } : {}), ...(system ? { system } : {}), ...(lifecycle ? { lifecycle } : {}) };
}

/** The result one stage gave for a service, found by its folder, backend and kind. */
function byKey<T extends { path?: string; current: string; kind?: ServiceKind }>(
  list: readonly T[],
  service: ServiceProfile,
): T {
  const key = serviceKey(service);
  const found = list.find(
    (item) => serviceKey({ path: item.path ?? '', current: item.current, kind: item.kind ?? 'http' }) === key,
  );
  if (!found) throw new Error(`no result for service ${key}`);
  return found;
}

function pick(a: Assessment) {
  return { current: a.current, verdict: a.verdict, gap: a.gap, fitScore: a.fitScore, recommended: a.recommended };
}

interface ReportParts {
  root: string;
  scanned: ScanResult;
  facts: Facts;
  profile: Profile;
  repo: Assessment;
  services: Assessment[];
  /** By service key (folder and backend); none where the verdict needs none. */
  plans?: Map<string, ServicePlan>;
  outcome: PolicyOutcome;
  durationMs: number;
  stagesMs: Record<string, number>;
}

/** Puts the stages' results into the report shape of BRIEF (pure). */
export function assembleReport(parts: ReportParts): Report {
  const { profile, repo, outcome } = parts;
  const services = profile.services.map((service) =>
    serviceReport(
      service,
      byKey(parts.facts.services, service),
      byKey(parts.services, service),
      outcome,
      parts.plans?.get(serviceKey(service)),
    ),
  );
  return {
    schemaVersion: 1,
    tool: { name: 'backend-fit', version: VERSION },
    root: rootNameOf(parts.root),
    verdict: repo.verdict,
    current: repo.current,
    recommended: repo.recommended,
    fitScore: repo.fitScore,
    gap: repo.gap,
    scores: repo.scores,
    criteria: repo.criteria,
    signals: profile.signals,
    services,
    notServices: parts.facts.notServices,
    components: profile.components,
    languages: profile.languages,
    policy: outcome.policy,
    warnings: [...parts.scanned.warnings, ...parts.facts.warnings, ...outcome.warnings],
    stats: {
      files: parts.scanned.stats.files,
      bytesRead: parts.scanned.stats.bytesRead,
      durationMs: parts.durationMs,
      stagesMs: parts.stagesMs,
    },
  };
}

function serviceReport(
  service: ServiceProfile,
  facts: ServiceFacts,
  a: Assessment,
  outcome: PolicyOutcome,
  plan: ServicePlan | undefined,
): ServiceReport {
  const policy = outcome.services[service.path];
  const catalog = service.catalog;
  return {
    path: service.path,
    ...(catalog?.name ? { name: catalog.name } : {}),
    ...(catalog?.owner ? { owner: catalog.owner } : {}),
    ...(catalog?.system ? { system: catalog.system } : {}),
    ...(catalog?.lifecycle ? { lifecycle: catalog.lifecycle } : {}),
    ...(catalog?.evidence.length ? { ownership: catalog.evidence } : {}),
    current: a.current,
    kind: service.kind,
    frameworks: service.frameworks,
    verdict: a.verdict,
    fitScore: a.fitScore,
    gap: a.gap,
    scores: a.scores,
    recommended: a.recommended,
    criteria: a.criteria,
    signals: service.signals,
    evidence: { server: facts.evidence, entry: facts.entry, ...(facts.declared ? { declared: true } : {}) },
    ...(policy?.expected ? { expected: policy.expected } : {}),
    ...(policy?.failOn ? { failOn: policy.failOn } : {}),
    ...(policy?.waiver ? { waiver: policy.waiver } : {}),
    ...(plan ? { plan } : {}),
  };
}

function forgetTexts(scanned: ScanResult): void {
  for (const file of scanned.files) {
    // assigned, not deleted: a deleted property turns 200,000 small objects into dictionaries
    file.text = undefined;
    file.codeLines = undefined;
  }
}

function stageTimer() {
  let last = performance.now();
  const laps: Record<string, number> = {};
  return {
    laps,
    lap(stage: string) {
      const now = performance.now();
      laps[stage] = Math.round(now - last);
      last = now;
    },
  };
}

/** The scanned folder's name: the report's `root`, and the name of its root service in every line. */
function rootNameOf(root: string): string {
  return path.basename(path.resolve(root));
}
