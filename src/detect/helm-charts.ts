import { CHART_FORMATS, type ChartFormat } from '../knowledge/helm-charts.js';
import type { Manifest } from '../model/facts.js';
import { baseName, parentOf } from '../paths.js';
import { workloadContainers } from './manifests/k8s-containers.js';
import { isRecord, Lines, yamlDocuments } from './manifests/util.js';

/** A chart's values file or one of its templates, kept until the chart's other files are read. */
export interface ChartFile {
  file: string;
  /** The chart's folder. */
  chart: string;
  format: string;
  /** A values file's data, or a template's text. */
  values?: Record<string, unknown>;
  template?: string;
}

/** A file of a chart (its values, a template under its templates folder writing actions); undefined for any other. */
export function readChartFile(file: string, text: string): ChartFile | undefined {
  for (const format of CHART_FORMATS) {
    const marker = `/${format.templates}/`;
    const at = `/${file}`.lastIndexOf(marker);
    if (at >= 0 && /\.ya?ml$/.test(file) && text.includes('{{'))
      return { file, chart: `/${file}`.slice(1, at) || '.', format: format.id, template: text };
    if (format.valuesFiles.includes(baseName(file))) {
      const { docs } = yamlDocuments(file, text);
      if (isRecord(docs[0])) return { file, chart: parentOf(file), format: format.id, values: docs[0] };
    }
  }
  return undefined;
}

/**
 * The manifests with each chart's templates rendered with its default values and read as
 * Kubernetes manifests: the containers of their workloads join the manifest of the chart's values
 * file (a chart is one when the tree holds its chart file beside its values), so the chart counts
 * once as a deployment file, as before. A template whose rendering is no YAML gives nothing;
 * nothing is reported, as Helm's own language is only partly read here.
 */
export function withChartContainers(
  manifests: readonly Manifest[],
  files: readonly ChartFile[],
  paths: readonly string[],
): Manifest[] {
  if (files.length === 0) return [...manifests];
  const rendered = new Map<string, NonNullable<Manifest['containers']>>();
  for (const format of CHART_FORMATS) {
    const charts = new Set(paths.filter((p) => format.chartFile.test(baseName(p))).map(parentOf));
    const values = new Map(files.filter((f) => f.format === format.id && f.values).map((f) => [f.chart, f] as const));
    for (const t of files) {
      if (t.format !== format.id || t.template === undefined) continue;
      const own = values.get(t.chart);
      if (!charts.has(t.chart) || !own) continue;
      const text = renderTemplate(t.template, own.values!, format);
      const { docs, failed } = yamlDocuments(t.file, text);
      if (failed) continue;
      const containers = workloadContainers(t.file, docs, new Lines(text)).map((c) => ({
        ...c,
        detail: `${format.tool} chart ${t.chart} (${baseName(own.file)}): ${c.detail}`,
      }));
      if (containers.length) rendered.set(own.file, [...(rendered.get(own.file) ?? []), ...containers]);
    }
  }
  // a copy, not the manifest itself: a history's next point reads the same remembered manifests again
  return manifests.map((m) => {
    const containers = m.kind === 'kubernetes' ? rendered.get(m.file) : undefined;
    return containers ? { ...m, containers: [...(m.containers ?? []), ...containers] } : m;
  });
}

/** A scope of a rendering: whether its lines are written, and what `.` stands for in it. */
interface Scope {
  active: boolean;
  /** An if-chain has taken a branch: its `else` is not. */
  taken: boolean;
  dot: unknown;
}

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;

/**
 * A template with the values put in, line for line (a line left out is an empty line, so lines keep
 * their numbers): `if`/`else` on a value (truthy, or `not` it) choose a branch, any other condition
 * counts as true; `with` a value makes it `.`; a `range` body, a `define` and comments are left out;
 * an action reading a value is that value (a list or a table as JSON, which YAML reads in place);
 * one reading anything else (`include`, `.Release.Name`) is a variable (`$X`: a name holding one
 * names no image), and a line of such actions alone is left out.
 */
