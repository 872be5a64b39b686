#!/usr/bin/env node
import './heap.js';
import { exitOnceWritten } from './exit.js';
import { runCli } from './cli/run.js';

// The read worker is built beside this file (dist/read-worker.js).
const readWorker = new URL('./read-worker.js', import.meta.url);
exitOnceWritten(await runCli(process.argv.slice(2), process, { readWorker }));
