import type { ServerKnowledge } from '../knowledge/servers/derive.js';
import { pythonModuleFiles, resolveInside } from '../paths.js';
import { programWords, shellForm } from './command-words.js';

/** A Python module path, with the app object (`pkg.app:create_app('prod')`) or not. */
const MODULE_WORD = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?::[A-Za-z_][\w.]*(?:\(.*\))?)?$/;
/** Options of app servers that take a value, so that their value is not read as the app. */
const VALUED_OPTION =
  /^-(?:[bckwpt]|-(?:bind|config|workers|worker-class|threads|port|host|log-level|timeout|name|chdir|pythonpath|env|root-path|uds|loglevel|concurrency|queues|pool|hostname|interface))$/;

/** The module an app server's command serves, and the folder an option says it is looked up from. */
export interface AppModule {
  module: string;
  from?: string;
  /** Modules below it the command looks for the app in (see ServerFacet's `appArgument.submodules`). */
  submodules?: readonly string[];
}

/**
 * The app module a server command names (`uvicorn pkg.main:app`, `celery -A proj worker`,
 * `gunicorn --bind :80 proj.wsgi`): a `module:object` word for every command, else the value of
 * the option its record names, or its first word that is no option (or an option's value) for a
 * command whose record says it takes the app so (gunicorn's `proj.wsgi` serves `application`).
 */
export function appModuleOf(words: readonly string[], k: ServerKnowledge): AppModule | undefined {
  const [, ...args] = words;
  const line = words.join(' ');
  const named = k.appArguments.filter((a) => a.pattern.test(line));
  const options = named.flatMap((a) => a.options);
  const dirOptions = named.flatMap((a) => a.dirOptions);
  const positional = named.some((a) => a.positional);
  let module: string | undefined;
  let from: string | undefined;
  let positionals = 0;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const [option, value] = /^(-[-\w]+)=(.*)$/.exec(word)?.slice(1) ?? [word, args[i + 1]];
    if (options.includes(option!) || dirOptions.includes(option!)) {
      if (options.includes(option!)) module ??= value;
      else from = value;
      if (option === word) i++;
    } else if (word.startsWith('-')) {
      if (VALUED_OPTION.test(word)) i++;
    } else if (/^[A-Za-z_][\w.]*:[A-Za-z_]/.test(word) || (positional && positionals === 0)) module ??= word;
    if (!word.startsWith('-')) positionals++;
  }
  // `main.huey` names the object `huey` of the module `main`
  const objectPath = named.some((a) => a.objectPath) && module !== undefined && !module.includes(':');
  const target =
    module === undefined ? undefined : moduleOf(objectPath ? module.replace(/\.[A-Za-z_]\w*$/, '') : module);
  const submodules = named.flatMap((a) => a.submodules);
  return target && { ...target, ...(from !== undefined ? { from } : {}), ...(submodules.length ? { submodules } : {}) };
}

/** The module of a `module[:object]` word. */
function moduleOf(word: string): AppModule | undefined {
  const m = MODULE_WORD.exec(word.replace(/^["']|["']$/g, ''));
  return m ? { module: m[1]! } : undefined;
}

/** The app an app server's command serves from the folder's own code: the module's file and the server's name. */
export interface ServedApp {
  file: string;
  server: string;
}

/**
 * The file of the folder's own code an app server's command serves (`uvicorn pkg.main:app` run
 * in `dir`: `dir/pkg/main.py`), looked up from the folder the command runs in or the one its
 * option names. Serving it is server evidence whatever framework made the app: the command says
 * the module holds an ASGI/WSGI app.
 */
export function servedApp(
  dir: string,
  command: string,
  files: ReadonlySet<string>,
  k: ServerKnowledge,
): ServedApp | undefined {
  const server = appServerCommandOf(command, k);
  if (!server) return undefined;
  const words = programWords(command);
  // `python -m uvicorn pkg.main:app`: the server's own words start after its module
  const own = /^python[\d.]*$/.test(words[0] ?? '') ? words.slice(words.indexOf('-m') + 1) : words;
  const app = appModuleOf(own, k);
  if (!app) return undefined;
  const root = app.from === undefined ? dir : resolveInside(dir, app.from);
  const file =
    root === undefined
      ? undefined
      : pythonModuleFiles(app.module)
          .map((p) => resolveInside(root, p))
          .find((f) => f && files.has(f));
  return file ? { file, server } : undefined;
}

/** The name of the app server a command runs, if it runs one. */
export function appServerCommandOf(command: string, k: ServerKnowledge): string | undefined {
  const line = shellForm(command);
  return k.appServerCommands.find((a) => a.pattern.test(line))?.name;
}
