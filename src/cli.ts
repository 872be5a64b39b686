#!/usr/bin/env node
import './heap.js';
import { exitOnceWritten } from './exit.js';
import { prestartReadWorkers } from './scan/read-pool.js';

// The read workers are built beside this file (dist/read-worker.js); they boot while the rest
// of the program loads, which is why it is imported only now.
const readWorker = new URL('./read-worker.js', import.meta.url);
prestartReadWorkers(readWorker);
const { runCli } = await import('./cli/run.js');
exitOnceWritten(await runCli(process.argv.slice(2), process, { readWorker }));
