import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { addCodeFacts, noFacts, type FileFacts } from '../detect/file-facts.js';
import type { Backend } from '../model/common.js';
import type { ScannedFile } from '../model/scan.js';
import { sourceHead, type SourceHead } from '../scan/decode.js';
import { textOf } from '../scan/read.js';

/**
 * Source blobs as they cross to the thread: every blob's bytes in one buffer, cut at `ends`, and
 * of each what `textOf` and detect's code facts ask of the file.
 */
export interface SourceBatch {
  id: number;
  bytes: Uint8Array;
  ends: number[];
  paths: string[];
  languages: (string | undefined)[];
  ecosystems: (Backend | undefined)[];
  /** The blob's whole size, and how much of it a read takes (`limit`) and searches for imports (`head`). */
  sizes: number[];
  limits: number[];
  heads: number[];
}

/** What the history keeps of a source blob: its head (reused for the same blob at another path), whether its text was cut, and its facts. */
export interface SourceRead {
  head: SourceHead;
  truncated: boolean;
  facts: FileFacts;
}

export type SourceReply = { id: number; read: SourceRead[] } | { id: number; failed: string };

/**
 * A batch read as the history's thread reads a source blob that is not binary (`readBlobInto`,
 * then detect's facts of its text), in order: the same functions a scan runs.
 */
export function readBatch(batch: SourceBatch): SourceRead[] {
  const read: SourceRead[] = [];
  let start = 0;
  for (let i = 0; i < batch.ends.length; i++) {
    const end = batch.ends[i]!;
    const bytes = batch.bytes.subarray(start, end);
    start = end;
    const ecosystem = batch.ecosystems[i];
    const request = {
      limit: batch.limits[i]!,
      head: batch.heads[i]!,
      mode: 'head',
      label: 'source file',
      size: batch.sizes[i]!,
      ...(ecosystem ? { ecosystem } : {}),
    } as const;
    const head = sourceHead(bytes, ecosystem, request.head);
    const outcome = textOf(bytes, request, head);
    const facts = noFacts();
    if (outcome.kind === 'text') {
      const file = { path: batch.paths[i]!, role: 'source', language: batch.languages[i], text: outcome.text };
      addCodeFacts(
        { ...file, ...(outcome.codeLines ? { codeLines: outcome.codeLines } : {}) } as ScannedFile & { text: string },
        facts,
      );
    }
    read.push({ head, truncated: outcome.kind === 'text' && outcome.truncated, facts });
  }
  return read;
}

/**
 * The source thread's young generation, in MB: it keeps nothing between batches, and each blob's
 * one-byte copy (up to 512 KiB) is garbage once searched.
 */
const YOUNG_GENERATION_MB = 2;

/**
 * Changed source blobs read on a thread of their own (`dist/source-worker.js`): the search of
 * their heads and detect's facts of their text, the largest costs of medusa's history after the
 * evaluations (docs/performance.md), done beside the history's thread, which meanwhile reads the
 * other blobs and evaluates; the second core is otherwise left to git. With no script (the
 * sources run by the tests) or one core, `available` is false and the caller reads them itself;
 * a thread that fails hands its batches back read here, and takes no more.
 */
export class SourceThread {
  private readonly worker: Worker | undefined;
  private readonly waiting = new Map<number, { batch: SourceBatch; resolve: (read: SourceRead[]) => void }>();
  private nextId = 0;
  private broken = false;
  /** Batches sent to the thread. */
  sent = 0;

  constructor(script: URL | undefined) {
    if (!script || availableParallelism() < 2) return;
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('message', (reply: SourceReply) => {
      const asked = this.waiting.get(reply.id);
      if (!asked) return;
      this.waiting.delete(reply.id);
      if ('read' in reply) return asked.resolve(reply.read);
      asked.resolve(readBatch(asked.batch));
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

  /** Batches sent and not answered yet. */
  get inFlight(): number {
    return this.waiting.size;
  }

  /** The batch read, in its order. Its bytes are copied to the thread. */
  read(asked: Omit<SourceBatch, 'id'>): Promise<SourceRead[]> {
    const batch: SourceBatch = { id: this.nextId++, ...asked };
    if (!this.available) return Promise.resolve(readBatch(batch));
    return new Promise((resolve) => {
      this.waiting.set(batch.id, { batch, resolve });
      this.sent++;
      // copied, not moved: should the thread fail, its batches are read here from these bytes
      this.worker!.postMessage(batch);
    });
  }

  close(): void {
    this.broken = true;
    void this.worker?.terminate();
  }

  /** The thread failed or stopped: what it held is read here, and nothing more is sent to it. */
  private fallBack(): void {
    this.broken = true;
    const left = [...this.waiting.values()];
    this.waiting.clear();
    for (const { batch, resolve } of left) resolve(readBatch(batch));
  }
}
