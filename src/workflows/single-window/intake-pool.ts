import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SingleWindowPolicy } from './policy.js';
import type { Inspection, SenderFacts } from './inspect-message.js';

/**
 * The intake pool: worker threads that run the CPU-bound part of intake (`inspectMessage`: XSD validation, decode,
 * signature verification) so the main thread keeps the database and processing. A thread that dies (crash, out of
 * memory, terminated) takes nothing with it: what it held is answered `undefined` and the caller runs it on the
 * main thread; a new thread replaces it (at most `MAX_RESTARTS` a minute, then the pool stops using threads).
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
}

export interface IntakePoolStats {
  readonly threads: number;
  /** Answers from threads. */
  readonly answered: number;
  /** Messages handed back to the main thread (a thread died or could not answer). */
  readonly handedBack: number;
  readonly restarts: number;
}

const MAX_RESTARTS = 5;

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

/** The ESM entry of `tsx/esm/api` (what `import` would resolve; `require.resolve` gives the CommonJS one). */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  const entry = exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), entry)).href;
}

/** Under tsx or vitest the module is TypeScript: Node 20 workers do not inherit the loader, so they boot through tsx's API. */
function spawn(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const api = tsxApi();
  const boot = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true });
}

interface Thread {
  readonly worker: Worker;
  readonly pending: Map<number, (inspection: Inspection | undefined) => void>;
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

  constructor(options: IntakePoolOptions) {
    this.#size = Math.max(1, Math.floor(options.threads));
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    this.#entry = options.entry ?? new URL(`./intake-worker${ext}`, import.meta.url);
  }

  get usable(): boolean {
    const now = Date.now();
    return !this.#closed && this.#restartTimes.filter((t) => now - t < 60_000).length <= MAX_RESTARTS;
  }

  stats(): IntakePoolStats {
    return { threads: this.#threads.length, answered: this.#answered, handedBack: this.#handedBack, restarts: this.#restarts };
  }

  /** The inspection from a thread, or `undefined` when the caller must run it itself (pool closed or a thread died). */
  inspect(request: Omit<InspectRequest, 'id'>): Promise<Inspection | undefined> {
    const thread = this.#pick();
    if (!thread) return Promise.resolve(undefined);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      if (thread.pending.size === 0) thread.worker.ref();
      thread.pending.set(id, resolve);
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
    const worker = spawn(this.#entry);
    let loaded = () => {};
    const ready = new Promise<void>((resolve) => {
      loaded = resolve;
    });
    const thread: Thread = { worker, pending: new Map(), ready };
    worker.unref();
    worker.on('message', (reply: InspectReply) => {
      if ('ready' in reply) loaded();
      else if ('inspection' in reply) {
        this.#answered++;
        this.#settle(thread, reply.id, reply.inspection);
      } else this.#settle(thread, reply.id, undefined);
    });
    worker.on('error', () => this.#lost(thread));
    worker.on('exit', () => {
      loaded();
      this.#lost(thread);
    });
    return thread;
  }

  #settle(thread: Thread, id: number, inspection: Inspection | undefined): void {
    const resolve = thread.pending.get(id);
    if (!resolve) return;
    thread.pending.delete(id);
    if (inspection === undefined) this.#handedBack++;
    if (thread.pending.size === 0) thread.worker.unref();
    resolve(inspection);
  }

  /** A thread died: its messages go back to their callers; a new thread is started on the next request. */
  #lost(thread: Thread): void {
    for (const id of [...thread.pending.keys()]) this.#settle(thread, id, undefined);
    const index = this.#threads.indexOf(thread);
    if (index === -1) return;
    this.#threads.splice(index, 1);
    if (this.#closed) return;
    this.#restarts++;
    const now = Date.now();
    this.#restartTimes = [...this.#restartTimes.filter((t) => now - t < 60_000), now];
  }

  async #stop(thread: Thread): Promise<void> {
    for (const id of [...thread.pending.keys()]) this.#settle(thread, id, undefined);
    await thread.worker.terminate();
  }
}
