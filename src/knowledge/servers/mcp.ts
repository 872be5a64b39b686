import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

const PY_MCP = ['mcp', 'fastmcp'];
const NODE_MCP = ['@modelcontextprotocol/sdk'];

/**
 * Model Context Protocol servers. Over HTTP (SSE or streamable HTTP) they serve requests like
 * any server; on stdio a client launches them as a tool, so their package alone says neither.
 */
export const mcp: ServerRecord = {
  id: 'mcp',
  name: 'MCP',
  role: 'http',
  python: {
    code: [
      {
        id: 'py-mcp-http-transport',
        kind: 'server-start',
        keyword: 'transport',
        pattern: /\btransport\s*=\s*["'](?:sse|streamable-http|streamable_http|http)["']/,
        detail: 'runs an MCP server over HTTP',
        whenImports: PY_MCP,
        files: PY_FILE,
      },
      {
        id: 'py-mcp-http-run',
        kind: 'server-start',
        keyword: '.run',
        pattern: /\.run(?:_async)?\s*\(\s*["'](?:sse|streamable-http|http)["']/,
        detail: 'runs an MCP server over HTTP',
        whenImports: PY_MCP,
        files: PY_FILE,
      },
      {
        id: 'py-mcp-http-async',
        kind: 'server-start',
        keyword: '_async(',
        pattern: /\.run_(?:sse|streamable_http|http)_async\s*\(/,
        detail: 'runs an MCP server over HTTP',
        whenImports: PY_MCP,
        files: PY_FILE,
      },
      {
        id: 'py-mcp-http-app',
        kind: 'server',
        keyword: '_app(',
        pattern: /\.(?:sse_app|streamable_http_app|http_app)\s*\(/,
        detail: 'an MCP server as an ASGI app',
        whenImports: PY_MCP,
        files: PY_FILE,
      },
    ],
    stdio: [
      {
        id: 'py-mcp-stdio-run',
        kind: 'server',
        keyword: '.run(',
        pattern: /\.run\s*\(\s*(?:(?:transport\s*=\s*)?["']stdio["']\s*)?\)/,
        detail: 'runs an MCP server on stdio',
        whenImports: PY_MCP,
        files: PY_FILE,
      },
      {
        id: 'py-mcp-stdio-async',
        kind: 'server',
        keyword: 'run_stdio_async(',
        pattern: /\.run_stdio_async\s*\(/,
        detail: 'runs an MCP server on stdio',
        whenImports: PY_MCP,
        files: PY_FILE,
      },
      {
        id: 'py-mcp-stdio-server',
        kind: 'server',
        keyword: 'stdio_server(',
        pattern: /\bstdio_server\s*\(/,
        detail: 'serves MCP on stdio',
        whenImports: PY_MCP,
        files: PY_FILE,
      },
    ],
  },
  node: {
    code: [
      {
        id: 'node-mcp-http-transport',
        kind: 'server',
        keyword: 'ServerTransport(',
        pattern: /\bnew\s+(?:SSE|StreamableHTTP)ServerTransport\s*\(/,
        detail: 'serves MCP over HTTP',
        whenImports: NODE_MCP,
        files: JS_FILE,
      },
    ],
    stdio: [
      {
        id: 'node-mcp-stdio-transport',
        kind: 'server',
        keyword: 'StdioServerTransport(',
        pattern: /\bnew\s+StdioServerTransport\s*\(/,
        detail: 'serves MCP on stdio',
        whenImports: NODE_MCP,
        files: JS_FILE,
      },
    ],
  },
};
