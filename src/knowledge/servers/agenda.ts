import type { ServerRecord } from './types.js';

export const agenda: ServerRecord = {
  id: 'agenda',
  name: 'Agenda',
  role: 'worker',
  node: { packages: ['agenda', '@hokify/agenda'] },
};
