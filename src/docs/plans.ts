import {
  AREA_HOLD_SHARE,
  CROSS_LANGUAGE_SPLIT,
  DRIFT_KINDS,
  KEEP_GUIDE,
  PROCESS_MODULES,
  SWITCH_SHARE,
  WAIVER_DAYS,
} from '../knowledge/plans.js';
import { quoteGuide } from '../knowledge/guide.js';
import { SIGNAL_RULES, modulesOf } from '../knowledge/signals.js';

/** Libraries whose code joins an area and never makes one (PackageSource.alongside), by signal. */
function alongside(): string {
  const by = new Map<string, Set<string>>();
  for (const r of SIGNAL_RULES.filter((r) => r.alongside))
    for (const name of [...r.packages, ...modulesOf(r)]) by.set(r.signal, (by.get(r.signal) ?? new Set()).add(name));
  return [...by].map(([signal, names]) => `\`${signal}\` (${[...names].map((n) => `\`${n}\``).join(', ')})`).join('; ');
}

/** The "From verdict to plan" section of docs/criteria.md, from src/knowledge/plans.ts. */
export function renderPlanDoc(): string[] {
  return [
    '## From verdict to plan',
    '',
    `For a \`review\` or \`mismatch\` service, the report's \`plan\` groups the files whose code uses the libraries of the signals below (those that moved points towards the other backend; an area is ordered by the points its files account for) into areas. Hosted-model clients (HTTP I/O) and worker pools (general concurrency) join an area other drift makes and never make one: ${alongside()}. Areas: the folder that holds them all is one area when more than ${AREA_HOLD_SHARE * 100}% of its non-empty source files are such files, otherwise each subfolder is tried the same way (a lone file is its own area; the service's own folder never is). The service reaches an area by importing it (same language), by starting it as a process (the evidence says \`run by file:line\`, or the service imports a process-starting module: ${[...PROCESS_MODULES.node, ...PROCESS_MODULES.python].map((m) => `\`${m}\``).join(', ')}), over HTTP, or not at all (\`apart\`). When the areas hold more than ${SWITCH_SHARE * 100}% of both the service's files and its bytes, the plan is a full switch (rewriting the code in the current language); otherwise a split: \`${CROSS_LANGUAGE_SPLIT.spawns}\`. With no area (the gap comes from team share or similar), the plan is to keep the backend (${quoteGuide(KEEP_GUIDE)}). Each plan carries a waiver dated ${WAIVER_DAYS} days after the report.`,
    '',
    '| Drift | Signals | Towards | Shape for code the service imports | The guide | What staying costs |',
    '| --- | --- | --- | --- | --- | --- |',
    ...DRIFT_KINDS.map(
      (k) =>
        `| ${k.part} | ${k.signals.map((s) => `\`${s}\``).join(', ')} | ${k.towards} | \`${k.split}\` | ${quoteGuide(k.guide)} | ${quoteGuide(k.cost)} |`,
    ),
    '',
  ];
}
