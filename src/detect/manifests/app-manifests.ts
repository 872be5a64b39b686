import { parse as parseYaml } from 'yaml';
import { backendOfRuntime } from '../../knowledge/backends.js';
import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import type { DeployedFunction } from '../../model/facts.js';
import { baseName } from '../../paths.js';
import { dirOf, evidence, isRecord, Lines, QUIET_YAML } from './util.js';

/** A manifest's sections: each section's entries, and its `key value` settings. */
type Sections = Map<string, { entries: number; settings: Map<string, string>; line?: number }>;

/**
 * The functions a platform's app manifest deploys (Architect's `app.arc`): one, from the manifest's
 * folder, when a section of its record's holds an entry; its backend from the runtime setting, the
 * record's default when none. A Go or Ruby runtime is another runtime; a file that does not parse
 * deploys nothing (its folder is read as any other).
 */
export function appManifestFunctions(file: string, text: string): DeployedFunction[] {
  const base = baseName(file);
  const format = SERVER_KNOWLEDGE.functionDeployments.appManifests.find((f) => f.files.includes(base));
  if (!format) return [];
  const sections = /\.(?:json|ya?ml)$/.test(base) ? dataSections(text) : arcSections(text);
  if (!sections) return [];
  const declared = format.sections.filter((s) => (sections.get(s)?.entries ?? 0) > 0);
  if (declared.length === 0) return [];
  const [section, key] = format.runtime;
  const runtime = sections.get(section)?.settings.get(key);
  const named = (['node', 'python'] as const).find((b) => format.runtimeNames?.[b]?.includes(runtime ?? ''));
  const backend = runtime === undefined ? format.defaultBackend : (named ?? backendOfRuntime(runtime));
  const lines = new Lines(text);
  const at = sections.get(declared[0]!)?.line ?? lines.find(declared[0]!);
  return [
    {
      ...evidence(
        file,
        at,
        `deploys the ${format.record.name} functions of ${declared.map((s) => `@${s}`).join(', ')}${runtime ? ` (${runtime})` : ''}`,
      ),
      dir: dirOf(file),
      platform: format.record.name,
      ...(backend ? { backend } : runtime ? { otherRuntime: runtime } : {}),
    },
  ];
}

/** The `.arc` format: `@section` lines, each followed by its entries; an indented line belongs to the entry above; `#` comments. */
function arcSections(text: string): Sections {
  const sections: Sections = new Map();
  let current: ReturnType<Sections['get']>;
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = raw.replace(/#.*$/, '');
    if (content.trim() === '') return;
    const pragma = /^@([\w-]+)/.exec(content);
    if (pragma) {
      current = { entries: 0, settings: new Map(), line: i + 1 };
      sections.set(pragma[1]!, current);
      return;
    }
    if (!current || /^\s/.test(content)) return;
    current.entries++;
    const [name, ...value] = content.trim().split(/\s+/);
    if (name && value.length) current.settings.set(name, value.join(' '));
  });
  return sections;
}

/** `arc.json`/`arc.yaml`: top-level keys are the sections; a list's or table's entries count, a table's string values are settings. */
function dataSections(text: string): Sections | undefined {
  let data: unknown;
  try {
    data = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text, QUIET_YAML);
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  const sections: Sections = new Map();
  for (const [name, value] of Object.entries(data)) {
    const settings = new Map<string, string>();
    if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (typeof v === 'string') settings.set(k, v);
    const entries = Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : 0;
    sections.set(name, { entries, settings });
  }
  return sections;
}
