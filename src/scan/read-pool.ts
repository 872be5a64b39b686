import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadOutcome, ReadRequest } from './read.js';
import { decodeOutcomes, encodeRequests, FINISHED, READY, type WireOutcomes, type WireRequests } from './read-wire.js';

export interface ReadBatch {
  id: number;
  requests: WireRequests;
}

export type ReadReply = { id: number; outcomes: WireOutcomes } | { id: number; failed: string };

/** Batches a worker may hold, the one it reads included: enough that it never waits on the main thread. */
const HELD_PER_WORKER = 2;
/**
 * Threads beside the main one, at most. Each costs about 25 MB of peak RSS (at 200,000 files:
 * 235–239 MB with one, 285–291 MB with three), and after the scan the main thread works alone,
 * so one is what the memory bound (250 MB) allows.
 */
const MAX_WORKERS = 1;

interface Lane {
  worker: Worker;
  /** Batches handed to this worker. */
  handed: number;
  /** FINISHED and READY (read-wire.ts). */
  shared: Int32Array;
  waiting: Map<number, { resolve: (outcomes: ReadOutcome[]) => void; reject: (error: Error) => void }>;
  broken: boolean;
}

/**
 * Worker threads that read files beside the main thread (`dist/read-worker.js`). A batch is
 * offered, never pushed: a worker takes it only once it has booted and while it holds fewer than
 * HELD_PER_WORKER, which it tells in shared memory so the main thread can ask while it is busy
 * walking folders (a batch handed to a worker still booting could leave the main thread waiting
 * at the end). A worker that fails hands its batches back (the promise rejects) and takes no
 * more; before start(), without a worker script, or with one core, there are no workers and
 * every offer is declined.
 */
export class ReadPool {
  private lanes: Lane[] = [];
  private started = false;
  private nextId = 0;

  constructor(
    private readonly script: URL | undefined,
    private readonly workers = DEFAULT_WORKERS,
  ) {}

  /**
   * The outcomes of the batch, read by a worker; undefined when no worker can take it (the caller
   * reads it). The requests are made only when a worker takes them: most offers are declined.
   */
  offer(requests: () => ReadRequest[]): Promise<ReadOutcome[]> | undefined {
    const lane = this.lanes.find(
      (l) =>
        !l.broken &&
        Atomics.load(l.shared, READY) === 1 &&
        l.handed - Atomics.load(l.shared, FINISHED) < HELD_PER_WORKER,
    );
    if (!lane) return undefined;
    const id = this.nextId++;
    const done = new Promise<ReadOutcome[]>((resolve, reject) => lane.waiting.set(id, { resolve, reject }));
    lane.handed += 1;
    lane.worker.postMessage({ id, requests: encodeRequests(requests()) } satisfies ReadBatch);
    return done;
  }

  /** Starts the workers (once); they take batches once they have booted, tens of milliseconds later. */
  start(): void {
    if (this.started || !this.script) return;
    this.started = true;
    this.lanes = startLanes(this.script, this.workers);
  }

  /** Whether a worker has booted and can take batches. */
  get ready(): boolean {
    return this.lanes.some((l) => !l.broken && Atomics.load(l.shared, READY) === 1);
  }

  /**
   * Stops the workers; batches still out reject. Nothing waits for their threads to end (5–10 ms
   * on a short run): from here on they no longer keep the process alive.
   */
  close(): void {
    const lanes = this.lanes;
    this.lanes = [];
    for (const lane of lanes) {
      fail(lane, new Error('read pool closed'));
      lane.worker.unref();
      void lane.worker.terminate();
    }
  }
}

const DEFAULT_WORKERS = Math.min(MAX_WORKERS, availableParallelism() - 1);

function startLanes(script: URL, count: number): Lane[] {
  const lanes: Lane[] = [];
  for (let i = 0; i < count; i++) {
    const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: { shared } });
    } catch {
      break;
    }
    const lane: Lane = { worker, handed: 0, shared: new Int32Array(shared), waiting: new Map(), broken: false };
    worker.on('message', (reply: ReadReply) => {
      const waiter = lane.waiting.get(reply.id);
      lane.waiting.delete(reply.id);
      if ('outcomes' in reply) waiter?.resolve(decodeOutcomes(reply.outcomes));
      else waiter?.reject(new Error(reply.failed));
    });
    worker.on('error', (error) => fail(lane, error));
    worker.on('exit', () => fail(lane, new Error('read worker stopped')));
    lanes.push(lane);
  }
  return lanes;
}

function fail(lane: Lane, error: Error): void {
  lane.broken = true;
  for (const waiter of lane.waiting.values()) waiter.reject(error);
  lane.waiting.clear();
}
