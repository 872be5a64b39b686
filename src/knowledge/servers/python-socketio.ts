import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * python-socketio: its ASGI/WSGI app objects; the package itself raises the real-time signal. The
 * package is a client too (`socketio.AsyncClient`), so only the server its code creates counts
 * (`sio = socketio.AsyncServer(async_mode="asgi")`): with that line, an app server's command that
 * names the app (`uvicorn main:app` in a README, `gunicorn -k eventlet app:app`) starts a service.
 */
export const pythonSocketio: ServerRecord = {
  id: 'python-socketio',
  name: 'python-socketio',
  role: 'http',
  python: {
    appObjects: [String.raw`socketio\.ASGIApp`, String.raw`socketio\.WSGIApp`],
    code: [
      {
        id: 'py-socketio-server',
        kind: 'server',
        keyword: 'Server(',
        // `socketio.Server(...)`, or the class imported by name; not another module's Server (`uvicorn.Server(config)`)
        pattern: /(?:\bsocketio\.|(?<![.\w]))(?:Async)?Server\s*\(/,
        detail: 'creates a Socket.IO server (python-socketio)',
        whenImports: ['socketio'],
        files: PY_FILE,
      },
    ],
  },
};
