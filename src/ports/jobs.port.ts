import type { JsonValue } from './json.js';

export const JOB_STATUSES = ['pending', 'running', 'done', 'dead'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface Job {
  readonly id: string;
  readonly queue: string;
  readonly payload: JsonValue;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly runAt: Date;
  readonly lockedBy: string | null;
  readonly lastError: string | null;
  /** Enqueueing a second job with the same key has no effect (at-most-once enqueue per key). */
  readonly dedupeKey: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly finishedAt: Date | null;
}

export interface NewJob {
  readonly queue: string;
  readonly payload: JsonValue;
  readonly maxAttempts?: number;
  /** Delay before the first attempt, in milliseconds. */
  readonly delayMs?: number;
  readonly dedupeKey?: string;
}

export interface JobQuery {
  readonly status?: JobStatus;
  readonly queue?: string;
  readonly limit: number;
  readonly after?: string;
}

/** Jobs of one owner's hub work (deal steps, their webhooks, receipt followers, product imports), failed or dead. */
/** A job a committed write queued: its queue, and in how long it falls due (0: now). */
export interface QueuedJob {
  readonly queue: string;
  readonly dueInMs: number;
}

export interface OwnedJobQuery {
  /** Queues starting with this (e.g. `hub.`). */
  readonly queuePrefix: string;
  /** dead: gave up; failed: failed at least once and waiting for its next attempt. */
  readonly state: 'dead' | 'failed';
  /** The owning participant; undefined: every owner (administrator). */
  readonly participantId?: string;
  readonly limit: number;
  readonly after?: string;
}

/** A job with what it belongs to: the deal (if any) and the participant owning it, and the personal strings to keep out of its error. */
export interface OwnedJob {
  readonly job: Job;
  readonly dealId: string | null;
  readonly orderNo: string | null;
  readonly ownerId: string | null;
  /** The deal's buyer and consignee names, numbers and address: never shown beside the job. */
  readonly personal: readonly string[];
}

export interface ClaimRequest {
  readonly workerId: string;
  readonly queues: readonly string[];
  readonly limit: number;
  readonly leaseMs: number;
  /** More queues, claimed in the same statement up to a limit of their own (a worker's batch queues). */
  readonly also?: { readonly queues: readonly string[]; readonly limit: number };
}

export interface JobFailure {
  readonly id: string;
  readonly workerId: string;
  readonly error: string;
  /** Milliseconds until the next attempt; undefined sends the job to the dead-letter state. */
  readonly retryInMs: number | undefined;
}

/**
 * The durable job table: the outbox of every state change. `enqueue` runs inside the caller's transaction, so a
 * job exists if and only if the change that caused it committed. Delivery is at least once: handlers are idempotent.
 */
export interface JobRepo {
  enqueue(jobs: readonly NewJob[]): Promise<string[]>;
  /** Claims ready jobs (pending and due, or running with an expired lease) without blocking other claimers. */
  claim(request: ClaimRequest): Promise<Job[]>;
  complete(ids: readonly string[], workerId: string): Promise<void>;
  fail(failure: JobFailure): Promise<void>;
  /** Extends the lease of running jobs still held by this worker. */
  extendLease(ids: readonly string[], workerId: string, leaseMs: number): Promise<void>;
  /** Returns every running job to pending: only safe when no other worker can be running (embedded mode start). */
  releaseAllRunning(): Promise<number>;
  byId(id: string): Promise<Job | undefined>;
  list(query: JobQuery): Promise<Job[]>;
  counts(): Promise<Record<JobStatus, number>>;
  /** Sends a dead job back to pending with a fresh attempt budget; returns the job or undefined if not dead. */
  replay(id: string): Promise<Job | undefined>;
  /** Failed or dead jobs with their owner, joined in SQL through the deal, delivery, connection or import they carry. */
  listOwned(query: OwnedJobQuery): Promise<OwnedJob[]>;
  ownedById(id: string): Promise<OwnedJob | undefined>;
  /** Deletes finished jobs older than the cut-off; returns how many. */
  purgeDone(olderThan: Date): Promise<number>;
}
