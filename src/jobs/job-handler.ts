import type { Logger } from 'pino';
import type { Job } from '../ports/jobs.port.js';
import type { JsonValue } from '../ports/json.js';
import type { Store } from '../ports/store.port.js';

export interface JobContext {
  readonly job: Job;
  readonly store: Store;
  readonly log: Logger;
  /** Aborted when the worker stops; long handlers should give up and let the job be retried. */
  readonly signal: AbortSignal;
}

/**
 * Handles one job. Delivery is at least once, so a handler must be idempotent: doing it twice has the effect of
 * doing it once. Throw to retry later; throw `PermanentJobError` when retrying cannot help.
 */
export interface JobHandler {
  (payload: JsonValue, ctx: JobContext): Promise<void>;
  /**
   * Optional: many jobs of the queue at once (e.g. in one transaction). The worker claims up to its batch size of
   * such jobs together and completes them in one statement. Returns the jobs that failed, with their errors (each
   * then retried or dead-lettered on its own); every other job counts as done.
   */
  readonly batch?: BatchJobHandler;
}

export interface BatchJobContext {
  readonly store: Store;
  readonly log: Logger;
  readonly signal: AbortSignal;
}

export type BatchJobHandler = (jobs: readonly Job[], ctx: BatchJobContext) => Promise<ReadonlyMap<string, unknown>>;

/** A handler with its batch form. */
export function withBatch(handler: (payload: JsonValue, ctx: JobContext) => Promise<void>, batch: BatchJobHandler): JobHandler {
  return Object.assign(handler, { batch });
}

export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** A failure that no retry will mend (bad payload, refused for good): the job goes straight to dead-letter. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}
