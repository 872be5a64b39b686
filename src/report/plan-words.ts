import type { DriftArea, Reach } from '../model/plan.js';
import { formatBytes } from './words.js';

/** How the report says the service reaches an area, shared by the text and Markdown renderers (plain text). */
export const REACH_WORDS: Record<Reach, string> = {
  imports: 'imported by the service',
  spawns: 'started as a process',
  apart: 'beside the service: neither imported nor started by it',
};

/** One line about an area, without its path: size, libraries, how it is reached. */
export function areaSummary(area: DriftArea): string {
  const size = `${area.files} file${area.files === 1 ? '' : 's'}, ${formatBytes(area.bytes)}`;
  const from = area.reachedFrom
    ? ` (${area.reachedFrom.file}${area.reachedFrom.line ? `:${area.reachedFrom.line}` : ''})`
    : '';
  const libs = area.libraries.length > 0 ? `; ${area.libraries.join(', ')}` : '';
  return `${size}, ${REACH_WORDS[area.reach]}${from}${libs}`;
}

/** Where a path sits, as the report prints it: folders end with a slash. */
export function areaPath(area: DriftArea): string {
  return area.folder ? `${area.path}/` : area.path;
}
