import { type Kysely, sql } from 'kysely';
import type { QueuedJob } from '../ports/jobs.port.js';
import { withBufferedDealWrites } from './buffered-deal-writes.js';
import type { Store, StoreScope } from '../ports/store.port.js';
import { type Database, type DatabaseTarget, openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';
import { hubRepos } from './repos/hub/index.js';
import { idempotencyRepo } from './repos/idempotency.repo.js';
import { jobRepo } from './repos/jobs.repo.js';
import { apiKeyRepo, participantRepo } from './repos/participants.repo.js';
import { runSwBatch } from './repos/single-window/batch-scope.js';
import { singleWindowRepos } from './repos/single-window/index.js';
import { tariffRepo } from './repos/tariff.repo.js';
import type { DatabaseSchema } from './schema.js';

function scope(db: Kysely<DatabaseSchema>, queued: (jobs: readonly QueuedJob[]) => void): StoreScope {
  return {
    participants: participantRepo(db),
    apiKeys: apiKeyRepo(db),
    jobs: jobRepo(db, queued),
    idempotency: idempotencyRepo(db),
    tariff: tariffRepo(db),
    ...singleWindowRepos(db),
    ...hubRepos(db),
  };
}

/** Wraps an open database in the storage port. */
export function storeOn(database: Database): Store {
  const { db } = database;
  const closing: (() => Promise<void>)[] = [];
  const listeners = new Set<(jobs: readonly QueuedJob[]) => void>();
  const signals = database.jobSignals;
  const hear = (jobs: readonly QueuedJob[]) => {
    // a listener's failure must not make a committed write look failed
    for (const listener of listeners) {
      try {
        listener(jobs);
      } catch {
        // the jobs are in the table: polling finds them
      }
    }
  };
  /** Jobs this process committed: its own listeners hear of them, and the other processes on the database. */
  const tell = (jobs: readonly QueuedJob[]) => {
    if (jobs.length === 0) return;
    hear(jobs);
    signals?.publish(jobs);
  };
  /** Runs `work` in a transaction; the jobs it queued are told of once it committed. */
  async function committed<T>(work: (queued: (jobs: readonly QueuedJob[]) => void) => Promise<T>): Promise<T> {
    const queued: QueuedJob[] = [];
    const result = await work((jobs) => queued.push(...jobs));
    tell(queued);
    return result;
  }
  return {
    ...scope(db, tell),
    kind: database.kind,
    transaction: (work) =>
      committed((queued) =>
        db.transaction().execute(async (trx) => {
          const tx = withBufferedDealWrites(scope(trx, queued));
          const result = await work(tx.scope);
          await tx.flush();
          return result;
        }),
      ),
    swBatch: (work) => committed((queued) => runSwBatch(db, (trx) => scope(trx, queued), work)),
    onJobsQueued: (listener) => {
      listeners.add(listener);
      const remote = signals?.subscribe(listener);
      return () => {
        listeners.delete(listener);
        remote?.();
      };
    },
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    onClose: (hook) => {
      closing.push(hook);
    },
    close: async () => {
      await Promise.allSettled(closing.splice(0).map((hook) => hook()));
      await database.close();
    },
  };
}

/** Opens the database, brings its schema up to date and returns the store. */
export async function openStore(target: DatabaseTarget): Promise<Store> {
  const database = await openDatabase(target);
  try {
    await migrateToLatest(database.db as Kysely<unknown>);
  } catch (error) {
    await database.close();
    throw error;
  }
  return storeOn(database);
}
