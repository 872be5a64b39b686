import type { Backend } from '../model/common.js';
import type { BuildHostPart, CodeFactKind, Serves } from '../model/facts.js';
import { JS_FILE, PY_FILE } from './code-files.js';
import { SERVER_KNOWLEDGE } from './servers/index.js';

/**
 * Lines of code that show a folder serves requests or how it starts, read without running
 * anything. Each pattern is tested on one line; `keyword` is a literal the line must contain,
 * so that scan can keep just the lines that might match (past the import head of a file) and
 * detect runs no regular expression on lines that cannot.
 */
export interface CodePattern {
  id: string;
  ecosystem: Backend;
  kind: CodeFactKind;
  keyword: string;
  pattern: RegExp;
  /** What the line does, for evidence. */
  detail: string;
  /** For framework-less servers: the name shown among the service's frameworks. */
  server?: string;
  /** What the server serves when it is not requests (a worker's messages, a function platform's calls). */
  serves?: Serves;
  /**
   * `start` patterns: the program the line starts runs from the nearest folder, at or above the
   * file's, that holds a file of this name (Django's WSGI module sits in the settings package;
   * the project runs from the folder of `manage.py`).
   */
  runFrom?: string;
  /**
   * `start` patterns: the line makes a command-line program that serves only under one of its
   * commands (Django's `manage.py runserver`): it says where the program runs from, but the folder
   * starts only where a deployment file, start script, README or Makefile runs it.
   */
  onCommand?: true;
  /** `onCommand` programs: the commands they serve under (`runserver`); a run of another (`migrate`) starts nothing. */
  servesUnder?: readonly string[];
  /**
   * The line ends a consumer's wait after a set time (`future.result(timeout=5.0)`): the file is a
   * demo that listens for seconds and stops, so a run written down for people starts no worker with it.
   */
  bounds?: true;
  /**
   * The line keeps a process alive by itself (`while True:`, a top-level `setInterval(`): no evidence
   * of anything alone, since hand-run scripts loop too. A deployment file (Dockerfile, compose file,
   * Procfile, platform file) that runs the file, which serves nothing else, runs a long-lived worker.
   */
  deployedOnly?: true;
  /**
   * `start` lines of a worker's own script (`Worker([q]).work()`): the script starts the worker itself, as `app.run()`
   * starts a web app, so it is the entry of a worker beside an app its project serves (the app's image or checkout
   * holds the script); a worker script alone that nothing runs is one kept for reference, not a deployed worker.
   */
  besideOnly?: true;
  /** The line counts only in a file that imports one of these modules. */
  whenImports?: readonly string[];
  /**
   * With `whenImports`: the line also counts in a file that imports none of them when the file's
   * project depends on one (as a package): the queue is made in another module of the project
   * (`queues.js`) and processed here (`worker.js`). Read against the project once manifests are in.
   */
  orProjectDepends?: true;
  /**
   * The line counts only in a file that also holds a line matching this, among the lines read
   * (the head and the lines kept for a keyword: the other line must hold one).
   */
  whenFileHas?: RegExp;
  /**
   * The line does not count in a file that holds a line matching `pattern` (among the lines read:
   * `keywords` keep such lines past the head, as a pattern's own keyword does).
   */
  unlessFileHas?: { keywords: readonly string[]; pattern: RegExp };
  /**
   * The line calls a method on the name its first group captures, and counts only in a file that
   * binds that name to one of `constructors` (regular-expression source): `store = Eve(...)` then
   * `store.run()` starts an app whatever the variable is called. `keywords` keep the binding lines
   * past the head, as a pattern's own keyword does.
   */
  whenBound?: { keywords: readonly string[]; constructors: readonly string[] };
  /**
   * The line boots a server framework as a consumer of a message broker (see ServerFacet's
   * `consumerBoots`): a folder whose code boots its framework only this way is a worker.
   */
  consumerBoot?: true;
  /** The line is a string by design (a `'use client'` directive): never left out as text that is not code. */
  directive?: true;
  /** The line counts only in files whose path matches. */
  files?: RegExp;
  /** `handler` patterns: the signal the handler's work raises, and its strength as the service's work (default 1). */
  signal?: 'realtime';
  ceiling?: number;
  /** `build-host` patterns: which part of hosting a frontend's build the line is. */
  hosts?: BuildHostPart;
}

