import { README_OPENING_LINES, SELF_DESCRIPTIONS, type SelfDescription } from '../knowledge/self-descriptions.js';
import type { Manifest } from '../model/facts.js';

type Described = NonNullable<Manifest['describedAs']>;

/** Lines of a README's opening that say nothing: badges, images, HTML wrappers, rst underlines and directives. */
const NOISE = /^(?:!\[|\[!\[|<\/?(?:img|p|a|div|h\d|br|picture|source)\b|[=\-~^*#`]{3,}$|\.\. )/i;

/**
 * What a README's opening says its folder is (knowledge/self-descriptions): its first lines of prose
 * and headings, outside code blocks, up to the first code block once prose has begun.
 */
export function describedInReadme(file: string, text: string): Described | undefined {
  let fenced = false;
  let read = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && read < README_OPENING_LINES; i++) {
    const line = lines[i]!.trim();
    if (/^(?:```|~~~)/.test(line)) {
      // the first example command ends the opening
      if (read > 0) break;
      fenced = !fenced;
      continue;
    }
    if (fenced || !line || NOISE.test(line)) continue;
    read++;
    // a link names another project (`switch to [Dummy API Server](...)`), not this one
    const found = statement(line.replace(/\[[^\]]*\]\([^)]*\)/g, ''));
    if (found) return { file, line: i + 1, detail: found.words, as: found.record.id };
  }
  return undefined;
}

/** What a manifest's `description` says its project is, with the line that holds it. */
export function describedInManifest(
  file: string,
  description: unknown,
  lineOf: (needle: string) => number | undefined,
): Described | undefined {
  if (typeof description !== 'string') return undefined;
  const found = statement(description);
  if (!found) return undefined;
  const line = lineOf(description);
  return { file, ...(line ? { line } : {}), detail: found.words, as: found.record.id };
}

/** What a folder's own name says it is (`legacy-api-DO-NOT-DEPLOY`), for the records that may be a name. */
export function describedInName(dir: string): Described | undefined {
  const name = dir.split('/').pop()!;
  const words = name.replace(/[-_.]+/g, ' ');
  for (const record of SELF_DESCRIPTIONS) {
    const m = record.inName ? record.pattern.exec(words) : null;
    if (m) return { file: dir, detail: name, as: record.id };
  }
  return undefined;
}

/** The record a description names. */
export function selfDescription(id: string): SelfDescription | undefined {
  return SELF_DESCRIPTIONS.find((d) => d.id === id);
}

function statement(text: string): { record: SelfDescription; words: string } | undefined {
  // `fake_server`, `MockApi`: the words of a name
  const words = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  for (const record of SELF_DESCRIPTIONS) {
    const m = record.pattern.exec(words);
    if (m) return { record, words: m[0] };
  }
  return undefined;
}