export function renderTemplate(template: string, values: Record<string, unknown>, format: ChartFormat): string {
  const root = { Values: values };
  const stack: Scope[] = [{ active: true, taken: true, dot: root }];
  const top = () => stack[stack.length - 1]!;
  const out: string[] = [];
  for (const line of template.split('\n')) {
    const actions = [...line.matchAll(ACTION)].map((m) => m[1]!.trim());
    const onlyActions = actions.length > 0 && line.replace(ACTION, '').trim() === '';
    if (onlyActions && actions.length === 1 && isControl(actions[0]!)) {
      control(actions[0]!, stack, (expr) => valueOf(expr, top().dot, values, format));
      out.push('');
      continue;
    }
    if (!top().active) {
      out.push('');
      continue;
    }
    let known = false;
    const written = line.replace(ACTION, (_, body: string) => {
      const value = valueOf(body.trim(), top().dot, values, format);
      if (value === undefined) return '$X';
      known = true;
      return typeof value === 'string' ? value : JSON.stringify(value);
    });
    // a value written alone under its key (`command:` then `{{- toYaml .Values.command | nindent 10 }}`) is that key's
    const key = onlyActions && known ? lastWritten(out) : -1;
    if (key >= 0 && out[key]!.trimEnd().endsWith(':')) {
      out[key] = `${out[key]!.trimEnd()} ${written.trim()}`;
      out.push('');
    } else out.push(onlyActions && !known ? '' : written);
  }
  return out.join('\n');
}

/** The index of the last line written (not left out), -1 when none. */
function lastWritten(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return i;
  return -1;
}

function isControl(action: string): boolean {
  return /^(?:if|else|with|range|end|define|block)\b|^\/\*/.test(action);
}

/** One control action applied to the scopes. */
function control(action: string, stack: Scope[], value: (expr: string) => unknown): void {
  const parent = stack.length > 1 ? stack[stack.length - 2]! : undefined;
  const top = stack[stack.length - 1]!;
  const word = /^\S+/.exec(action)![0];
  if (word === 'end') {
    if (stack.length > 1) stack.pop();
  } else if (word === 'else') {
    const outer = parent?.active ?? true;
    const rest = action.replace(/^else\s*/, '');
    const holds = rest.startsWith('if ') ? truthy(rest.slice(3), value) : true;
    top.active = outer && !top.taken && holds;
    if (top.active) top.taken = true;
  } else if (word === 'if' || word === 'with') {
    const outer = top.active;
    const expr = action.slice(word.length).trim();
    const holds = truthy(expr, value);
    const dot = word === 'with' ? value(expr) : top.dot;
    stack.push({ active: outer && holds, taken: holds, dot });
  } else if (word === 'range' || word === 'define' || word === 'block')
    stack.push({ active: false, taken: true, dot: undefined });
}

/** A condition: a value's truth (`not` turns it), anything not read as a value true. */
function truthy(expr: string, value: (expr: string) => unknown): boolean {
  const negated = /^not\s+/.exec(expr);
  const v = value(negated ? expr.slice(negated[0].length) : expr);
  if (v === undefined && !/\.Values\b/.test(expr)) return true;
  const holds = !(
    v === undefined ||
    v === null ||
    v === false ||
    v === '' ||
    v === 0 ||
    (Array.isArray(v) && v.length === 0) ||
    (isRecord(v) && Object.keys(v).length === 0)
  );
  return negated ? !holds : holds;
}

/**
 * The value an expression reads: its first `.Values.<path>` (or `.<path>` / `.` inside a `with`), through
 * `default <literal>` when the value is missing; undefined when it reads none.
 */
function valueOf(expr: string, dot: unknown, values: Record<string, unknown>, format: ChartFormat): unknown {
  const ref = format.valueReference.exec(expr);
  let value: unknown;
  if (ref) value = at(values, ref.groups!.path!);
  else {
    const scoped = /^(?:(?:toYaml|toJson|quote)\s+)?\.((?:[A-Za-z_][\w-]*)(?:\.[A-Za-z_][\w-]*)*)?(?:\s*\||\s*$)/.exec(
      expr,
    );
    if (!scoped || dot === undefined) return undefined;
    value = scoped[1] === undefined ? dot : at(dot, `.${scoped[1]}`);
  }
  if (value === undefined || value === null || value === '') {
    // `default <literal>` stands in for a missing value; a default read from elsewhere (`.Chart.AppVersion`) is unknown
    const fallback = /\bdefault\s+("([^"]*)"|'([^']*)'|\d+)/.exec(expr);
    if (fallback) return fallback[2] ?? fallback[3] ?? fallback[1];
    if (/\bdefault\b/.test(expr)) return undefined;
  }
  return value ?? undefined;
}

/** The value at a dotted key path (`.image.repository`). */
function at(data: unknown, path: string): unknown {
  let node = data;
  for (const key of path.split('.').slice(1)) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}
