import { Worker } from 'node:worker_threads';
import { GitError } from '../delta/git.js';
import type { History } from '../model/history.js';
import type { HistoryOptions } from './index.js';

/** What the history's thread is given: the options as data (a URL does not cross threads). */
export interface WorkerRequest {
  options: Omit<HistoryOptions, 'readWorker'>;
  readWorker: string | undefined;
}

export type WorkerAnswer = { result: History } | { error: string; git: boolean };

/**
 * V8's young generation in the history's thread, in MB (three semi-spaces' worth). A history
 * allocates hundreds of MB of short-lived texts (the heads of every changed blob); a process's
 * default young generation (up to 48 MB) keeps them until a scavenge, which is peak memory and
 * nothing else. A smaller one scavenges more often. medusa's year (docs/performance.md), peak
 * RSS and GC pauses: in the process 167-178 MB, 1.1-1.8 s; 24 MB 166-171 MB, 1.2 s; 12 MB
 * 155-166 MB, 2.3 s; 6 MB 148-162 MB, 3.3 s.
 */
const YOUNG_GENERATION_MB = 12;

/**
 * The history in a thread of its own, started from `script` (dist/history-worker.js), so its
 * young generation can be sized for it (a process's own is set only by a node flag, which an
 * action cannot pass). Errors come back as errors, git's as GitError.
 */
export function runInWorker(script: URL, options: HistoryOptions): Promise<History> {
  const { readWorker, ...rest } = options;
  const request: WorkerRequest = { options: rest, readWorker: readWorker?.href };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: request,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    let settled = false;
    worker.once('message', (answer: WorkerAnswer) => {
      settled = true;
      void worker.terminate();
      if ('result' in answer) resolve(answer.result);
      else reject(answer.git ? new GitError(answer.error) : new Error(answer.error));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`history thread stopped (${code})`));
    });
  });
}
