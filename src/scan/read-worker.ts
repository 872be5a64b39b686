// A read worker (see read-pool.ts): a thread that reads the batches of files it is sent, exactly
// as the main thread would, and answers each with their outcomes. Built as dist/read-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileText } from './read.js';
import type { ReadBatch, ReadReply } from './read-pool.js';
import { decodeRequests, encodeOutcomes, FINISHED, READY } from './read-wire.js';

const port = parentPort;
if (port) {
  const shared = new Int32Array((workerData as { shared: SharedArrayBuffer }).shared);
  port.on('message', ({ id, requests }: ReadBatch) => {
    let reply: ReadReply;
    try {
      reply = { id, outcomes: encodeOutcomes(decodeRequests(requests).map(readFileText)) };
    } catch (error) {
      // readFileText never throws for a file's own problems; anything else sends the batch back to be read by the main thread
      reply = { id, failed: error instanceof Error ? error.message : String(error) };
    }
    // counted as the answer leaves: the main thread may offer the next batch before this one arrives
    Atomics.add(shared, FINISHED, 1);
    port.postMessage(reply);
  });
  // booted: from now on the main thread hands this worker batches
  Atomics.store(shared, READY, 1);
}
