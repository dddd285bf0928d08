import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../kernel/errors/index.js';
import { siblingModule, startModuleWorker } from '../../kernel/module-worker.js';
import { errorData, type Inspection, type SenderFacts } from './inspect-message.js';
import type { SingleWindowPolicy } from './policy.js';

/**
 * The intake pool: worker threads that run the CPU-bound part of intake (`inspectMessage`: XSD validation, decode,
 * signature verification) so the main thread keeps the database and processing. A thread that dies (crash, out of
 * memory, terminated) takes nothing with it: what it held is answered `undefined` and the caller runs it on the
 * main thread; a new thread replaces it (at most `MAX_RESTARTS` a minute, then the pool stops using threads).
 * A thread that does not answer a message within `timeoutMs` (input that makes a check run away) is stopped: that
 * message is refused with `sw.inspection_timeout` (nothing recorded; run again it would stall the main thread), the
 * others it held go back to their callers.
 */

export interface InspectRequest {
  readonly id: number;
  readonly body: string;
  readonly sender: SenderFacts;
  readonly keys: readonly { readonly keyName: string; readonly pem: string }[];
  readonly signatures: SingleWindowPolicy['signatures'];
}

export type InspectReply =
  | { readonly id: number; readonly inspection: Inspection }
  | { readonly id: number; readonly retry: true }
  /** Posted once, when the thread has loaded its modules. */
  | { readonly ready: true };

export interface IntakePoolOptions {
  /** Number of threads (at least 1). */
  readonly threads: number;
  /** The worker module (tests give one that fails); default `intake-worker`. */
  readonly entry?: URL;
  /** Longest a thread may take over one message before it is stopped; default 10 s. */
  readonly timeoutMs?: number;
  /** Told when a thread died (or could not load): why, and how many messages went back to the main thread. */
  readonly onLost?: (report: { readonly error: string; readonly handedBack: number }) => void;
}

export interface IntakePoolStats {
  readonly threads: number;
  /** Answers from threads. */
  readonly answered: number;
  /** Messages handed back to the main thread (a thread died or could not answer). */
  readonly handedBack: number;
  readonly restarts: number;
  /** Messages refused because their thread did not answer in time. */
  readonly timedOut: number;
}

const MAX_RESTARTS = 5;
const DEFAULT_TIMEOUT_MS = 10_000;

/** Threads for `CROSSGATE_INTAKE_THREADS` (`0`/`off`: none; a number; default cores − 1, at least 1; none under test). */
export function intakeThreadsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['CROSSGATE_INTAKE_THREADS']?.trim().toLowerCase();
  if (raw === 'off') return 0;
  if (raw !== undefined && raw !== '' && raw !== 'auto') {
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 0) return n;
  }
  if (env['NODE_ENV'] === 'test' && raw !== 'auto') return 0;
  return Math.max(1, availableParallelism() - 1);
}

interface Thread {
  readonly worker: Worker;
  /** What the thread holds, in the order it was given (it answers in that order). */
  readonly pending: Map<number, (inspection: Inspection | undefined) => void>;
  /** When the thread started on its oldest message (the previous answer, the post to an idle thread, or its load). */
  busySince: number;
  /** Loading (under tsx, seconds on a busy machine) does not count against the time limit. */
  loaded: boolean;
  /** Settles when the thread has loaded (or died trying). */
  readonly ready: Promise<void>;
}

export class IntakePool {
  readonly #size: number;
  readonly #entry: URL;
  #threads: Thread[] = [];
  #nextId = 1;
  #closed = false;
  #restartTimes: number[] = [];
  #answered = 0;
  #handedBack = 0;
  #restarts = 0;
  #timedOut = 0;
  readonly #timeoutMs: number;
  readonly #onLost: IntakePoolOptions['onLost'];
  #watchdog: NodeJS.Timeout | undefined;

  constructor(options: IntakePoolOptions) {
    this.#size = Math.max(1, Math.floor(options.threads));
    this.#timeoutMs = Math.max(1, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.#entry = options.entry ?? siblingModule(import.meta.url, 'intake-worker');
    this.#onLost = options.onLost;
  }

  get usable(): boolean {
    const now = Date.now();
    return !this.#closed && this.#restartTimes.filter((t) => now - t < 60_000).length <= MAX_RESTARTS;
  }

