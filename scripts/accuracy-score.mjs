// The accuracy bench's scoring, kept apart from running the CLI so that its arithmetic can be
// tested on its own. The format of a truth file and the meaning of each figure are in
// bench/accuracy/README.md.

export const HALVES = ['tune', 'held-out'];
const BACKENDS = ['node', 'python'];
const KINDS = ['http', 'worker', 'function'];
const VERDICTS = ['fits', 'review', 'mismatch', 'unknown'];

/** A folder path as the bench compares it: `/` separators, no `./` or trailing `/`, `.` for the root. */
export function normalizePath(p) {
  const parts = String(p ?? '')
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  return parts.length === 0 ? '.' : parts.join('/');
}

/** The checkout folder name of a repository `owner/name`. */
export function checkoutName(repo) {
  return repo.replace('/', '__');
}

/** What is wrong with a parsed truth file, one line per fault; empty when it is well formed. */
export function truthProblems(truth) {
  const problems = [];
  const isText = (v) => typeof v === 'string' && v.trim() !== '';
  if (!isText(truth?.repo) || !/^[^/\s]+\/[^/\s]+$/.test(truth.repo)) problems.push('`repo` must be "owner/name"');
  if (!isText(truth?.url)) problems.push('`url` is missing');
  if (!/^[0-9a-f]{40}$/.test(truth?.commit ?? '')) problems.push('`commit` must be 40 hex digits');
  if (!isText(truth?.class)) problems.push('`class` is missing');
  if (!HALVES.includes(truth?.half)) problems.push(`\`half\` must be one of ${HALVES.join(', ')}`);
  // `set` is optional: it names a batch of truths labelled together (e.g. a later fresh held-out set).
  if (truth?.set !== undefined && !isText(truth.set)) problems.push('`set`, when given, must be a non-empty name');
  if (!Array.isArray(truth?.services)) problems.push('`services` must be a list');
  for (const [i, s] of (Array.isArray(truth?.services) ? truth.services : []).entries()) {
    if (!isText(s?.path)) problems.push(`services[${i}].path is missing`);
    if (!BACKENDS.includes(s?.backend)) problems.push(`services[${i}].backend must be node or python`);
    if (!KINDS.includes(s?.kind)) problems.push(`services[${i}].kind must be one of ${KINDS.join(', ')}`);
    if (!isText(s?.why)) problems.push(`services[${i}].why is missing`);
  }
  if (!Array.isArray(truth?.traps)) problems.push('`traps` must be a list');
  for (const [i, t] of (Array.isArray(truth?.traps) ? truth.traps : []).entries()) {
    if (!isText(t?.path)) problems.push(`traps[${i}].path is missing`);
    if (!isText(t?.why)) problems.push(`traps[${i}].why is missing`);
  }
  const verdicts = truth?.verdicts;
  if (!Array.isArray(verdicts) || verdicts.length === 0 || !verdicts.every((v) => VERDICTS.includes(v))) {
    problems.push(`\`verdicts\` must be a non-empty list of ${VERDICTS.join(', ')}`);
  }
  if (typeof truth?.drift !== 'boolean') problems.push('`drift` must be true or false');
  return problems;
}

/** Whether a reported service's `current` backend agrees with a truth backend (`both` agrees with either). */
function backendAgrees(current, backend) {
  return current === backend || current === 'both';
}

/**
 * Compares one repository's report with its truth. A reported service matches an unmatched truth
 * service with the same path whose backend agrees; among several, one of the same kind first
 * (a folder can run a web process and a worker). Returns the matches and every kind of miss.
 * `report` is null when the CLI gave no report (`error` says why).
 */
export function scoreRepo(truth, report, error) {
  const truthServices = truth.services.map((s) => ({ ...s, path: normalizePath(s.path) }));
  const trapPaths = new Map(truth.traps.map((t) => [normalizePath(t.path), t]));
  const reported = (report?.services ?? []).map((s) => ({ ...s, path: normalizePath(s.path) }));
  const taken = new Set();
  const matches = [];
  const falsePositives = [];
  const trapHits = [];
  for (const service of reported) {
    const candidates = truthServices
      .map((t, i) => ({ t, i }))
      .filter(({ t, i }) => !taken.has(i) && t.path === service.path && backendAgrees(service.current, t.backend));
    const chosen = candidates.find(({ t }) => t.kind === service.kind) ?? candidates[0];
    if (chosen) {
      taken.add(chosen.i);
      matches.push({ truth: chosen.t, reported: service });
    } else if (trapPaths.has(service.path)) {
      trapHits.push({ reported: service, trap: trapPaths.get(service.path) });
    } else {
      falsePositives.push({ reported: service });
    }
  }
  const notServices = new Map((report?.notServices ?? []).map((n) => [normalizePath(n.path), n]));
  const falseNegatives = truthServices
    .filter((_, i) => !taken.has(i))
    .map((t) => ({ truth: t, notService: notServices.get(t.path) }));
  const kindDisagreements = matches.filter((m) => m.reported.kind !== m.truth.kind);
  const verdict = report?.verdict ?? 'error';
  return {
    repo: truth.repo,
    half: truth.half,
    class: truth.class,
    error,
    truthCount: truthServices.length,
    reportedCount: reported.length,
    matches,
    falsePositives,
    falseNegatives,
    trapHits,
    kindDisagreements,
    verdict,
    verdictsAccepted: truth.verdicts,
    verdictAgrees: truth.verdicts.includes(verdict),
    drift: truth.drift,
    driftCaught: truth.drift && (verdict === 'review' || verdict === 'mismatch'),
  };
}

