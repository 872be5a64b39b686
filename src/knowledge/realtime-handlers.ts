import { PY_FILE } from './code-files.js';
import type { ServerCodePattern } from './servers/types.js';

/**
 * Handlers written with a web framework's own real-time API (issue 26): real-time work as much
 * as socket.io is. The server records list the ones of their framework (`code`); the shared
 * shapes are made here so that one decorator is one pattern whatever framework exposes it.
 */

/** Server-sent events push one way over plain HTTP: a lighter sign than WebSockets (as the realtime record's SSE packages). */
export const SSE_CEILING = 0.5;

/** `@app.websocket("/ws")`, `@router.websocket_route(...)`: the ASGI frameworks' WebSocket route decorator. */
export function websocketDecorator(id: string, framework: string, module: string): ServerCodePattern {
  return {
    id: `py-${id}-websocket`,
    kind: 'handler',
    keyword: '.websocket',
    pattern: /^\s*@\w+(?:\.\w+)*\.websocket(?:_route)?\s*\(/,
    detail: `a ${framework} WebSocket handler`,
    whenImports: [module],
    files: PY_FILE,
    signal: 'realtime',
  };
}

/** A line of one framework's own real-time API, raising `realtime` (WebSockets unless `ceiling` says less); Python unless `files` says. */
export function realtimeLine(
  id: string,
  keyword: string,
  pattern: RegExp,
  detail: string,
  options: { whenImports?: readonly string[]; files?: RegExp; ceiling?: number } = {},
): ServerCodePattern {
  return {
    id,
    kind: 'handler',
    keyword,
    pattern,
    detail,
    ...(options.whenImports ? { whenImports: options.whenImports } : {}),
    files: options.files ?? PY_FILE,
    signal: 'realtime',
    ...(options.ceiling !== undefined ? { ceiling: options.ceiling } : {}),
  };
}
