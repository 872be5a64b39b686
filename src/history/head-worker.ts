// The head-search thread (see head-search.ts): answers each batch of source blobs with their
// heads, in order. Built as dist/head-worker.js.
import { parentPort } from 'node:worker_threads';
import { searchBatch, type HeadBatch, type HeadReply } from './head-search.js';

const port = parentPort;
if (port) {
  port.on('message', (batch: HeadBatch) => {
    let reply: HeadReply;
    try {
      reply = { id: batch.id, found: searchBatch(batch) };
    } catch (error) {
      reply = { id: batch.id, failed: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
