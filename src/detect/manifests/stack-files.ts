import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import type { DeployedFunction } from '../../model/facts.js';
import { resolveInside } from '../../paths.js';
import { dirOf, evidence, isRecord, Lines, yamlDocuments } from './util.js';

/** Text that may be a platform's stack file: a top-level `provider:` and `functions:`. */
const MAY_BE_STACK = /^provider\s*:/m;

/**
 * The functions a platform's own stack file deploys (OpenFaaS's `stack.yml`), each to its code
 * folder resolved from the file's folder, its backend from the language template where the
 * template names one. A file of no known provider, or one that does not parse, deploys nothing
 * here: it is read as the template candidate it also is.
 */
export function stackFileFunctions(file: string, text: string): DeployedFunction[] {
  const stacks = SERVER_KNOWLEDGE.functionDeployments.stackFiles;
  if (stacks.length === 0 || !MAY_BE_STACK.test(text) || !/^functions\s*:/m.test(text)) return [];
  const { docs, failed } = yamlDocuments(file, text);
  const data = failed ? undefined : docs[0];
  if (!isRecord(data) || !isRecord(data.provider) || !isRecord(data.functions)) return [];
  const provider = data.provider.name;
  const stack = stacks.find((s) => typeof provider === 'string' && s.providers.includes(provider.toLowerCase()));
  if (!stack) return [];
  const lines = new Lines(text);
  const out: DeployedFunction[] = [];
  for (const [name, fn] of Object.entries(data.functions)) {
    if (!isRecord(fn)) continue;
    const folder = fn[stack.folderKey];
    const language = fn[stack.languageKey];
    const dir = typeof folder === 'string' ? resolveInside(dirOf(file), folder) : undefined;
    if (dir === undefined || typeof language !== 'string') continue;
    const backend = stack.languages.find((l) => l.pattern.test(language))?.backend;
    const runsOn = backend
      ? { backend }
      : stack.anyLanguage.includes(language.toLowerCase())
        ? {}
        : { otherRuntime: language };
    out.push({
      ...evidence(file, lines.find(`${name}:`), `${stack.record.name} function ${name} (${language}) from ${dir}`),
      dir,
      platform: stack.record.name,
      ...runsOn,
    });
  }
  return out;
}
