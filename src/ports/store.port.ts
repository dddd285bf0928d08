import type { HubStore } from './hub.port.js';
import type { IdempotencyRepo } from './idempotency.port.js';
import type { JobRepo, QueuedJob } from './jobs.port.js';
import type { ApiKeyRepo, ParticipantRepo } from './participants.port.js';
import type { SingleWindowStore, SwBatch } from './single-window.port.js';
import type { TariffRepo } from './tariff.port.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** The repositories, bound to one connection or transaction. */
export interface StoreScope extends SingleWindowStore, HubStore {
  readonly participants: ParticipantRepo;
  readonly apiKeys: ApiKeyRepo;
  readonly jobs: JobRepo;
  readonly idempotency: IdempotencyRepo;
  readonly tariff: TariffRepo;
}

/**
 * The storage port. Everything outside `src/storage` sees the database only through this. Work that must be atomic
 * (a state change and the jobs it causes) runs in `transaction`.
 */
export interface Store extends StoreScope {
  readonly kind: DatabaseKind;
  transaction<T>(work: (tx: StoreScope) => Promise<T>): Promise<T>;
  /** Single-window work in bulk: one transaction, reads prefetched, writes buffered (see `SwBatch`). */
  swBatch<T>(work: (batch: SwBatch) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` after each commit (or lone statement) that queued jobs, with those jobs (not repeats a dedupe
   * key turned away), so a worker in this process can claim them at once, from the queues that have work. Jobs
   * other processes queue are found by polling. Returns the unsubscribe.
   */
  onJobsQueued(listener: (jobs: readonly QueuedJob[]) => void): () => void;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Work to finish before the database closes (e.g. stopping threads that serve the store's users). */
  onClose?(hook: () => Promise<void>): void;
}