/** App objects made by no one framework: a factory function, a bare `Application()` (aiohttp, Tornado). */
const APP_FACTORIES: readonly string[] = ['Application', 'create_app', 'make_app', 'get_app'];

/** What makes an app object: the records' server classes and the factories (regular-expression source). */
const APP_CONSTRUCTORS: readonly string[] = [...SERVER_KNOWLEDGE.appObjects, ...APP_FACTORIES];

/** The literal each constructor's call holds (`App(` of `connexion\.\w*App`), for scan to keep its lines. */
function constructorKeywords(constructors: readonly string[]): string[] {
  return [...new Set(constructors.flatMap((c) => /(\w+)$/.exec(c)?.[1] ?? []).map((w) => `${w}(`))];
}

/** Lines that start a server or run another language whatever the technology; the records' own come first. */
const GENERIC_PATTERNS: readonly CodePattern[] = [
  // Node.js code that starts serving
  {
    id: 'node-listen',
    ecosystem: 'node',
    kind: 'start',
    keyword: 'listen(',
    // not a subscription: `history.listen((location) => …)` takes a function, a server a port or options
    pattern: /\.listen\s*\((?!\s*(?:\(|function\b|async\b|[A-Za-z_$][\w$]*\s*=>))/,
    detail: 'starts listening',
    files: JS_FILE,
  },
  // Code that runs in the browser, whatever folder it sits in: a client component, a web worker
  {
    id: 'node-use-client',
    ecosystem: 'node',
    kind: 'browser',
    keyword: 'use client',
    pattern: /^\s*(['"])use client\1\s*;?\s*$/,
    detail: 'a client component',
    directive: true,
    files: JS_FILE,
  },
  {
    id: 'node-web-worker',
    ecosystem: 'node',
    kind: 'browser',
    keyword: 'message',
    pattern: /^\s*(?:self|globalThis)\.(?:onmessage\s*=|addEventListener\s*\(\s*(['"])message\1)/,
    detail: "a web worker's message handler",
    files: JS_FILE,
  },
  // Node.js running Python
  {
    id: 'node-spawn-python',
    ecosystem: 'node',
    kind: 'spawn',
    keyword: 'python',
    pattern:
      /\b(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|execa|execaSync|\$)\s*\(?\s*[`'"]python(?:3(?:\.\d+)?)?\b/,
    detail: 'runs Python',
    files: JS_FILE,
  },
  {
    id: 'node-python-shell',
    ecosystem: 'node',
    kind: 'spawn',
    keyword: 'PythonShell',
    pattern: /\b(?:new\s+PythonShell\s*\(|PythonShell\.run(?:String)?\s*\()/,
    detail: 'runs Python through python-shell',
    files: JS_FILE,
  },
  {
    id: 'py-app-run',
    ecosystem: 'python',
    kind: 'start',
    keyword: '.run(',
    pattern: /^\s*(?:app|application|server|socketio|sio|api|manager)\.run\s*\(/,
    detail: 'runs the app',
    files: PY_FILE,
  },
  {
    // the same start on an app object under a name of its own (`petstore = FlaskApp(__name__)`, then
    // `petstore.run(port=8080)`): a constructor of a known server class or an app factory binds it
    id: 'py-bound-app-run',
    ecosystem: 'python',
    kind: 'start',
    keyword: '.run(',
    pattern: /^\s*(?!(?:app|application|server|socketio|sio|api|manager)\.)([A-Za-z_]\w*)\.run\s*\(/,
    detail: 'runs the app',
    whenBound: { keywords: constructorKeywords(APP_CONSTRUCTORS), constructors: APP_CONSTRUCTORS },
    files: PY_FILE,
  },
  {
    id: 'py-run-app-object',
    ecosystem: 'python',
    kind: 'start',
    keyword: '.run(',
    pattern: /\.run\s*\(\s*(?:app|application|server)\b/,
    detail: 'runs the app',
    files: PY_FILE,
  },
  {
    id: 'py-serve-forever',
    ecosystem: 'python',
    kind: 'start',
    keyword: 'serve_forever',
    pattern: /\.serve_forever\s*\(/,
    detail: 'serves until stopped',
    files: PY_FILE,
  },
  {
    id: 'py-app-object',
    ecosystem: 'python',
    kind: 'app-object',
    keyword: '(',
    pattern: new RegExp(
      String.raw`^(?:app|application|api|server)\s*(?::\s*\w+\s*)?=\s*(?:${[...SERVER_KNOWLEDGE.appObjects, ...APP_FACTORIES].join('|')})\s*\(`,
    ),
    detail: 'module-level ASGI/WSGI app object',
    files: PY_FILE,
  },
  // Scripts of the other language named in a file that spawns it (`spawn('python3', [\n 'ml/predict.py'])`)
  {
    id: 'node-python-script-join',
    ecosystem: 'node',
    kind: 'script',
    keyword: '.py',
    pattern: /\b(?:path\.)?(?:join|resolve)\s*\(((?:[^()'"`]|'[^']*'|"[^"]*"|`[^`]*`)*\.py['"`])\s*\)/,
    detail: 'names a Python script',
    files: JS_FILE,
  },
  {
    id: 'node-python-shell-path',
    ecosystem: 'node',
    kind: 'script',
    keyword: 'scriptPath',
    pattern: /\bscriptPath\s*:\s*['"`]([^'"`]+)['"`]/,
    detail: 'names the folder of its Python scripts',
    files: JS_FILE,
  },
  {
    id: 'node-python-script',
    ecosystem: 'node',
    kind: 'script',
    keyword: '.py',
    pattern: /['"`]((?:[\w@.-]+\/)*[\w@.-]+\.py)['"`]/,
    detail: 'names a Python script',
    files: JS_FILE,
  },
  {
    id: 'py-node-script',
    ecosystem: 'python',
    kind: 'script',
    keyword: '.js',
    pattern: /['"]((?:[\w@.-]+\/)*[\w@.-]+\.[cm]?js)['"]/,
    detail: 'names a Node.js script',
    files: PY_FILE,
  },
  // Python running Node.js
  {
    id: 'py-spawn-node',
    ecosystem: 'python',
    kind: 'spawn',
    keyword: 'subprocess',
    pattern: /\bsubprocess\.(?:run|call|check_call|check_output|Popen)\s*\(\s*\[?\s*['"](?:node|npx|bun)['"\s]/,
    detail: 'runs Node.js',
    files: PY_FILE,
  },
];

/**
 * Routes of any framework: a call or decorator whose first argument is a rooted path
 * (`@app.get("/items")`, `web.get('/ws', h)`, `(r"/ws", ChatHandler)`, `router.post('/x', …)`).
 * They count the service's handlers, of which a framework's real-time handlers are a share
 * (profile/strength.ts). Keyed by the opening of the path, which few other lines hold.
 */
const PY_ROUTE =
  /(?:\.(?:get|post|put|patch|delete|head|options|route|api_route|websocket|websocket_route|view|add_route|add_get|add_post|add_put|add_patch|add_delete|add_view|add_websocket_route)|\b(?:Route|WebSocketRoute|Mount))\s*\(\s*r?['"]\/|\(\s*r?['"]\/[^'"]*['"]\s*,\s*(?:\w+\.)*[A-Z]\w*/;
const JS_ROUTE = /\.(?:get|post|put|patch|delete|head|options|all|route|ws|any)\s*\(\s*['"`]\//;
const ROUTE_PATTERNS: readonly CodePattern[] = [
  ...['("/', "('/", '(r"/', "(r'/"].map((keyword, i): CodePattern => ({
    id: `py-route-${i}`,
    ecosystem: 'python',
    kind: 'route',
    keyword,
    pattern: PY_ROUTE,
    detail: 'a route',
    files: PY_FILE,
  })),
  // Tornado's handlers are classes, whose paths sit in a table elsewhere
  {
    id: 'py-route-class',
    ecosystem: 'python',
    kind: 'route',
    keyword: 'RequestHandler',
    pattern: /^\s*class\s+\w+\s*\(\s*(?:\w+\.)*RequestHandler\b/,
    detail: 'a request handler',
    files: PY_FILE,
  },
  ...['("/', "('/", '(`/'].map((keyword, i): CodePattern => ({
    id: `node-route-${i}`,
    ecosystem: 'node',
    kind: 'route',
    keyword,
    pattern: JS_ROUTE,
    detail: 'a route',
    files: JS_FILE,
  })),
];

export const CODE_PATTERNS: readonly CodePattern[] = [
  ...SERVER_KNOWLEDGE.codePatterns,
  ...GENERIC_PATTERNS,
  ...ROUTE_PATTERNS,
];

/**
 * Module-level app objects (Python) start a line with one of these (`app = FastAPI()`,
 * `application = get_asgi_application()`): the line starts scan and detect look for, beside the
 * keywords, when an app-object pattern applies.
 */
export const APP_OBJECT_STARTS: readonly string[] = ['app', 'api', 'server'];

/** The words to search a text for, so that every line a pattern can match is found. */
export interface SearchWords {
  /** The patterns' keywords. */
  words: readonly string[];
  /** Line starts: those of app objects, when an app-object pattern is among them. */
  lineStarts: readonly string[];
}

/** What lines to look at for these patterns. */
export function searchWordsOf(patterns: readonly CodePattern[]): SearchWords {
  return {
    words: [
      ...new Set(
        patterns.flatMap((p) => [
          ...(p.kind !== 'app-object' ? [p.keyword] : []),
          ...(p.unlessFileHas?.keywords ?? []),
          ...(p.whenBound?.keywords ?? []),
        ]),
      ),
    ],
    lineStarts: patterns.some((p) => p.kind === 'app-object') ? APP_OBJECT_STARTS : [],
  };
}

/**
 * What scan looks for past a source file's import head, per language: keywords few and rare, so
 * that the lines kept stay few, and the line starts of app objects.
 */
export const CODE_KEYWORDS: Readonly<Record<Backend, SearchWords>> = {
  node: withStackWords('node', searchWordsOf(CODE_PATTERNS.filter((p) => p.ecosystem === 'node'))),
  python: withStackWords('python', searchWordsOf(CODE_PATTERNS.filter((p) => p.ecosystem === 'python'))),
};

/** The words of infrastructure stacks' function constructs too (detect/function-stacks reads those lines). */
function withStackWords(backend: Backend, words: SearchWords): SearchWords {
  const stack = SERVER_KNOWLEDGE.functionDeployments.keywords[backend];
  return { ...words, words: [...new Set([...words.words, ...stack])] };
}

/**
 * Modules whose importing files scan keeps whole (as far as a source head is read), per language:
 * an infrastructure stack's function paths come from its constants and its helpers' calls,
 * anywhere in the file (detect/stack-paths.ts), not only from lines holding a keyword.
 */
export const WHOLE_HEAD_IMPORTS: Readonly<Record<Backend, readonly string[]>> = {
  node: stackImports('node'),
  python: stackImports('python'),
};

function stackImports(backend: Backend): string[] {
  const { stacks, handlerStrings } = SERVER_KNOWLEDGE.functionDeployments;
  const mine = stacks.filter((s) => s.ecosystem === backend);
  // handler strings' files (SST v2) are JavaScript or TypeScript: a `routes` map is read whole
  const handlers = backend === 'node' ? handlerStrings.flatMap((h) => h.imports) : [];
  return [...new Set([...mine.flatMap((s) => s.imports), ...handlers])];
}

/**
 * Words that every import statement holds, per language: a source head is kept up to the end
 * of the last line holding one (a Python `from x import y` holds `import`). `require` counts with
 * its parenthesis: validation code says `required` and `requirements` far below the imports
 * (half of medusa's kept text); a `require` parted from its `(` by a line break is not followed.
 */
export const IMPORT_WORDS: Readonly<Record<Backend, readonly string[]>> = {
  node: ['import', 'require(', 'require (', "from '", 'from "'],
  python: ['import'],
};
