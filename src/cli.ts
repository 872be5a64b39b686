#!/usr/bin/env node
import './heap.js';
import { runCli } from './cli/run.js';

// the read worker is built beside this file (dist/read-worker.js)
process.exitCode = await runCli(process.argv.slice(2), process, {
  readWorker: new URL('./read-worker.js', import.meta.url),
});