  stats(): IntakePoolStats {
    return { threads: this.#threads.length, answered: this.#answered, handedBack: this.#handedBack, restarts: this.#restarts, timedOut: this.#timedOut };
  }

  /** The inspection from a thread, or `undefined` when the caller must run it itself (pool closed or a thread died). */
  inspect(request: Omit<InspectRequest, 'id'>): Promise<Inspection | undefined> {
    const thread = this.#pick();
    if (!thread) return Promise.resolve(undefined);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      if (thread.pending.size === 0) {
        thread.worker.ref();
        thread.busySince = Date.now();
      }
      thread.pending.set(id, resolve);
      this.#watch();
      try {
        thread.worker.postMessage({ ...request, id } satisfies InspectRequest);
      } catch {
        this.#settle(thread, id, undefined);
      }
    });
  }

  /** Starts the threads now rather than on the first message, and waits until they have loaded (or failed to). */
  async warm(): Promise<void> {
    if (!this.usable) return;
    while (this.#threads.length < this.#size) this.#threads.push(this.#start());
    await Promise.all(this.#threads.map((t) => t.ready));
  }

  /** Stops every thread; what they held goes back to the callers. Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#watchdog);
    this.#watchdog = undefined;
    const threads = this.#threads;
    this.#threads = [];
    await Promise.all(threads.map((t) => this.#stop(t)));
  }

  #pick(): Thread | undefined {
    if (!this.usable) return undefined;
    while (this.#threads.length < this.#size) this.#threads.push(this.#start());
    let best: Thread | undefined;
    for (const t of this.#threads) if (!best || t.pending.size < best.pending.size) best = t;
    return best;
  }

  #start(): Thread {
    const worker = startModuleWorker(this.#entry);
    let loaded = () => {};
    const ready = new Promise<void>((resolve) => {
      loaded = resolve;
    });
    const thread: Thread = { worker, pending: new Map(), ready, busySince: Date.now(), loaded: false };
    worker.unref();
    worker.on('message', (reply: InspectReply) => {
      if ('ready' in reply) {
        thread.loaded = true;
        thread.busySince = Date.now();
        loaded();
      }
      else if ('inspection' in reply) {
        this.#answered++;
        this.#settle(thread, reply.id, reply.inspection);
      } else this.#settle(thread, reply.id, undefined);
    });
    worker.on('error', (error) => this.#lost(thread, error.message));
    worker.on('exit', (code) => {
      loaded();
      this.#lost(thread, `exited with code ${code}`);
    });
    return thread;
  }

  /** Checks, while messages are out, that no thread is stuck on one. */
  #watch(): void {
    if (this.#watchdog) return;
    this.#watchdog = setInterval(() => {
      const now = Date.now();
      let busy = false;
      for (const thread of [...this.#threads]) {
        const [oldest] = thread.pending.keys();
        if (oldest === undefined) continue;
        busy = true;
        if (thread.loaded && now - thread.busySince > this.#timeoutMs) this.#stuck(thread, oldest);
      }
      if (!busy) {
        clearInterval(this.#watchdog);
        this.#watchdog = undefined;
      }
    }, Math.max(10, Math.min(1000, Math.floor(this.#timeoutMs / 4))));
    this.#watchdog.unref();
  }

  /** The thread has been on message `id` too long: it is refused, the thread stopped (the rest go back). */
  #stuck(thread: Thread, id: number): void {
    this.#timedOut++;
    const error = new AppError('sw.inspection_timeout', { seconds: Math.ceil(this.#timeoutMs / 1000) });
    this.#settle(thread, id, { kind: 'failed', error: errorData(error) });
    // replaced on the next message; a stop for time is not a crash, so it counts for no restart limit
    const index = this.#threads.indexOf(thread);
    if (index !== -1) this.#threads.splice(index, 1);
    for (const other of [...thread.pending.keys()]) this.#settle(thread, other, undefined);
    void thread.worker.terminate();
  }

  #settle(thread: Thread, id: number, inspection: Inspection | undefined): void {
    const resolve = thread.pending.get(id);
    if (!resolve) return;
    thread.pending.delete(id);
    thread.busySince = Date.now();
    if (inspection === undefined) this.#handedBack++;
    if (thread.pending.size === 0) thread.worker.unref();
    resolve(inspection);
  }

  /** A thread died: its messages go back to their callers; a new thread is started on the next request. */
  #lost(thread: Thread, error: string): void {
    const handedBack = thread.pending.size;
    for (const id of [...thread.pending.keys()]) this.#settle(thread, id, undefined);
    const index = this.#threads.indexOf(thread);
    if (index === -1) return;
    this.#threads.splice(index, 1);
    if (this.#closed) return;
    this.#onLost?.({ error, handedBack });
    this.#restarts++;
    const now = Date.now();
    this.#restartTimes = [...this.#restartTimes.filter((t) => now - t < 60_000), now];
  }

  async #stop(thread: Thread): Promise<void> {
    for (const id of [...thread.pending.keys()]) this.#settle(thread, id, undefined);
    await thread.worker.terminate();
  }
}
