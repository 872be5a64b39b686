import type { Backend } from '../model/common.js';
import type { CodeFactKind } from '../model/facts.js';

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
  /** The line counts only in a file that imports one of these modules. */
  whenImports?: readonly string[];
  /** The line counts only in files whose path matches. */
  files?: RegExp;
}

const JS_FILE = /\.(?:[cm]?[jt]sx?)$/;
const PY_FILE = /\.py$/;

export const CODE_PATTERNS: readonly CodePattern[] = [
  // Node.js servers without a framework
  {
    id: 'node-create-server',
    ecosystem: 'node',
    kind: 'server',
    keyword: 'Server(',
    pattern: /\b(?:https?|http2|net|tls)\.create(?:Secure)?Server\s*\(/,
    detail: 'creates an HTTP/TCP server',
    server: 'Node http',
    files: JS_FILE,
  },
  {
    id: 'node-create-server-import',
    ecosystem: 'node',
    kind: 'server',
    keyword: 'Server(',
    pattern: /(?<![.\w])create(?:Secure)?Server\s*\(/,
    detail: 'creates an HTTP/TCP server',
    server: 'Node http',
    whenImports: ['http', 'https', 'http2', 'net', 'tls'],
    files: JS_FILE,
  },
  {
    id: 'node-websocket-server-port',
    ecosystem: 'node',
    kind: 'server-start',
    keyword: 'WebSocket',
    pattern: /\bnew\s+(?:WebSocket\.Server|WebSocketServer|WSServer)\s*\(\s*\{[^}]*\bport\b/,
    detail: 'serves WebSockets on a port',
    server: 'ws',
    files: JS_FILE,
  },
  {
    id: 'node-websocket-server',
    ecosystem: 'node',
    kind: 'server',
    keyword: 'WebSocket',
    pattern: /\bnew\s+(?:WebSocket\.Server|WebSocketServer|WSServer)\s*\(/,
    detail: 'creates a WebSocket server',
    server: 'ws',
    files: JS_FILE,
  },
  {
    id: 'node-uws-app',
    ecosystem: 'node',
    kind: 'server',
    keyword: 'App(',
    pattern: /\b(?:uWS|uws|uWebSockets)\.(?:SSL)?App\s*\(/,
    detail: 'creates a uWebSockets.js server',
    server: 'uWebSockets.js',
    files: JS_FILE,
  },
  {
    id: 'node-grpc-server',
    ecosystem: 'node',
    kind: 'server',
    keyword: 'Server(',
    pattern: /\bnew\s+(?:grpc\.)?Server\s*\(/,
    detail: 'creates a gRPC server',
    server: 'gRPC',
    whenImports: ['@grpc/grpc-js', 'grpc'],
    files: JS_FILE,
  },
  {
    id: 'node-smtp-server',
    ecosystem: 'node',
    kind: 'server',
    keyword: 'SMTPServer',
    pattern: /\bnew\s+SMTPServer\s*\(/,
    detail: 'creates an SMTP server',
    server: 'smtp-server',
    files: JS_FILE,
  },
  {
    id: 'node-bun-serve',
    ecosystem: 'node',
    kind: 'server-start',
    keyword: 'serve(',
    pattern: /\b(?:Bun|Deno)\.serve\s*\(/,
    detail: 'serves HTTP with the runtime',
    server: 'Bun/Deno serve',
    files: JS_FILE,
  },
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
  {
    id: 'node-nest-factory',
    ecosystem: 'node',
    kind: 'start',
    keyword: 'NestFactory',
    pattern: /\bNestFactory\.create(?:Microservice|ApplicationContext)?\s*[<(]/,
    detail: 'boots a NestJS application',
    files: JS_FILE,
  },
  {
    id: 'node-hono-serve',
    ecosystem: 'node',
    kind: 'start',
    keyword: 'serve(',
    pattern: /(?<![.\w])serve\s*\(/,
    detail: 'starts a Hono node server',
    whenImports: ['@hono/node-server'],
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
  // Next.js static export: the site is files, no server runs
  {
    id: 'next-static-export',
    ecosystem: 'node',
    kind: 'static-export',
    keyword: 'output',
    pattern: /\boutput\s*:\s*['"`]export['"`]/,
    detail: "Next.js static export (output: 'export')",
    files: /(?:^|\/)next\.config\.[cm]?[jt]s$/,
  },

  // Python servers without a framework
  {
    id: 'py-grpc-server',
    ecosystem: 'python',
    kind: 'server',
    keyword: 'server(',
    pattern: /\bgrpc(?:\.aio)?\.server\s*\(/,
    detail: 'creates a gRPC server',
    server: 'gRPC',
    files: PY_FILE,
  },
  {
    id: 'py-aiohttp-app',
    ecosystem: 'python',
    kind: 'server',
    keyword: 'Application(',
    pattern: /\bweb\.Application\s*\(/,
    detail: 'creates an aiohttp.web application',
    server: 'aiohttp',
    whenImports: ['aiohttp'],
    files: PY_FILE,
  },
  {
    id: 'py-websockets-serve',
    ecosystem: 'python',
    kind: 'server-start',
    keyword: 'serve(',
    pattern:
      /\bwebsockets(?:\.server|\.asyncio\.server)?\.serve\s*\(|(?<![.\w])serve\s*\(\s*\w+\s*,\s*['"][\w.:-]*['"]\s*,/,
    detail: 'serves WebSockets',
    server: 'websockets',
    whenImports: ['websockets'],
    files: PY_FILE,
  },
  {
    id: 'py-asyncio-server',
    ecosystem: 'python',
    kind: 'server-start',
    keyword: 'start_server',
    pattern: /\basyncio\.start_(?:unix_)?server\s*\(/,
    detail: 'serves TCP with asyncio',
    server: 'asyncio server',
    files: PY_FILE,
  },
  {
    id: 'py-socketserver',
    ecosystem: 'python',
    kind: 'server',
    keyword: 'Server(',
    pattern: /\b(?:socketserver\.\w*(?:TCP|UDP)Server|(?:Threading)?HTTPServer)\s*\(/,
    detail: 'creates a socketserver/http.server server',
    server: 'http.server',
    whenImports: ['socketserver', 'http'],
    files: PY_FILE,
  },
  // Python code that starts serving
  {
    id: 'py-app-server-run',
    ecosystem: 'python',
    kind: 'server-start',
    keyword: '.run(',
    pattern: /\b(?:uvicorn|hypercorn|granian|waitress)\.(?:run|serve)\s*\(/,
    detail: 'runs an app server',
    files: PY_FILE,
  },
  {
    id: 'py-run-app',
    ecosystem: 'python',
    kind: 'start',
    keyword: 'run_app(',
    pattern: /\bweb\.run_app\s*\(/,
    detail: 'runs an aiohttp.web app',
    files: PY_FILE,
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
    id: 'py-tornado-listen',
    ecosystem: 'python',
    kind: 'start',
    keyword: 'listen(',
    pattern: /\.listen\s*\(/,
    detail: 'starts listening',
    whenImports: ['tornado'],
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
    id: 'py-grpc-start',
    ecosystem: 'python',
    kind: 'start',
    keyword: 'wait_for_termination',
    pattern: /\.wait_for_termination\s*\(/,
    detail: 'serves until terminated',
    files: PY_FILE,
  },
  {
    id: 'py-django-manage',
    ecosystem: 'python',
    kind: 'start',
    keyword: 'execute_from_command_line',
    pattern: /\bexecute_from_command_line\s*\(/,
    detail: 'Django manage.py',
    whenImports: ['django'],
    files: PY_FILE,
  },
  {
    id: 'py-django-wsgi',
    ecosystem: 'python',
    kind: 'start',
    keyword: '_application',
    pattern: /\bget_(?:wsgi|asgi)_application\s*\(/,
    detail: 'Django WSGI/ASGI entry',
    whenImports: ['django'],
    files: PY_FILE,
  },
  {
    id: 'py-app-object',
    ecosystem: 'python',
    kind: 'app-object',
    keyword: '(',
    pattern:
      /^(?:app|application|api|server)\s*(?::\s*\w+\s*)?=\s*(?:FastAPI|Flask|Starlette|Quart|Sanic|Litestar|Robyn|BlackSheep|Application|falcon\.(?:asgi\.)?App|connexion\.\w*App|create_app|make_app|get_app|ProtocolTypeRouter|socketio\.ASGIApp|socketio\.WSGIApp)\s*\(/,
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
    words: [...new Set(patterns.filter((p) => p.kind !== 'app-object').map((p) => p.keyword))],
    lineStarts: patterns.some((p) => p.kind === 'app-object') ? APP_OBJECT_STARTS : [],
  };
}

/**
 * What scan looks for past a source file's import head, per language: keywords few and rare, so
 * that the lines kept stay few, and the line starts of app objects.
 */
export const CODE_KEYWORDS: Readonly<Record<Backend, SearchWords>> = {
  node: searchWordsOf(CODE_PATTERNS.filter((p) => p.ecosystem === 'node')),
  python: searchWordsOf(CODE_PATTERNS.filter((p) => p.ecosystem === 'python')),
};

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

/**
 * Servers that run an ASGI/WSGI app: a project does not need one at run time unless it is
 * deployed, so one among a Python web project's runtime dependencies is its entry evidence
 * (`gunicorn 'app:create_app()'`), as is one in a start command with a module-level app object.
 */
export const APP_SERVERS: readonly string[] = [
  'uvicorn',
  'gunicorn',
  'hypercorn',
  'daphne',
  'waitress',
  'granian',
  'uwsgi',
  'bjoern',
  'mangum',
];
