import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Backend } from '../model/common.js';
import { sourceHead, type SourceHead } from '../scan/decode.js';

/** A batch as it crosses to the thread: every blob's bytes in one buffer, cut at `ends`. */
export interface HeadBatch {
  id: number;
  bytes: Uint8Array;
  ends: number[];
  ecosystems: (Backend | undefined)[];
  headBytes: number[];
}

export type HeadReply = { id: number; found: SourceHead[] } | { id: number; failed: string };

/** The heads of a batch, in its order (what the thread runs; the same function a scan runs). */
export function searchBatch(batch: HeadBatch): SourceHead[] {
  const found: SourceHead[] = [];
  let start = 0;
  for (let i = 0; i < batch.ends.length; i++) {
    const end = batch.ends[i]!;
    found.push(sourceHead(batch.bytes.subarray(start, end), batch.ecosystems[i], batch.headBytes[i]!));
    start = end;
  }
  return found;
}

/**
 * The search thread's heap, in MB: it keeps nothing between batches but its code, and each blob's
 * one-byte copy (up to 512 KiB) is garbage once searched. medusa's history, peak RSS sampled every
 * 0.25 s: 166 MB with a 4 MB young generation, 161-162 MB with 1 or 2 (the history's own thread
 * alone: 145 MB); by GNU time, 170-175 MB with the old generation unbounded, 164-167 MB with it
 * capped at 12 or 16 MB. A thread out of memory stops, and its batches are searched here.
 */
const YOUNG_GENERATION_MB = 2;
const OLD_GENERATION_MB = 16;

/**
 * Source heads searched on a thread of its own (`dist/head-worker.js`) while the history's thread
 * decodes, digests and evaluates: the regular expression over every changed source blob was the
 * largest single cost of medusa's history (docs/performance.md), and the second core is otherwise
 * left to git. With no script (the sources run by the tests) or one core, `available` is false and
 * the caller searches itself; a thread that fails hands its batches back searched here, and takes
 * no more.
 */
export class HeadSearch {
  private readonly worker: Worker | undefined;
  private readonly waiting = new Map<number, { batch: HeadBatch; resolve: (found: SourceHead[]) => void }>();
  private nextId = 0;
  private broken = false;
  /** Batches sent to the thread. */
  sent = 0;

  constructor(script: URL | undefined) {
    if (!script || availableParallelism() < 2) return;
    const worker = new Worker(script, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB },
    });
    worker.on('message', (reply: HeadReply) => {
      const asked = this.waiting.get(reply.id);
      if (!asked) return;
      this.waiting.delete(reply.id);
      if ('found' in reply) return asked.resolve(reply.found);
      asked.resolve(searchBatch(asked.batch));
      this.fallBack();
    });
    worker.on('error', () => this.fallBack());
    worker.on('exit', () => this.fallBack());
    worker.unref();
    this.worker = worker;
  }

  get available(): boolean {
    return this.worker !== undefined && !this.broken;
  }

  /** Batches asked and not answered yet. */
  get inFlight(): number {
    return this.waiting.size;
  }

  /**
   * The heads of the blobs in `bytes` (cut at `ends`), in their order. The bytes are copied to
   * the thread, so the caller may read them again when the heads come back.
   */
  search(asked: Omit<HeadBatch, 'id'>): Promise<SourceHead[]> {
    const batch: HeadBatch = { id: this.nextId++, ...asked };
    if (!this.available) return Promise.resolve(searchBatch(batch));
    return new Promise((resolve) => {
      this.waiting.set(batch.id, { batch, resolve });
      this.sent++;
      // copied, not moved: should the thread fail, its batches are searched here from these bytes
      this.worker!.postMessage(batch);
    });
  }

  close(): void {
    this.broken = true;
    void this.worker?.terminate();
  }

  /** The thread failed or stopped: what it held is searched here, and nothing more is sent to it. */
  private fallBack(): void {
    this.broken = true;
    const left = [...this.waiting.values()];
    this.waiting.clear();
    for (const { batch, resolve } of left) resolve(searchBatch(batch));
  }
}
