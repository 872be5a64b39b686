import { ecosystemOfLanguage, languageRuleOf } from '../../knowledge/languages.js';
import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import type { DeployedFunction, Manifest } from '../../model/facts.js';
import { baseName, parentOf } from '../../paths.js';
import { describeParseError, dirOf, isRecord, Lines, manifestOf, type ParsedManifest, problem } from './util.js';

/**
 * A function's binding file in a function-app layout (Azure Functions v1-v3 `function.json`):
 * a trigger binding makes it a function of the app folder above its own, its `scriptFile` gives
 * the backend. A binding file with no trigger deploys nothing.
 */
export function parseFunctionJson(file: string, text: string): ParsedManifest {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (error) {
    return problem(file, describeParseError('JSON', error));
  }
  const bindings = isRecord(data) && Array.isArray(data.bindings) ? data.bindings : [];
  const triggers = bindings.flatMap((b) =>
    isRecord(b) && typeof b.type === 'string' && /Trigger$/i.test(b.type) ? [b.type] : [],
  );
  if (triggers.length === 0) return { warnings: [] };
  const layout = SERVER_KNOWLEDGE.functionDeployments.appLayouts.find((l) => file.endsWith(l.functionFile));
  const script = isRecord(data) && typeof data.scriptFile === 'string' ? data.scriptFile : undefined;
  const runs = script ? runtimeOfScript(script) : {};
  const http = triggers.find((t) => t.toLowerCase() === 'httptrigger');
  const line = new Lines(text).find(http ?? triggers[0]!);
  const name = baseName(dirOf(file));
  const fn: DeployedFunction = {
    file,
    ...(line ? { line } : {}),
    detail: `${http ? 'HTTP-triggered' : `${triggers[0]} (triggered)`} function ${name}`,
    dir: parentOf(dirOf(file)),
    ...runs,
    ...(layout ? { platform: layout.record.name } : {}),
  };
  return { manifest: manifestOf('function-app', file, undefined, { functions: [fn] }), warnings: [] };
}

/** The backend a script file's language runs on, or the script's kind when neither (`.dll`, `.ps1`, `.csx`). */
function runtimeOfScript(script: string): Pick<DeployedFunction, 'backend' | 'otherRuntime'> {
  const language = languageRuleOf(script)?.name;
  const backend = language ? ecosystemOfLanguage(language) : undefined;
  if (backend) return { backend };
  const extension = /\.(\w+)$/.exec(script)?.[1];
  return extension ? { otherRuntime: extension } : {};
}

/**
 * Function-app manifests whose app folder holds the app file (`host.json`): a binding file
 * elsewhere is no function app's. A function whose binding names no script takes the backend of
 * the code beside it (`index.js`, `__init__.py`), else the app folder's project's.
 */
export function withFunctionApps(manifests: readonly Manifest[], paths: readonly string[]): Manifest[] {
  const layouts = SERVER_KNOWLEDGE.functionDeployments.appLayouts;
  if (!manifests.some((m) => m.kind === 'function-app')) return [...manifests];
  const files = new Set(paths);
  return manifests.flatMap((m) => {
    if (m.kind !== 'function-app') return [m];
    const app = m.functions?.[0]?.dir;
    const layout = layouts.find((l) => m.file.endsWith(l.functionFile));
    if (app === undefined || !layout || !files.has(app === '.' ? layout.appFile : `${app}/${layout.appFile}`))
      return [];
    let beside: Pick<DeployedFunction, 'backend'> | undefined;
    const functions = (m.functions ?? []).map((fn) =>
      fn.backend || fn.otherRuntime ? fn : { ...fn, ...(beside ??= codeBeside(m.dir, paths)) },
    );
    return [{ ...m, functions }];
  });
}

function codeBeside(dir: string, paths: readonly string[]): Pick<DeployedFunction, 'backend'> {
  const prefix = dir === '.' ? '' : `${dir}/`;
  for (const file of paths) {
    if (!file.startsWith(prefix) || file.slice(prefix.length).includes('/')) continue;
    const language = languageRuleOf(file)?.name;
    const backend = language ? ecosystemOfLanguage(language) : undefined;
    if (backend) return { backend };
  }
  return {};
}
