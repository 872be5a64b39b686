import { DEV_RUNNER_COMMAND } from '../knowledge/package-scripts.js';
import type { Evidence } from '../model/common.js';
import type { Dependency, Manifest } from '../model/facts.js';

/** What the dev-harness rule asks of a Node.js service candidate. */
export interface HarnessCandidate {
  manifests: readonly Manifest[];
  /** How it starts: its package.json scripts' lines, code that starts it, deployment lines. */
  entry: readonly Evidence[];
  /** A deployment file or an image runs it. */
  deployed: boolean;
}

/**
 * Packages the repository publishes: a package.json that is not private and is shaped to be
 * published beyond npm init's lone `main` (`exports`, `files`, `types`, `publishConfig`...).
 */
export function publishedPackages(manifests: readonly Manifest[]): Set<string> {
  const names = new Set<string>();
  for (const m of manifests)
    if (
      m.kind === 'package.json' &&
      m.name &&
      m.package &&
      !m.package.private &&
      m.package.publishes &&
      !m.package.onlyMain
    )
      names.add(m.name);
  return names;
}

/**
 * A library repository's development harness: a package it does not publish, that no deployment
 * file or image runs, which depends on a package the repository publishes (the framework or
 * library being worked on) and whose every start is one of its own scripts running source in
 * development mode (`node -r ts-node/register index.ts`, `tsx watch src/dev.ts`, `nodemon`). Returns
 * the own package it runs and the start, or undefined when the folder is not one.
 */
export function devHarness(
  c: HarnessCandidate,
  published: ReadonlySet<string>,
): { runs: Dependency; start: Evidence } | undefined {
  if (c.deployed || published.size === 0) return undefined;
  const pkg = c.manifests.find((m) => m.kind === 'package.json' && m.package);
  if (!pkg?.package || (!pkg.package.private && pkg.package.publishes)) return undefined;
  const runs = pkg.dependencies.find((d) => d.name !== pkg.name && published.has(d.name));
  if (!runs) return undefined;
  // its scripts start it, each running its source in development mode; the rest is its own code's start (a listen)
  const scripts = c.entry.filter((e) => e.file === pkg.file);
  const code = (e: Evidence) => e.line !== undefined && !c.manifests.some((m) => m.file === e.file);
  if (scripts.length === 0 || !c.entry.every((e) => scripts.includes(e) || code(e))) return undefined;
  return scripts.every((e) => DEV_RUNNER_COMMAND.test(e.detail)) ? { runs, start: scripts[0]! } : undefined;
}
