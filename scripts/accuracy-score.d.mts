// Types of scripts/accuracy-score.mjs, for the tests that import it.

export type Half = 'tune' | 'held-out';
export type Backend = 'node' | 'python';
export type Kind = 'http' | 'worker' | 'function';

export interface TruthService {
  path: string;
  backend: Backend;
  kind: Kind;
  why: string;
}
export interface Truth {
  repo: string;
  url: string;
  commit: string;
  class: string;
  half: Half;
  /** Optional name of a batch of truths labelled together, chosen with `--set`. */
  set?: string;
  services: TruthService[];
  traps: { path: string; why: string }[];
  verdicts: string[];
  drift: boolean;
  why?: string;
}
export interface ReportedService {
  path: string;
  current: string;
  kind?: string;
  frameworks?: string[];
}
export interface Report {
  verdict: string;
  services: ReportedService[];
  notServices?: { path: string; reason?: string; why?: string }[];
}
export interface Scored {
  repo: string;
  half: Half;
  class: string;
  error: string | undefined;
  truthCount: number;
  reportedCount: number;
  matches: { truth: TruthService; reported: ReportedService }[];
  falsePositives: { reported: ReportedService }[];
  falseNegatives: { truth: TruthService; notService?: { reason?: string; why?: string } }[];
  trapHits: { reported: ReportedService; trap: { path: string; why: string } }[];
  kindDisagreements: { truth: TruthService; reported: ReportedService }[];
  verdict: string;
  verdictsAccepted: string[];
  verdictAgrees: boolean;
  drift: boolean;
  driftCaught: boolean;
}
export interface Ratio {
  part: number;
  whole: number;
  value: number | null;
}
export interface Figures {
  repos: number;
  missing: number;
  errors: number;
  truthServices: number;
  reportedServices: number;
  matched: number;
  precision: Ratio;
  recall: Ratio;
  kindAgreement: Ratio;
  trapHits: number;
  trapRepos: number;
  verdictAgreement: Ratio;
  driftCaught: Ratio;
}

export const HALVES: Half[];
export function normalizePath(p: string | undefined): string;
export function checkoutName(repo: string): string;
export function truthProblems(truth: unknown): string[];
export function scoreRepo(truth: Truth, report: Report | null, error?: string): Scored;
export function summarize(scored: Scored[], missing?: Truth[]): Figures;
export function formatTable(title: string, figures: Figures): string;
export function formatClasses(scored: Scored[]): string;
export function missesOf(
  scored: Scored[],
): ({ repo: string; half: Half; class: string; type: string } & Record<string, unknown>)[];
