import './heap.js';
import { prestartReadWorkers } from './scan/read-pool.js';

// The read workers are built beside this file (dist/read-worker.js); they boot while the rest
// of the program loads, which is why it is imported only now.
const readWorker = new URL('./read-worker.js', import.meta.url);
prestartReadWorkers(readWorker);
const { run } = await import('./github/run.js');
await run(process.env, { readWorker });
