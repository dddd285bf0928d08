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
export type JobHandler = (payload: JsonValue, ctx: JobContext) => Promise<void>;

export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** A failure that no retry will mend (bad payload, refused for good): the job goes straight to dead-letter. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}
