import type { ServerRecord } from './types.js';

/** Faust: stream processing whose `faust -A <app> worker` consumes Kafka topics (faust-streaming is its maintained fork). */
export const faust: ServerRecord = {
  id: 'faust',
  name: 'Faust',
  role: 'worker',
  python: { packages: ['faust', 'faust-streaming'], commands: ['faust'] },
};
