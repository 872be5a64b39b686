import './heap.js';
import { run } from './github/run.js';

// the read worker is built beside this file (dist/read-worker.js)
await run(process.env, { readWorker: new URL('./read-worker.js', import.meta.url) });
