import type { Backend } from '../../model/common.js';
import type { CodePattern } from '../code-patterns.js';

/**
 * What a technology does for a folder that uses it:
 * - `http`: serves requests (a web framework, a server started without one);
 * - `worker`: serves messages from a queue or a stream (Celery, BullMQ, Kafka consumers);
 * - `function`: runs handlers on a function platform (Lambda, Vercel, Cloud Functions...);
 * - `app-server`: runs another framework's ASGI/WSGI app (uvicorn, gunicorn...);
 * - `dev-server`: serves a frontend's build, preview or dev mode, never a backend by itself;
 * - `fullstack`: a frontend framework that serves requests where the folder has server routes.
 */
export type ServerRole = 'http' | 'worker' | 'function' | 'app-server' | 'dev-server' | 'fullstack';

/** A line of code a technology is known by; the record gives the ecosystem and the server's name. */
export type ServerCodePattern = Omit<CodePattern, 'ecosystem' | 'server'>;

/** What a technology looks like in one ecosystem. Command and constructor entries are regular-expression source. */
export interface ServerFacet {
  /** Packages (npm name / PEP 503 name) that, among a folder's runtime dependencies, are its server evidence. */
  packages?: readonly string[];
  /** Module names as imported, where they differ from the packages. */
  imports?: readonly string[];
  /** Commands that start it (`celery\s+-A`, `next\s+start`), matched as words of a command line. */
  commands?: readonly string[];
  /** Modules run as `python -m <module>` that start it. */
  modules?: readonly string[];
  /** Commands that only serve a frontend's build or run its dev mode (`vite preview`). */
  devCommands?: readonly string[];
  /** Commands that build a full-stack framework's server (`next build`). */
  buildCommands?: readonly string[];
  /** Lines of code that show it serving or starting. */
  code?: readonly ServerCodePattern[];
  /** Constructors of a module-level app object (`app = FastAPI()`): an entry with an app server. */
  appObjects?: readonly string[];
  /** What an extra of its package brings besides it (`fastapi[standard]` brings uvicorn): extra -> packages. */
  extras?: Readonly<Record<string, readonly string[]>>;
  /**
   * Lines that show it serving a client that launches it over stdio (an MCP server's stdio
   * transport): a tool, not a service, where nothing else in the folder serves.
   */
  stdio?: readonly ServerCodePattern[];
}

/** One server, worker, function platform, app server or dev server, with every facet of it. */
export interface ServerRecord {
  /** The record's file name under src/knowledge/servers/. */
  id: string;
  /** Display name, as listed among a service's frameworks. */
  name: string;
  role: ServerRole;
  node?: ServerFacet;
  python?: ServerFacet;
  /** `fullstack`: the paths (relative to the package folder) of server routes. */
  routes?: readonly RegExp[];
  /** Signals the technology raises by itself (Django's built-in security). */
  signals?: readonly string[];
  /** `dev-server`: a framework of its own, named among a folder's servers though it makes no service alone. */
  named?: boolean;
}

export type { Backend };
