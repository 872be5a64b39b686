import type { Evidence, ServiceKind, Warning } from './common.js';
import type { NotService } from './facts.js';
import type { ServicePlan } from './plan.js';
import type { Component, Signal } from './profile.js';
import type { Assessment, CriterionScore, Current, Recommended, Scores, VerdictKind } from './verdict.js';

export type FailOn = 'mismatch' | 'review' | 'never';

export interface ServiceReport {
  path: string;
  /** From the service's Backstage descriptor (`metadata.name`, `spec.system`, `spec.lifecycle`). */
  name?: string;
  /** The descriptor's `spec.owner`, else the CODEOWNERS owners of the folder (space-separated). */
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** Where name, owner, system and lifecycle were read: descriptor entity, CODEOWNERS rule. */
  ownership?: Evidence[];
  current: Current;
  /** What it serves: requests, messages (a worker) or a function platform's calls. */
  kind: ServiceKind;
  frameworks: string[];
  verdict: VerdictKind;
  fitScore: number;
  gap: number;
  scores: Scores;
  recommended: Recommended;
  criteria: CriterionScore[];
  signals: Signal[];
  /** Why this folder is a service: how it serves (server) and how it starts (entry); `declared` when config says so. */
  evidence: { server: Evidence[]; entry: Evidence[]; declared?: boolean };
  /** Backend the config declares for this service, when it does. */
  expected?: string;
  /** The fail-on that applies to this service and the config key it comes from, when a catalog rule sets it. */
  failOn?: { value: FailOn; from: string };
  waiver?: { reason: string; expires: string; active: boolean };
  /** For `review` and `mismatch`: where the drift lives and what to do about it. */
  plan?: ServicePlan;
}

export interface PolicyReport {
  failOn: FailOn;
  failed: boolean;
  /** Why it failed, or why it passed; one line each. */
  reasons: string[];
  waived: { service: string; reason: string; expires: string }[];
  thresholds: { review: number; mismatch: number };
  /** Where each setting came from: `default`, `config`, `input`. */
  sources?: Record<string, string>;
  /** On a pull request: the commit whose policy decided this run, and what the PR changes in it. */
  source?: PolicySource;
}

/** The policy of a pull request's run: the base commit's; the PR's changes to it take effect once merged. */
export interface PolicySource {
  from: 'base';
  commit: string;
  /** One line per change: `.github/backend-fit.yml: changes waivers`, a descriptor's field. */
  changes: string[];
}

export interface DeltaChange {
  /** `verdict`, `score.node`, `signal.ml`, `criterion.use-case`, `service.api`, `service.api (worker)`... */
  id: string;
  from: string | number | null;
  to: string | number | null;
  files: string[];
}

export interface Delta {
  baseRef: string;
  base: { verdict: VerdictKind; fitScore: number; scores: Scores };
  changes: DeltaChange[];
}

/** The pull request a report was made on (the action on a pull_request event), for the fork-PR comment flow. */
export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
}

/** The repository a report describes (the action's, or the CLI's --repository), for `fleet`. */
export interface RepositoryRef {
  /** `owner/name`. */
  name: string;
  commit?: string;
  /** The commit's date, ISO 8601. */
  date?: string;
  /** The workflow run that made the report. */
  run?: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'backend-fit'; version: string };
  root: string;
  verdict: VerdictKind;
  current: Current;
  recommended: Recommended;
  fitScore: number;
  gap: number;
  scores: Scores;
  criteria: CriterionScore[];
  signals: Signal[];
  services: ServiceReport[];
  /** Folders with server evidence that are not services, with their reasons. */
  notServices: NotService[];
  /** Runtime code that no service runs (offline pipelines, notebooks, frontends), with its signals. */
  components: Component[];
  languages: Record<string, number>;
  policy: PolicyReport;
  delta?: Delta;
  pullRequest?: PullRequestRef;
  repository?: RepositoryRef;
  warnings: Warning[];
  stats: {
    files: number;
    bytesRead: number;
    durationMs: number;
    /** Milliseconds spent in each stage (scan, detect, profile, score, policy). */
    stagesMs?: Record<string, number>;
  };
}

export type { Assessment, Evidence };
