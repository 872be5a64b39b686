import type { ServerRecord } from './types.js';

export const socketIo: ServerRecord = {
  id: 'socket-io',
  name: 'Socket.IO',
  role: 'http',
  node: { packages: ['socket.io'] },
};
