import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** gRPC is a client library too: only a server it creates counts. */
export const grpc: ServerRecord = {
  id: 'grpc',
  name: 'gRPC',
  role: 'http',
  node: {
    code: [
      {
        id: 'node-grpc-server',
        kind: 'server',
        keyword: 'Server(',
        pattern: /\bnew\s+(?:grpc\.)?Server\s*\(/,
        detail: 'creates a gRPC server',
        whenImports: ['@grpc/grpc-js', 'grpc'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        id: 'py-grpc-server',
        kind: 'server',
        keyword: 'server(',
        pattern: /\bgrpc(?:\.aio)?\.server\s*\(/,
        detail: 'creates a gRPC server',
        files: PY_FILE,
      },
      {
        // the asyncio server imported by its module (`from grpc import aio`, then `aio.server()`)
        id: 'py-grpc-aio-server',
        kind: 'server',
        keyword: 'aio.server(',
        pattern: /(?<![\w.])aio\.server\s*\(/,
        detail: 'creates a gRPC server',
        whenImports: ['grpc'],
        files: PY_FILE,
      },
      {
        // `server.start()` then a sleep loop (the form before `wait_for_termination`), the server made
        // here or by a factory of the project (`server = create_server()`): serves until stopped
        id: 'py-grpc-server-start',
        kind: 'start',
        keyword: 'start(',
        pattern: /^\s*\w*server\.start\(\s*\)\s*$/i,
        detail: 'starts a gRPC server',
        // the module, and the distribution a project lists when a factory of its own makes the server
        whenImports: ['grpc', 'grpcio'],
        orProjectDepends: true,
        files: PY_FILE,
      },
      {
        id: 'py-grpc-start',
        kind: 'start',
        keyword: 'wait_for_termination',
        pattern: /\.wait_for_termination\s*\(/,
        detail: 'serves until terminated',
        files: PY_FILE,
      },
    ],
  },
};
