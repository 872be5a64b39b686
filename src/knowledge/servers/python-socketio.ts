import type { ServerRecord } from './types.js';

/** python-socketio: its ASGI/WSGI app objects; the package itself raises the real-time signal. */
export const pythonSocketio: ServerRecord = {
  id: 'python-socketio',
  name: 'python-socketio',
  role: 'http',
  python: { appObjects: [String.raw`socketio\.ASGIApp`, String.raw`socketio\.WSGIApp`] },
};
