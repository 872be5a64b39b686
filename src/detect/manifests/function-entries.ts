import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import { baseName } from '../../paths.js';
import { dirOf, manifestOf, type ParsedManifest } from './util.js';

/**
 * A function's entry in a layout its platform deploys by convention (uniCloud's
 * `uniCloud-aliyun/cloudfunctions/<name>/index.js`): its folder is one function of the platform's
 * backend. An empty entry deploys nothing.
 */
export function parseFunctionEntry(file: string, text: string): ParsedManifest {
  const layout = SERVER_KNOWLEDGE.functionDeployments.functionEntries.find((e) => e.pattern.test(file));
  if (!layout || text.trim() === '') return { warnings: [] };
  const dir = dirOf(file);
  return {
    manifest: manifestOf('function-entry', file, undefined, {
      functions: [
        {
          file,
          detail: `${layout.record.name} function ${baseName(dir)}`,
          dir,
          backend: layout.backend,
          platform: layout.record.name,
        },
      ],
    }),
    warnings: [],
  };
}
