import './heap.js';
import { run } from './github/run.js';

// The read worker is built beside this file (dist/read-worker.js).
await run(process.env, { readWorker: new URL('./read-worker.js', import.meta.url) });