/** A ratio with its parts, so a table can show both; `null` when there is nothing to divide. */
function ratio(part, whole) {
  return { part, whole, value: whole === 0 ? null : part / whole };
}

/** The figures over a set of scored repositories (`missing` are the repos without a checkout). */
export function summarize(scored, missing = []) {
  const sum = (f) => scored.reduce((n, r) => n + f(r), 0);
  const matched = sum((r) => r.matches.length);
  const driftRepos = scored.filter((r) => r.drift);
  return {
    repos: scored.length,
    missing: missing.length,
    errors: scored.filter((r) => r.error).length,
    truthServices: sum((r) => r.truthCount),
    reportedServices: sum((r) => r.reportedCount),
    matched,
    precision: ratio(
      matched,
      sum((r) => r.reportedCount),
    ),
    recall: ratio(
      matched,
      sum((r) => r.truthCount),
    ),
    kindAgreement: ratio(matched - sum((r) => r.kindDisagreements.length), matched),
    trapHits: sum((r) => r.trapHits.length),
    trapRepos: scored.filter((r) => r.trapHits.length > 0).length,
    verdictAgreement: ratio(scored.filter((r) => r.verdictAgrees).length, scored.length),
    driftCaught: ratio(driftRepos.filter((r) => r.driftCaught).length, driftRepos.length),
  };
}

function shown(r) {
  return r.value === null ? 'n/a' : `${(100 * r.value).toFixed(1)}% (${r.part}/${r.whole})`;
}

/** The figures as a small text table under a title. */
export function formatTable(title, figures) {
  const rows = [
    ['repositories', `${figures.repos} scored, ${figures.missing} missing, ${figures.errors} with no report`],
    ['services', `${figures.truthServices} in truth, ${figures.reportedServices} reported, ${figures.matched} matched`],
    ['service precision', shown(figures.precision)],
    ['service recall', shown(figures.recall)],
    ['kind agreement', shown(figures.kindAgreement)],
    ['trap hits', `${figures.trapHits} services in ${figures.trapRepos} repositories`],
    ['verdict agreement', shown(figures.verdictAgreement)],
    ['drift caught', shown(figures.driftCaught)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [`${title}`, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

/** One line per class: its repositories, precision, recall and verdict agreement, to see where misses gather. */
export function formatClasses(scored) {
  const classes = [...new Set(scored.map((r) => r.class))].sort();
  const width = Math.max(0, ...classes.map((c) => c.length));
  const lines = classes.map((name) => {
    const f = summarize(scored.filter((r) => r.class === name));
    const cells = [`${f.repos} repos`, `precision ${shown(f.precision)}`, `recall ${shown(f.recall)}`];
    return `  ${name.padEnd(width)}  ${[...cells, `verdict ${shown(f.verdictAgreement)}`].join(', ')}`;
  });
  return ['per class', ...lines].join('\n');
}

/** Every miss of the scored repositories, flat, for the misses file. */
export function missesOf(scored) {
  const misses = [];
  for (const r of scored) {
    const at = { repo: r.repo, half: r.half, class: r.class };
    if (r.error) misses.push({ ...at, type: 'no-report', reason: r.error });
    for (const { reported } of r.falsePositives) {
      misses.push({
        ...at,
        type: 'false-positive',
        path: reported.path,
        backend: reported.current,
        kind: reported.kind ?? null,
        frameworks: reported.frameworks ?? [],
      });
    }
    for (const { truth, notService } of r.falseNegatives) {
      misses.push({
        ...at,
        type: 'false-negative',
        path: truth.path,
        backend: truth.backend,
        kind: truth.kind,
        truthWhy: truth.why,
        ...(notService ? { reason: notService.reason, reasonWhy: notService.why } : {}),
      });
    }
    for (const { reported, trap } of r.trapHits) {
      misses.push({
        ...at,
        type: 'trap-hit',
        path: reported.path,
        backend: reported.current,
        frameworks: reported.frameworks ?? [],
        trapWhy: trap.why,
      });
    }
    for (const { truth, reported } of r.kindDisagreements) {
      misses.push({
        ...at,
        type: 'kind',
        path: truth.path,
        truthKind: truth.kind,
        reportedKind: reported.kind ?? null,
      });
    }
    if (!r.verdictAgrees) {
      misses.push({ ...at, type: 'verdict', reported: r.verdict, accepted: r.verdictsAccepted, drift: r.drift });
    }
  }
  return misses;
}
