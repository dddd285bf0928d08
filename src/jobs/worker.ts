import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { newId } from '../kernel/ids.js';
import type { Job } from '../ports/jobs.port.js';
import type { Store } from '../ports/store.port.js';
import { type BackoffPolicy, DEFAULT_BACKOFF, retryDelayMs } from './backoff.js';
import { type JobHandlers, PermanentJobError } from './job-handler.js';

export interface WorkerOptions {
  readonly store: Store;
  readonly handlers: JobHandlers;
  readonly log: Logger;
  readonly concurrency?: number;
  readonly pollMs?: number;
  readonly leaseMs?: number;
  readonly backoff?: BackoffPolicy;
  readonly workerId?: string;
  /** Most jobs handed at once to a queue's batch handler (see `JobHandler.batch`); default 256. */
  readonly batchSize?: number;
}

export interface Worker {
  readonly id: string;
  /** Looks for work now instead of at the next poll (call after committing new jobs in this process). */
  wake(): void;
  /** Stops claiming, waits for running jobs (which see an aborted signal) to settle. */
  stop(): Promise<void>;
  /** Resolves when no job is running and the last claim found nothing (for tests and one-shot CLI runs). */
  idle(): Promise<void>;
}

/**
 * Runs jobs from the durable job table. Several workers, in one process or many, share the table safely: claims
 * skip rows locked by others, and a job whose worker died is reclaimed when its lease expires.
 */
export function startWorker(options: WorkerOptions): Worker {
  const { store, handlers, log } = options;
  const concurrency = options.concurrency ?? 8;
  const pollMs = options.pollMs ?? 500;
  const leaseMs = options.leaseMs ?? 60_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const id = options.workerId ?? `${hostname()}:${process.pid}:${newId('wrk').slice(-6)}`;
  const queues = Object.keys(handlers);
  const batchSize = Math.max(1, options.batchSize ?? 256);
  const batchQueues = queues.filter((q) => handlers[q]?.batch);
  const singleQueues = queues.filter((q) => !handlers[q]?.batch);
  const abort = new AbortController();
  /** Units of work in flight (one job, or one batch of jobs), and the jobs they hold leases on. */
  const running = new Map<string, Promise<void>>();
  const leased = new Set<string>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let looping = false;
  let again = false;
  let idleWaiters: Array<() => void> = [];

  const heartbeat = setInterval(() => {
    if (leased.size > 0) {
      store.jobs.extendLease([...leased], id, leaseMs).catch((error: unknown) => {
        log.warn({ err: error }, 'could not extend job leases');
      });
    }
  }, Math.max(1000, Math.floor(leaseMs / 3)));
  heartbeat.unref();

  const logOf = (job: Job) => log.child({ jobId: job.id, queue: job.queue, attempt: job.attempts });

  async function failed(job: Job, error: unknown): Promise<void> {
    const jobLog = logOf(job);
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const permanent = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
    const retryInMs = permanent ? undefined : retryDelayMs(backoff, job.attempts, Math.random());
    jobLog.warn({ err: error, retryInMs, dead: permanent }, permanent ? 'job dead-lettered' : 'job failed; will retry');
    await store.jobs.fail({ id: job.id, workerId: id, error: message, retryInMs }).catch((failError: unknown) => {
      jobLog.error({ err: failError }, 'could not record job failure; the lease will expire and it will rerun');
    });
  }

  async function run(job: Job): Promise<void> {
    const handler = handlers[job.queue];
    try {
      if (!handler) throw new PermanentJobError(`no handler for queue ${job.queue}`);
      if (job.attempts > job.maxAttempts) throw new PermanentJobError('attempts exhausted (the job outlived its lease)');
      await handler(job.payload, { job, store, log: logOf(job), signal: abort.signal });
      await store.jobs.complete([job.id], id);
    } catch (error) {
      await failed(job, error);
    }
  }

  /** Jobs of one queue through its batch handler; each failure is recorded on its own job. */
  async function runBatch(queue: string, jobs: readonly Job[]): Promise<void> {
    const batch = handlers[queue]?.batch;
    const outlived = jobs.filter((j) => j.attempts > j.maxAttempts);
    const ready = jobs.filter((j) => j.attempts <= j.maxAttempts);
    for (const job of outlived) await failed(job, new PermanentJobError('attempts exhausted (the job outlived its lease)'));
    if (!batch || ready.length === 0) return;
    let failures: ReadonlyMap<string, unknown>;
    try {
      failures = await batch(ready, { store, log: log.child({ queue, jobs: ready.length }), signal: abort.signal });
    } catch (error) {
      failures = new Map(ready.map((j) => [j.id, error]));
    }
    const done = ready.filter((j) => !failures.has(j.id)).map((j) => j.id);
    try {
      await store.jobs.complete(done, id);
    } catch (error) {
      log.error({ err: error, queue, jobs: done.length }, 'could not complete jobs; their leases will expire and they will rerun');
    }
    for (const job of ready) if (failures.has(job.id)) await failed(job, failures.get(job.id));
  }

  function start(key: string, jobs: readonly Job[], work: () => Promise<void>): void {
    for (const job of jobs) leased.add(job.id);
    const p = work().finally(() => {
      running.delete(key);
      for (const job of jobs) leased.delete(job.id);
      void loop();
    });
    running.set(key, p);
  }

  async function claim(from: readonly string[], limit: number): Promise<Job[]> {
    try {
      return await store.jobs.claim({ workerId: id, queues: from, limit, leaseMs });
    } catch (error) {
      if (!stopped) log.error({ err: error }, 'claiming jobs failed');
      return [];
    }
  }

  let batchFirst = false;

  async function loop(): Promise<void> {
    if (looping) {
      again = true;
      return;
    }
    looping = true;
    try {
      do {
        again = false;
        if (stopped || concurrency - running.size <= 0 || queues.length === 0) break;
        // Alternate which kind claims first, so a flood of one kind (e.g. hub retries) cannot starve the other
        // (the single window's batches): each pass, the other kind gets the first free slot.
        batchFirst = !batchFirst;
        for (const kind of batchFirst ? (['batch', 'single'] as const) : (['single', 'batch'] as const)) {
          const free = concurrency - running.size;
          if (free <= 0 || stopped) break;
          if (kind === 'single' && singleQueues.length > 0) {
            const jobs = await claim(singleQueues, free);
            for (const job of jobs) start(job.id, [job], () => run(job));
            if (jobs.length === free) again = true;
          }
          if (kind === 'batch' && batchQueues.length > 0) {
            const jobs = await claim(batchQueues, batchSize);
            for (const queue of batchQueues) {
              const mine = jobs.filter((j) => j.queue === queue);
              if (mine.length > 0) start(`batch:${mine[0]?.id}`, mine, () => runBatch(queue, mine));
            }
            if (jobs.length === batchSize) again = true;
          }
        }
      } while (again && !stopped);
    } finally {
      looping = false;
    }
    if (running.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
    schedule();
  }

  function schedule(): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void loop(), pollMs);
    timer.unref();
  }

  void loop();
  return {
    id,
    wake: () => void loop(),
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        void loop();
      }),
    stop: async () => {
      stopped = true;
      abort.abort();
      if (timer) clearTimeout(timer);
      clearInterval(heartbeat);
      await Promise.allSettled([...running.values()]);
    },
  };
}
