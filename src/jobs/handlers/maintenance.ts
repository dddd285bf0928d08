import type { JobHandler, JobHandlers } from '../job-handler.js';

export const MAINTENANCE_QUEUE = 'maintenance.purge';

const DAY_MS = 86_400_000;

export interface RetentionPolicy {
  /** Finished jobs are kept this long for inspection. */
  readonly doneJobsMs: number;
  /** Idempotency records are kept this long (clients retry within it). */
  readonly idempotencyMs: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { doneJobsMs: 7 * DAY_MS, idempotencyMs: 2 * DAY_MS };

/** Deletes finished jobs and idempotency records past their retention. Idempotent by nature. */
export function maintenanceHandler(retention: RetentionPolicy = DEFAULT_RETENTION): JobHandlers {
  const purge: JobHandler = async (_payload, { store, log }) => {
    const now = Date.now();
    const jobs = await store.jobs.purgeDone(new Date(now - retention.doneJobsMs));
    const keys = await store.idempotency.purge(new Date(now - retention.idempotencyMs));
    log.info({ jobs, idempotencyKeys: keys }, 'maintenance purge');
  };
  return { [MAINTENANCE_QUEUE]: purge };
}

/** The hourly maintenance job: the dedupe key makes every process that schedules it enqueue it once per hour. */
export function maintenanceJobFor(now: Date) {
  return { queue: MAINTENANCE_QUEUE, payload: {}, dedupeKey: `${MAINTENANCE_QUEUE}:${now.toISOString().slice(0, 13)}` };
}
