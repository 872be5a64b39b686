import type { Report } from '../model/report.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export type Format = 'text' | 'json' | 'markdown' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'sarif'];

/** The report as it is, stable and indented. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export function render(report: Report, format: Format, options: { color?: boolean } = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, options);
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'sarif':
      return renderSarif(report);
  }
}

export { renderMarkdown, renderSarif, renderText };
