import type { Backend } from '../model/common.js';
import type { CriterionId } from '../model/profile.js';
import type { FailOn } from '../model/report.js';
import type { ScoreParams } from '../model/verdict.js';

/** Policy for the services one catalog rule covers (a system, an owner, a lifecycle). */
export interface CatalogRule {
  expected?: Backend;
  failOn?: FailOn;
}

/** Catalog rules by what they match; keys as written in the config file. */
export interface CatalogRules {
  lifecycles: Record<string, CatalogRule>;
  systems: Record<string, CatalogRule>;
  owners: Record<string, CatalogRule>;
}

/** The config file's content, validated, with camelCase keys and normalised service paths. */
export interface Config {
  failOn?: FailOn;
  thresholds?: { review?: number; mismatch?: number };
  weights?: Partial<Record<CriterionId, number>>;
  expected?: Record<string, Backend>;
  catalog?: Partial<CatalogRules>;
  ignore?: string[];
  services?: { path: string; backend?: Backend }[];
  excludeServices?: string[];
  waivers?: { service: string; reason: string; expires: string }[];
  comment?: { minChange?: number };
  /** Config `max-waiver-days`: the longest a waiver may run from today. */
  maxWaiverDays?: number;
}

/** Settings given on the command line (CLI flags) or as action inputs. */
export interface Overrides {
  failOn?: FailOn;
}

export type SettingSource = 'default' | 'config' | 'input' | 'organisation';

/** The effective settings of a run, and where each came from. */
export interface Settings {
  failOn: FailOn;
  params: ScoreParams;
  expected: Record<string, Backend>;
  /** `lifecycles`, `systems` and `owners` of the config file; empty when it has none. */
  catalog: CatalogRules;
  ignore: string[];
  services: { path: string; backend?: Backend }[];
  /** Folders that are never services (config `exclude-services`). */
  excludeServices: string[];
  waivers: { service: string; reason: string; expires: string }[];
  minChange: number;
  /** Setting name as written in the config file (`fail-on`, `thresholds.review`, `weights.security`...) -> source. */
  sources: Record<string, SettingSource>;
  /** The config file the settings were read from, root-relative, when there was one; names it in warnings. */
  configFile?: string;
  /** The organisation's policy the settings were bounded by (config `owner/repo/path@ref`), and each attempt to loosen it. */
  organisation?: { source: string; notes: string[] };
}
