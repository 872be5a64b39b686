import { pullsTowards } from '../knowledge/effects.js';
import { GUIDE, type GuideId } from '../knowledge/guide.js';
import {
  ALSO,
  CROSS_LANGUAGE_SPLIT,
  DRIFT_KINDS,
  KEEP,
  KEEP_COST,
  KEEP_GUIDE,
  MAX_AREA_EVIDENCE,
  MAX_AREAS,
  MAX_LIBRARIES,
  MAX_REST_PARTS,
  REACH_ORDER,
  REST,
  SWITCH,
  SWITCH_ALREADY,
  SWITCH_SHARE,
  WAIVER_DAYS,
  type DriftKind,
} from '../knowledge/plans.js';
import type { Backend, Evidence } from '../model/common.js';
import { serviceKey, type Facts } from '../model/facts.js';
import type { DriftArea, PlanSize, Reach, ServicePlan } from '../model/plan.js';
import type { Profile, ServiceProfile } from '../model/profile.js';
import type { Assessment } from '../model/verdict.js';
import { utcDay } from '../policy/dates.js';
import { BACKEND_DISPLAY } from '../knowledge/backends.js';
import { JS_LANGUAGES, PYTHON_LANGUAGES } from '../knowledge/languages.js';
import { formatBytes } from '../report/words.js';
import { isInside } from '../paths.js';
import { areaLocator, findAreas, partNames, sizeOf } from './areas.js';
import { planInputs, type PlanInputs, type Use } from './inputs.js';

export { planInputs, type PlanInputs } from './inputs.js';

const NAMES = BACKEND_DISPLAY;
const LANGUAGES: Record<Backend, Set<string>> = { node: JS_LANGUAGES, python: PYTHON_LANGUAGES };
const DAY_MS = 86_400_000;

/**
 * The plan stage: for each service whose verdict is `review` or `mismatch`, where the drift
 * lives and what the guide suggests (undefined for the others). Pure; `now` is the report's
 * clock (the policy's), which dates the waiver.
 */
export function planServices(
  profile: Profile,
  assessments: readonly Assessment[],
  facts: Facts,
  now: Date,
): Map<string, ServicePlan> {
  const assessed = new Map(
    assessments.map((a) => [serviceKey({ path: a.path ?? '', current: a.current, kind: a.kind ?? 'http' }), a]),
  );
  const plans = new Map<string, ServicePlan>();
  profile.services.forEach((service, i) => {
    const assessment = assessed.get(serviceKey(service));
    if (assessment?.verdict !== 'review' && assessment?.verdict !== 'mismatch') return;
    plans.set(serviceKey(service), planService(service, assessment, planInputs(i, service, facts), now));
  });
  return plans;
}

interface Described extends DriftArea {
  /** The kinds' order of importance in this service. */
  rank: number;
  /** Points of the gap the area's code accounts for (contributionOf). */
  weight: number;
}

