// The history's thread (see in-worker.ts): runs one history as it is sent and
// answers with it, or with the error that stopped it. Built as dist/history-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { GitError } from '../delta/git.js';
import { historyHere } from './index.js';
import type { WorkerAnswer, WorkerRequest } from './in-worker.js';

const port = parentPort;
if (port) {
  const { options, readWorker } = workerData as WorkerRequest;
  const answer = (a: WorkerAnswer) => port.postMessage(a);
  historyHere({ ...options, ...(readWorker ? { readWorker: new URL(readWorker) } : {}) }).then(
    (result) => answer({ result }),
    (error: unknown) =>
      answer({
        error: error instanceof Error ? error.message : String(error),
        git: error instanceof GitError,
      }),
  );
}
