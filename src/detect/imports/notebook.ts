import type { Warning } from '../../model/common.js';
import type { ImportRef } from '../../model/facts.js';
import { extractPythonImports } from './python.js';

/**
 * Imports of a Jupyter notebook's code cells (Python kernels only), plus packages installed
 * from the notebook (`!pip install x`, `%pip install x`). `line` counts code lines across all
 * code cells, 1-based, as the notebook's code reads top to bottom.
 */
export function extractNotebookImports(text: string, file: string): { imports: ImportRef[]; warnings: Warning[] } {
  let data: { cells?: unknown; metadata?: { kernelspec?: { language?: string }; language_info?: { name?: string } } };
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      imports: [],
      warnings: [{ file, message: `invalid notebook JSON: ${(error as Error).message.split('\n')[0]}` }],
    };
  }
  const language = data.metadata?.kernelspec?.language ?? data.metadata?.language_info?.name ?? 'python';
  if (!/^python/i.test(language) || !Array.isArray(data.cells)) return { imports: [], warnings: [] };
  const found = new Map<string, ImportRef>();
  let offset = 0;
  for (const cell of data.cells as { cell_type?: string; source?: unknown }[]) {
    if (cell?.cell_type !== 'code') continue;
    const source = Array.isArray(cell.source)
      ? cell.source.join('')
      : typeof cell.source === 'string'
        ? cell.source
        : '';
    const lines = source.split('\n');
    lines.forEach((l, i) => {
      const pip = /^\s*[!%]\s*pip3?\s+install\s+(.+)$/.exec(l);
      if (!pip) return;
      for (const word of pip[1]!.split(/\s+/)) {
        const name = /^([A-Za-z0-9][\w.-]*)/.exec(word)?.[1];
        if (name && !word.startsWith('-') && !found.has(name))
          found.set(name, { module: name, ecosystem: 'python', file, line: offset + i + 1 });
      }
    });
    const code = lines.map((l) => (/^\s*[!%]/.test(l) ? '' : l)).join('\n');
    for (const ref of extractPythonImports(code, file, offset)) if (!found.has(ref.module)) found.set(ref.module, ref);
    offset += lines.length;
  }
  return { imports: [...found.values()], warnings: [] };
}