export function planService(
  service: ServiceProfile,
  assessment: Assessment,
  inputs: PlanInputs,
  now: Date,
): ServicePlan {
  const current = service.current;
  const towards: Backend =
    assessment.recommended !== 'either' && assessment.recommended !== current ? assessment.recommended : other(current);
  const carried = new Set(service.signals.map((s) => s.id));
  const kindOf = new Map<string, DriftKind>();
  for (const kind of DRIFT_KINDS)
    if (kind.towards === towards) for (const id of kind.signals) if (carried.has(id)) kindOf.set(id, kind);
  // only the signals that pulled the score towards the other backend, by how much they pulled
  const pull = pullOf(assessment, towards);
  const uses = inputs.uses.filter((u) => kindOf.has(u.signal) && (pull.get(u.signal) ?? 0) > 0);
  const declared = inputs.declared.filter((d) => kindOf.has(d.signal));
  const sourcePaths = inputs.sources.map((s) => s.path);
  const languageOf = new Map(inputs.sources.map((s) => [s.path, s.language]));
  // code the service runs in the other language already is that backend's: it moves as a whole
  const already = inputs.sources.filter((s) => LANGUAGES[towards].has(s.language)).map((s) => s.path);
  // hosted-model clients and worker pools join an area, never make one
  const anchors = uses.filter((u) => !u.alongside).map((u) => u.file);
  const raw = findAreas([...anchors, ...already], sourcePaths, service.path);
  const weightOf = contributionOf(uses, pull);
  const kindsByFiles = rankKinds(service, kindOf);
  // each path's area, found by walking up its folders: one pass, not areas × files
  const areaOf = areaLocator(raw.map((a) => a.path));
  const group = <T>(list: readonly T[], path: (item: T) => string) => {
    const by = new Map<string, T[]>();
    for (const item of list) {
      const at = areaOf(path(item));
      if (at === undefined) continue;
      const list = by.get(at);
      if (list) list.push(item);
      else by.set(at, [item]);
    }
    return by;
  };
  const usesBy = group(uses, (u) => u.file);
  const declaredBy = group(declared, (d) => d.file);
  const sourcesBy = group(inputs.sources, (s) => s.path);
  const areas = raw
    .map((area): Described => {
      const here = usesBy.get(area.path) ?? [];
      const kinds = kindsByFiles.filter((k) => here.some((u) => kindOf.get(u.signal) === k));
      return {
        path: area.path,
        folder: area.folder,
        kinds: kinds.map((k) => k.id),
        ...sizeOf(sourcesBy.get(area.path) ?? [], () => true),
        driftFiles: area.driftFiles.length,
        libraries: libraries(declaredBy.get(area.path) ?? [], here, kindOf, kindsByFiles),
        ...reachOf(area.driftFiles, inputs, languageOf, current, (path) => isInside(path, area.path)),
        evidence: areaEvidence(here),
        rank: Math.min(...kinds.map((k) => kindsByFiles.indexOf(k))),
        weight: weightOf(here),
      };
    })
    .sort(
      (a, b) =>
        // what pulled the score most first (ML over a CSV parser), then how close it sits, then size
        b.weight - a.weight ||
        a.rank - b.rank ||
        REACH_ORDER.indexOf(a.reach) - REACH_ORDER.indexOf(b.reach) ||
        b.bytes - a.bytes ||
        (a.path < b.path ? -1 : 1),
    );

  const serviceSize = sizeOf(inputs.sources, () => true);
  const inAnyArea = (path: string) => areaOf(path) !== undefined;
  const base = { towards, service: serviceSize };
  const expires = utcDay(new Date(now.getTime() + WAIVER_DAYS * DAY_MS));
  const app = service.frameworks[0] ? `the ${service.frameworks[0]} app` : `the ${NAMES[current]} service`;

  if (areas.length === 0) {
    const pulling = service.signals
      .filter((s) => s.id !== 'web-framework' && pullsTowards(s, towards))
      .map((s) => `${s.id} ${s.strength.toFixed(2)}`);
    const signals = pulling.length > 0 ? pulling.join(', ') : 'the criteria as a whole';
    return {
      ...base,
      shape: 'keep',
      areas: [],
      moves: { files: 0, bytes: 0, paths: [] },
      stays: { ...serviceSize, parts: partNames(inputs.sources, service.path).slice(0, MAX_REST_PARTS) },
      suggestion: fill(KEEP, { signals, current: NAMES[current] }),
      ...citing(KEEP_GUIDE, KEEP_COST),
      waiver: waiver(service.path, `keeping ${NAMES[current]}: the gap comes from ${signals}`, expires),
    };
  }

  const kinds = kindsByFiles.filter((k) => areas.some((a) => a.kinds.includes(k.id)));
  const part = kinds.map((k) => k.part).join(' and ');
  const primary = kinds[0]!;
  const drift = sizeOf(inputs.sources, inAnyArea);
  const shown = areas.slice(0, MAX_AREAS);
  const hidden = areas.slice(MAX_AREAS);
  const vars = { part, towards: NAMES[towards], current: NAMES[current], app, is: kinds.length > 1 ? 'are' : 'is' };
  const paths = shown.map(areaName);
  const reason = `keeping ${NAMES[current]}: ${part} (${paths.join(', ')}${hidden.length ? ', …' : ''}) ${kinds.length > 1 ? 'stay' : 'stays'} for now`;
  const plan = { ...base, areas: areas.map(strip), ...citing(primary.guide, primary.cost) };
  const own = (path: string) => LANGUAGES[current].has(languageOf.get(path) ?? '');

  if (drift.files > SWITCH_SHARE * serviceSize.files && drift.bytes > SWITCH_SHARE * serviceSize.bytes) {
    // A switch rewrites the code in the current language; drift already in the target language stays.
    const moving = inputs.sources.filter((s) => own(s.path));
    const staying = inputs.sources.filter((s) => !own(s.path));
    const moves = { ...sizeOf(moving, () => true), paths: partNames(moving, service.path) };
    const already = areas.filter((a) => a.reach !== 'imports');
    return {
      ...plan,
      shape: 'switch',
      moves,
      stays: { ...sizeOf(staying, () => true), parts: partNames(staying, service.path).slice(0, MAX_REST_PARTS) },
      suggestion: capitalise(
        fill(SWITCH, {
          ...vars,
          drift: `${drift.files} of ${serviceSize.files} files, ${formatBytes(drift.bytes)} of ${formatBytes(serviceSize.bytes)}`,
          areas: describeAreas(shown, hidden),
          moves: `${sizeText(moves)}: ${moves.paths.slice(0, MAX_REST_PARTS).join(', ')}`,
          already: already.length
            ? fill(SWITCH_ALREADY, {
                ...vars,
                areas: already.map(areaName).join(', '),
                is: already.length === 1 ? 'is' : 'are',
              })
            : '',
        }),
      ),
      waiver: waiver(service.path, reason, expires),
    };
  }

  const staying = inputs.sources.filter((s) => !inAnyArea(s.path));
  const stays = { ...sizeOf(staying, () => true), parts: partNames(staying, service.path).slice(0, MAX_REST_PARTS) };
  const mainReach = shown[0]!.reach;
  const main = shown.filter((a) => a.reach === mainReach);
  const rest = shown.filter((a) => a.reach !== mainReach);
  const template = mainReach === 'imports' ? kinds[0]!.split : CROSS_LANGUAGE_SPLIT[mainReach];
  const one = stays.files === 1;
  const parts = stays.parts.join(', ');
  const restText =
    stays.files > 0
      ? fill(REST, {
          ...vars,
          rest: one ? `file, ${formatBytes(stays.bytes)} (${parts}),` : `${sizeText(stays)} (${parts})`,
          fit: one ? 'fits' : 'fit',
          stay: one ? 'stays' : 'stay',
        })
      : '.';
  let suggestion =
    capitalise(fill(template, { ...vars, areas: describeAreas(main, hidden), from: fromText(main[0]!) })) + restText;
  if (rest.length > 0) {
    const also = rest.filter((a) => a.reach === rest[0]!.reach);
    suggestion += ` ${fill(ALSO[rest[0]!.reach], { ...vars, areas: describeAreas(also, []), from: fromText(also[0]!) })}`;
  }
  return {
    ...plan,
    shape: 'split',
    moves: { ...drift, paths },
    stays,
    suggestion,
    waiver: waiver(service.path, reason, expires),
  };
}

