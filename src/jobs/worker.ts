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
  /**
   * Looks for work now instead of at the next poll: in the given queues, or in all. Jobs queued through the store
   * in this process wake the worker by themselves; call this after making jobs due some other way (a replay).
   */
  wake(queues?: readonly string[]): void;
  /** Stops claiming, waits for running jobs (which see an aborted signal) to settle. */
  stop(): Promise<void>;
  /** Resolves when no job is running and the last claim found nothing (for tests and one-shot CLI runs). */
  idle(): Promise<void>;
}

/** Delayed jobs queued in this process due within this are claimed when due; later ones are left to polling. */
const ALARM_HORIZON_MS = 10 * 60_000;
/** Alarms are kept per 10 ms, so a burst of delayed jobs sets few timers. */
const ALARM_SLOT_MS = 10;

/**
 * Runs jobs from the durable job table. Several workers, in one process or many, share the table safely: claims
 * skip rows locked by others, and a job whose worker died is reclaimed when its lease expires.
 *
 * It claims when there may be work: jobs queued in this process (the store tells it, by queue, once they commit;
 * delayed ones when they fall due), a slot freed while the last claim filled every slot, and a poll every `pollMs`
 * for the rest (jobs of other processes, retries, leases that expired). One statement claims both kinds of queue:
 * single jobs up to the free slots, and the batch queues' jobs up to the batch size.
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
  let looping = false;
  let again = false;
  let idleWaiters: Array<() => void> = [];
  /** Whether each kind of queue may have work to claim. */
  const wanted = { single: singleQueues.length > 0, batch: batchQueues.length > 0 };

  function want(which?: Iterable<string>): void {
    if (which === undefined) {
      wanted.single = singleQueues.length > 0;
      wanted.batch = batchQueues.length > 0;
      return;
    }
    for (const queue of which) {
      const handler = handlers[queue];
      if (!handler) continue;
      if (handler.batch) wanted.batch = true;
      else wanted.single = true;
    }
  }

  /** Delayed jobs of this process: the queues to claim from, by the time slot they fall due in. */
  const alarms = new Map<number, Set<string>>();
  let alarm: { readonly at: number; readonly timer: NodeJS.Timeout } | undefined;

  function arm(at: number): void {
    if (alarm && alarm.at <= at) return;
    if (alarm) clearTimeout(alarm.timer);
    const timer = setTimeout(ring, Math.max(0, at - Date.now()));
    timer.unref();
    alarm = { at, timer };
  }

  function ring(): void {
    alarm = undefined;
    const now = Date.now();
    let next = Number.POSITIVE_INFINITY;
    for (const [slot, due] of alarms) {
      if (slot <= now) {
        want(due);
        alarms.delete(slot);
      } else next = Math.min(next, slot);
    }
    if (next < Number.POSITIVE_INFINITY && !stopped) arm(next);
    void loop();
  }

  const unsubscribe = store.onJobsQueued((jobs) => {
    if (stopped) return;
    let now = false;
    for (const job of jobs) {
      if (!handlers[job.queue]) continue;
      if (job.dueInMs <= 0) {
        want([job.queue]);
        now = true;
      } else if (job.dueInMs <= ALARM_HORIZON_MS) {
        // a few ms late rather than early: the database's clock decides when the job is due
        const slot = Math.ceil((Date.now() + job.dueInMs + 5) / ALARM_SLOT_MS) * ALARM_SLOT_MS;
        const due = alarms.get(slot) ?? new Set<string>();
        due.add(job.queue);
        alarms.set(slot, due);
        arm(slot);
      }
    }
    if (now) void loop();
  });

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

  /** The jobs claimed; undefined when the claim failed (the database unreachable: the next poll tries again). */
  async function claim(singles: number, batches: number): Promise<Job[] | undefined> {
    try {
      return await store.jobs.claim({
        workerId: id,
        queues: singles > 0 ? singleQueues : [],
        limit: singles,
        leaseMs,
        ...(batches > 0 && { also: { queues: batchQueues, limit: batches } }),
      });
    } catch (error) {
      if (!stopped) log.error({ err: error }, 'claiming jobs failed');
      return undefined;
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
        if (stopped || free <= 0 || !(wanted.single || wanted.batch)) break;
        const singles = wanted.single ? free : 0;
        const batches = wanted.batch ? batchSize : 0;
        wanted.single = false;
        wanted.batch = false;
        const jobs = await claim(singles, batches);
        if (!jobs) {
          // still wanted: the next poll claims them
          wanted.single ||= singles > 0;
          wanted.batch ||= batches > 0;
          break;
        }
        const claimedSingles = jobs.filter((j) => !handlers[j.queue]?.batch);
        for (const job of claimedSingles) start(job.id, [job], () => run(job));
        // a batch holds one slot per queue, so running may pass `concurrency` by the number of batch queues
        for (const queue of batchQueues) {
          const mine = jobs.filter((j) => j.queue === queue);
          if (mine.length > 0) start(`batch:${mine[0]?.id}`, mine, () => runBatch(queue, mine));
        }
        // a full claim may have left work behind: claim again when a slot is free
        if (singles > 0 && claimedSingles.length >= singles) wanted.single = true;
        if (batches > 0 && jobs.length - claimedSingles.length >= batches) wanted.batch = true;
        if (wanted.single || wanted.batch) again = true;
      } while (again && !stopped);
    } finally {
      looping = false;
    }
    if (running.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  const poll = setInterval(() => {
    want();
    void loop();
  }, pollMs);
  poll.unref();

  void loop();
  return {
    id,
    wake: (which) => {
      want(which);
      void loop();
    },
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        want();
        void loop();
      }),
    stop: async () => {
      stopped = true;
      abort.abort();
      unsubscribe();
      clearInterval(poll);
      if (alarm) clearTimeout(alarm.timer);
      clearInterval(heartbeat);
      await Promise.allSettled([...running.values()]);
    },
  };
}
