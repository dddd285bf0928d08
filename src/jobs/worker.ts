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
  const abort = new AbortController();
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let looping = false;
  let again = false;
  let idleWaiters: Array<() => void> = [];

  const heartbeat = setInterval(() => {
    if (running.size > 0) {
      store.jobs.extendLease([...running.keys()], id, leaseMs).catch((error: unknown) => {
        log.warn({ err: error }, 'could not extend job leases');
      });
    }
  }, Math.max(1000, Math.floor(leaseMs / 3)));
  heartbeat.unref();

  async function run(job: Job): Promise<void> {
    const handler = handlers[job.queue];
    const jobLog = log.child({ jobId: job.id, queue: job.queue, attempt: job.attempts });
    try {
      if (!handler) throw new PermanentJobError(`no handler for queue ${job.queue}`);
      if (job.attempts > job.maxAttempts) throw new PermanentJobError('attempts exhausted (the job outlived its lease)');
      await handler(job.payload, { job, store, log: jobLog, signal: abort.signal });
      await store.jobs.complete([job.id], id);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const permanent = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
      const retryInMs = permanent ? undefined : retryDelayMs(backoff, job.attempts, Math.random());
      jobLog.warn({ err: error, retryInMs, dead: permanent }, permanent ? 'job dead-lettered' : 'job failed; will retry');
      await store.jobs.fail({ id: job.id, workerId: id, error: message, retryInMs }).catch((failError: unknown) => {
        jobLog.error({ err: failError }, 'could not record job failure; the lease will expire and it will rerun');
      });
    }
  }

  async function loop(): Promise<void> {
    if (looping) {
      again = true;
      return;
    }
    looping = true;
    try {
      do {
        again = false;
        const free = concurrency - running.size;
        if (stopped || free <= 0 || queues.length === 0) break;
        let jobs: Job[] = [];
        try {
          jobs = await store.jobs.claim({ workerId: id, queues, limit: free, leaseMs });
        } catch (error) {
          if (!stopped) log.error({ err: error }, 'claiming jobs failed');
        }
        for (const job of jobs) {
          const p = run(job).finally(() => {
            running.delete(job.id);
            void loop();
          });
          running.set(job.id, p);
        }
        if (jobs.length === free) again = true;
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