function other(backend: Backend): Backend {
  return backend === 'node' ? 'python' : 'node';
}

/** The service's drift kinds by the strength of their strongest signal, then in DRIFT_KINDS order. */
function rankKinds(service: ServiceProfile, kindOf: Map<string, DriftKind>): DriftKind[] {
  const strength = new Map<DriftKind, number>();
  for (const s of service.signals) {
    const kind = kindOf.get(s.id);
    if (kind) strength.set(kind, Math.max(strength.get(kind) ?? 0, s.strength));
  }
  return [...strength.entries()]
    .sort((a, b) => b[1] - a[1] || DRIFT_KINDS.indexOf(a[0]) - DRIFT_KINDS.indexOf(b[0]))
    .map(([kind]) => kind);
}

/**
 * An area's libraries: what its manifests declare where it has its own (names as the team wrote
 * them), else the modules its code imports; the main kind's first.
 */
function libraries(
  declared: readonly Use[],
  uses: readonly Use[],
  kindOf: Map<string, DriftKind>,
  ranked: readonly DriftKind[],
): string[] {
  const list = declared.length > 0 ? declared : uses;
  const rank = (u: Use) => ranked.indexOf(kindOf.get(u.signal)!);
  const names: string[] = [];
  for (const u of [...list].sort((a, b) => rank(a) - rank(b)))
    if (u.library && !names.includes(u.library)) names.push(u.library);
  return names;
}

/** The area's runtime files and lines, by path; a file known without a line (a notebook's use) only when no line is known. */
function areaEvidence(uses: readonly Use[]): Evidence[] {
  const withLine = new Set(uses.filter((u) => u.line).map((u) => u.file));
  const seen = new Set<string>();
  const out: Evidence[] = [];
  const sorted = [...uses].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  for (const u of sorted) {
    const key = `${u.file}:${u.line ?? ''}`;
    if (seen.has(key) || (!u.line && withLine.has(u.file))) continue;
    seen.add(key);
    out.push({
      file: u.file,
      ...(u.line ? { line: u.line } : {}),
      detail: u.library ? `imports ${u.library}` : `uses ${u.signal}`,
    });
  }
  // one line per file first, so the few shown spread over the area
  const firsts = out.filter((e, i) => i === 0 || out[i - 1]!.file !== e.file);
  const rest = out.filter((e) => !firsts.includes(e));
  return [...firsts, ...rest].slice(0, MAX_AREA_EVIDENCE);
}

/**
 * How the service reaches an area: code in its own language is imported; code in the other
 * language is spawned or called where the evidence says so, spawned when the service imports a
 * process-starting module (the likely way it runs the scripts), and otherwise sits apart.
 */
function reachOf(
  driftFiles: readonly string[],
  inputs: PlanInputs,
  language: ReadonlyMap<string, string>,
  current: Backend,
  inArea: (path: string) => boolean,
): { reach: Reach; reachedFrom?: Evidence } {
  const ownFiles = driftFiles.filter((f) => LANGUAGES[current].has(language.get(f) ?? '')).length;
  if (ownFiles * 2 >= driftFiles.length) return { reach: 'imports' };
  for (const file of driftFiles) {
    const seen = inputs.reached.get(file);
    if (seen) return { reach: seen.reach, reachedFrom: seen.from };
  }
  const starter = inputs.starters.find((s) => !inArea(s.file));
  if (starter) return { reach: 'spawns', reachedFrom: starter };
  return { reach: 'apart' };
}

