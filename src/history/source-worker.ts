// The source thread (see source-thread.ts): answers each batch of source blobs with what the
// history keeps of them, in order. Built as dist/source-worker.js.
import { parentPort } from 'node:worker_threads';
import { readBatch, type SourceBatch, type SourceReply } from './source-thread.js';

const port = parentPort;
if (port) {
  port.on('message', (batch: SourceBatch) => {
    let reply: SourceReply;
    try {
      reply = { id: batch.id, read: readBatch(batch) };
    } catch (error) {
      reply = { id: batch.id, failed: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
