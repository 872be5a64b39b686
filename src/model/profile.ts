import type { Backend, Evidence, ServiceKind } from './common.js';
import type { NotServiceReason, ServiceCatalog } from './facts.js';

/** The article's criteria, in its order. */
export const CRITERIA = ['performance', 'scalability', 'use-case', 'team-skills', 'ecosystem', 'security'] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** Signal ids that tools reading the report rely on (BRIEF). Others are free-form kebab-case ids. */
export const FIXED_SIGNALS = ['realtime', 'ml', 'data'] as const;

export interface Signal {
  id: string;
  /** 0..1: how much of the code base the signal covers, not just whether one line mentions it. */
  strength: number;
  evidence: Evidence[];
  /** The ecosystem whose packages raised the signal, where one did (e.g. a Celery queue is Python's). */
  ecosystem?: Backend;
}

export interface ServiceProfile {
  path: string;
  current: Backend;
  kind: ServiceKind;
  frameworks: string[];
  signals: Signal[];
  /** Bytes per language inside this service folder. */
  languages: Record<string, number>;
  /** Name, owner, system and lifecycle the organisation declares (catalog, CODEOWNERS). */
  catalog?: ServiceCatalog;
}

/** Code and manifests that no service runs: an offline pipeline, notebooks, a frontend, a batch job. */
export interface Component {
  /** The project folder (`.` for code with no manifest above it). */
  path: string;
  backend: Backend;
  /** Runtime code files in it. */
  files: number;
  /** Its signals (team shares left out), strongest first. */
  signals: { id: string; strength: number }[];
  /** Why it is not a service: its folder's reason among `notServices`, else what it lacks. */
  reason: ComponentReason;
  /** One sentence a reader can check. */
  why: string;
}

/**
 * A component's reason: a not-service's, `infrastructure` for code that deploys others (a CDK
 * app), or `no-server` for code with no server evidence at all.
 */
export type ComponentReason = NotServiceReason | 'infrastructure' | 'no-server';

export interface Profile {
  /** Repo-wide signals, from runtime code only (tests, examples, docs left out). */
  signals: Signal[];
  services: ServiceProfile[];
  /** Runtime code that no service runs, by project. */
  components: Component[];
  languages: Record<string, number>;
}