function strip(area: Described): DriftArea {
  const { rank: _rank, weight: _weight, ...rest } = area;
  return rest;
}

/** Per signal, the weighted points it moved towards `towards` over all criteria (what it contributed to the gap). */
function pullOf(assessment: Assessment, towards: Backend): Map<string, number> {
  const total = assessment.criteria.reduce((n, c) => n + c.weight, 0) || 1;
  const pull = new Map<string, number>();
  for (const c of assessment.criteria)
    for (const m of c.moves)
      if (m.backend === towards && m.signal !== 'baseline')
        pull.set(m.signal, (pull.get(m.signal) ?? 0) + (m.points * c.weight) / total);
  return pull;
}

/**
 * An area's weight: each signal's pull shared among the files whose code raises it, summed over
 * the files in the area. An area of the only files behind a signal carries all its pull.
 */
function contributionOf(uses: readonly Use[], pull: ReadonlyMap<string, number>): (here: readonly Use[]) => number {
  const filesOf = new Map<string, Set<string>>();
  for (const u of uses) filesOf.set(u.signal, (filesOf.get(u.signal) ?? new Set()).add(u.file));
  return (here) => {
    const seen = new Set<string>();
    let weight = 0;
    for (const u of here) {
      const key = `${u.signal}\0${u.file}`;
      if (seen.has(key)) continue;
      seen.add(key);
      weight += (pull.get(u.signal) ?? 0) / filesOf.get(u.signal)!.size;
    }
    return weight;
  };
}

function areaName(area: DriftArea): string {
  return area.folder ? `${area.path}/` : area.path;
}

function sizeText(size: PlanSize): string {
  return `${size.files} file${size.files === 1 ? '' : 's'}, ${formatBytes(size.bytes)}`;
}

function describeArea(area: DriftArea): string {
  const size = area.folder ? sizeText(area) : formatBytes(area.bytes);
  return `${areaName(area)} (${size}${area.libraries.length ? `; ${libraryList(area.libraries)}` : ''})`;
}

function libraryList(names: readonly string[]): string {
  const more = names.length > MAX_LIBRARIES ? ` (+${names.length - MAX_LIBRARIES})` : '';
  return names.slice(0, MAX_LIBRARIES).join(', ') + more;
}

/**
 * `ml/ (3 files, 1.8 KB; torch, joblib) and notebooks/ (...)`; areas that share their libraries
 * are named together: `a.py, b.py and c.py (3 files, 1.8 KB; channels)`.
 */
function describeAreas(areas: readonly DriftArea[], hidden: readonly DriftArea[]): string {
  const libs = areas[0]?.libraries.join('\0');
  const shared = areas.length > 1 && areas.every((a) => a.libraries.join('\0') === libs) && libs !== '';
  const total = (list: readonly DriftArea[]) =>
    list.reduce((s, a) => ({ files: s.files + a.files, bytes: s.bytes + a.bytes }), { files: 0, bytes: 0 });
  const parts = shared ? areas.map(areaName) : areas.map(describeArea);
  if (hidden.length > 0) {
    const more = total(hidden);
    parts.push(
      shared
        ? `${more.files} more file${more.files === 1 ? '' : 's'} elsewhere`
        : `${hidden.length} more place${hidden.length === 1 ? '' : 's'} (${sizeText(more)})`,
    );
  }
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}` : parts[0]!;
  return shared ? `${text} (${sizeText(total([...areas, ...hidden]))}; ${libraryList(areas[0]!.libraries)})` : text;
}

function fromText(area: DriftArea): string {
  const from = area.reachedFrom;
  if (!from) return 'not seen';
  return `${from.file}${from.line ? `:${from.line}` : ''}${area.reach === 'spawns' && from.module ? ` ${from.detail}` : ''}`;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function waiver(service: string, reason: string, expires: string): ServicePlan['waiver'] {
  const snippet = [
    'waivers:',
    `  - service: ${JSON.stringify(service)}`,
    `    reason: ${JSON.stringify(reason)}`,
    `    expires: "${expires}"`,
  ].join('\n');
  return { service, reason, expires, snippet };
}

/** A plan's two sentences of the guide, quoted from the one table, with their ids. */
function citing(guide: GuideId, stayingCost: GuideId): Pick<ServicePlan, 'guide' | 'stayingCost' | 'cites'> {
  return { guide: GUIDE[guide].text, stayingCost: GUIDE[stayingCost].text, cites: { guide, stayingCost } };
}
