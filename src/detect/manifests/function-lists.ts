import { parseAllDocuments } from 'yaml';
import { backendOfRuntime } from '../../knowledge/backends.js';
import { SOURCE_FILE_PATH } from '../../knowledge/code-files.js';
import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import type { FunctionList } from '../../knowledge/servers/derive.js';
import type { FunctionFolderPart } from '../../knowledge/servers/types.js';
import type { DeployedFunction } from '../../model/facts.js';
import { ARCHIVE_PATH, baseName, parentOf, resolveInside } from '../../paths.js';
import { tablesAt, valueAt } from './key-paths.js';
import { dirOf, evidence, isRecord, Lines, QUIET_YAML } from './util.js';

type Table = Record<string, unknown>;

/** A reference to a registered asset or a URL: `azureml:code:1`, `oss://bucket/key`. */
const ASSET = /^[a-z][\w+.-]*:/i;

/**
 * The functions a platform's project file lists (cloudbaserc.json, DigitalOcean's project.yml,
 * Serverless Devs' s.yaml), each to its code folder from the file's folder, its backend from its
 * runtime. A file that does not parse, or of another tool under the same name (an XcodeGen
 * `project.yml`), lists none and says nothing here.
 */
export function listedFunctions(file: string, text: string): DeployedFunction[] {
  const base = baseName(file);
  const formats = SERVER_KNOWLEDGE.functionDeployments.functionLists.filter(
    (f) =>
      (f.files !== undefined || f.marker !== undefined) &&
      (f.files === undefined || f.files.includes(base)) &&
      (f.marker === undefined || text.includes(f.marker)),
  );
  if (formats.length === 0) return [];
  const docs = documentsOf(text);
  if (docs.length === 0) return [];
  const lines = new Lines(text);
  return formats.flatMap((format) =>
    docs.flatMap((data) =>
      ownedByOther(format, data)
        ? []
        : format.entries.flatMap((path) =>
            tablesAt(data, path).flatMap(({ table, above }) => {
              if (format.requires?.some((key) => valueAt(table, key.split('.')) === undefined)) return [];
              const folder = folderOf(format.folder, data, table, above);
              const dir = folder === undefined ? undefined : resolveInside(dirOf(file), folder);
              return dir === undefined ? [] : [listed(file, lines, format, table, dir)];
            }),
          ),
    ),
  );
}

/** The file's tables: its JSON object, or each YAML document's (Kubernetes resources share a file); none when it does not parse. */
function documentsOf(text: string): Table[] {
  try {
    if (text.trimStart().startsWith('{')) {
      const data: unknown = JSON.parse(text);
      return isRecord(data) ? [data] : [];
    }
    const docs = parseAllDocuments(text, QUIET_YAML);
    if (!Array.isArray(docs)) return [];
    return docs
      .filter((d) => d.errors.length === 0)
      .map((d) => d.toJS() as unknown)
      .filter(isRecord);
  } catch {
    return [];
  }
}

function listed(file: string, lines: Lines, format: FunctionList, table: Table, dir: string): DeployedFunction {
  const runtime = format.runtime.map((path) => valueAt(table, path)).find((v) => typeof v === 'string');
  const backend = runtime === undefined ? format.backend : backendOfRuntime(runtime);
  const runsOn = backend
    ? { backend }
    : runtime === undefined || format.anyRuntime.some((p) => p.test(runtime))
      ? {}
      : { otherRuntime: runtime };
  const named = typeof table.name === 'string' ? table.name : undefined;
  return {
    ...evidence(
      file,
      lines.find(named ?? baseName(dir)),
      `${format.record.name} function ${named ?? dir}${runtime ? ` (${runtime})` : ''} from ${dir}`,
    ),
    dir,
    platform: format.record.name,
    ...runsOn,
  };
}

/** The file sets the format's owner key to another tool's value (a Kubeless `function.yaml` beside Nuclio's). */
function ownedByOther(format: FunctionList, data: Table): boolean {
  if (!format.owner) return false;
  const value = data[format.owner.key];
  return value !== undefined && !format.owner.prefixes.some((p) => String(value).startsWith(p));
}

/** The folder the parts name, or none when a part names nothing (a function whose code is an archive in a bucket). */
function folderOf(parts: readonly FunctionFolderPart[], top: Table, table: Table, above: Table[]): string | undefined {
  const names: string[] = [];
  for (const part of parts) {
    const name =
      'literal' in part
        ? part.literal
        : 'top' in part
          ? typeof top[part.top] === 'string'
            ? (top[part.top] as string)
            : part.fallback
          : part.keys
              .map((k) => {
                const from = part.up ? above[part.up - 1] : table;
                return from && valueAt(from, k.split('.'));
              })
              .find((v): v is string => typeof v === 'string' && v !== '');
    if (name === undefined) return undefined;
    // a code file's folder is the code (`function: actions/greet.js`); an archive stays one, to be left out below
    const fileOf = 'keys' in part && part.file && SOURCE_FILE_PATH.test(name) && !ARCHIVE_PATH.test(name);
    names.push(fileOf ? parentOf(name) : name);
  }
  // a built archive (`codeUri: ./dist/code.zip`) or a registered asset (`azureml:code:1`) is no folder of the tree
  return ARCHIVE_PATH.test(names.at(-1)!) || names.some((n) => ASSET.test(n)) ? undefined : names.join('/');
}
