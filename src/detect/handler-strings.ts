import type { FunctionDeployments } from '../knowledge/servers/derive.js';
import { JS_FILE } from '../knowledge/code-files.js';
import { SERVER_KNOWLEDGE } from '../knowledge/servers/index.js';
import type { Backend, Warning } from '../model/common.js';
import type { DeployedFunction, Manifest } from '../model/facts.js';
import type { CodeLine } from '../model/scan.js';
import { parentOf, resolveInside } from '../paths.js';
import { nearestHolding } from './function-stacks.js';
import { manifestOf } from './manifests/util.js';

type Platform = FunctionDeployments['handlerStrings'][number];

/** A handler string of an infrastructure file, its file not yet looked for. */
export interface HandlerString {
  file: string;
  line: number;
  /** The handler's module path as written, from the app's folder (`packages/functions/src/api`), and its export. */
  module: string;
  exported: string;
  /** Written as a `handler:` option: a string that names no file is worth a warning. */
  option: boolean;
  platform: Platform;
}

/** A string `<path>.<export>`: a path of names (no spaces, no interpolation) and an identifier after its last dot. */
const HANDLER_STRING = /(["'`])((?:\.\/)?[\w@][\w@./-]*)\.([A-Za-z_$][\w$]*)\1/g;
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*)/;
const MODULE_LINE = /^\s*(?:import|export)\b.*\bfrom\s*["'`]|\b(?:require|import)\s*\(/;
/** A file name's extension is no export: `"./package.json"`, `"dist/index.js"`. */
const FILE_SUFFIX = /^(?:[cm]?[jt]sx?|json|py|ya?ml|md|txt|html|css|zip)$/;

/**
 * The handler strings of one JavaScript or TypeScript file of a platform's infrastructure code (one
 * that imports the platform's modules or uses its globals): every string shaped `<path>.<export>`.
 * Which of them name a handler is known only once the tree is: see `handlerManifests`.
 */
export function handlerStrings(
  file: string,
  text: string,
  codeLines: readonly CodeLine[] | undefined,
  platforms: readonly Platform[] = SERVER_KNOWLEDGE.functionDeployments.handlerStrings,
): HandlerString[] {
  if (!JS_FILE.test(file)) return [];
  // every source file comes here: the markers are looked for before any line is split out
  const marked = (m: string) => text.includes(m) || (codeLines?.some((l) => l.text.includes(m)) ?? false);
  const platform = platforms.find((p) => p.markers.some(marked));
  if (!platform) return [];
  const lines: CodeLine[] = text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
  const head = lines.length;
  for (const l of codeLines ?? []) if (l.line > head) lines.push(l);
  const found: HandlerString[] = [];
  for (const { line, text: content } of lines) {
    // a module's path (`import { db } from "./lib/db.js"`) names no handler
    if (COMMENT_LINE.test(content) || MODULE_LINE.test(content)) continue;
    for (const m of content.matchAll(HANDLER_STRING)) {
      if (FILE_SUFFIX.test(m[3]!)) continue;
      const option = /\bhandler\s*:\s*$/.test(content.slice(0, m.index));
      found.push({ file, line, module: m[2]!, exported: m[3]!, option, platform });
    }
  }
  return found;
}

/**
 * Handler strings -> the functions they deploy, by stack file: a string whose module is a file of
 * the tree (from the folder holding the platform's app file above the stack) deploys the project
 * holding that file, its backend from the file's extension. A `handler:` option naming no file is a
 * warning; any other string that names none is no handler.
 */
export function handlerManifests(
  found: readonly HandlerString[],
  paths: readonly string[],
): { manifests: Manifest[]; warnings: Warning[] } {
  if (found.length === 0) return { manifests: [], warnings: [] };
  const files = new Set(paths);
  const functions = new Map<string, DeployedFunction[]>();
  const warnings: Warning[] = [];
  for (const h of found) {
    const { appFiles } = h.platform;
    const app = nearestHolding(parentOf(h.file), appFiles, files);
    const resolved = app === undefined ? undefined : resolveInside(app, h.module);
    const code = resolved === undefined ? undefined : codeFile(resolved, h.platform, files);
    if (!code) {
      if (h.option)
        warnings.push({
          file: h.file,
          message: `line ${h.line}: the ${h.platform.record.name} handler ${h.module}.${h.exported} names no file the scan sees${app === undefined ? ` (no ${appFiles[0]} above it)` : ''}; no service for it`,
        });
      continue;
    }
    const dir =
      nearestHolding(parentOf(code.file), h.platform.projectFiles[code.backend], files) ?? parentOf(code.file);
    functions.set(h.file, [
      ...(functions.get(h.file) ?? []),
      {
        file: h.file,
        line: h.line,
        detail: `${h.platform.record.name} handler ${h.module}.${h.exported} deploys ${dir}`,
        dir,
        backend: code.backend,
        platform: h.platform.record.name,
      },
    ]);
  }
  const manifests = [...functions].map(([file, deployed]) =>
    manifestOf('cloudformation', file, undefined, { functions: deployed }),
  );
  return { manifests, warnings };
}

/** The tree's file a handler's module names, with one of the platform's extensions, and the backend that gives. */
function codeFile(
  module: string,
  platform: Platform,
  files: ReadonlySet<string>,
): { file: string; backend: Backend } | undefined {
  for (const backend of ['node', 'python'] as const)
    for (const ext of platform.files[backend])
      if (files.has(`${module}${ext}`)) return { file: `${module}${ext}`, backend };
  return undefined;
}
