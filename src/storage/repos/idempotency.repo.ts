import { type Kysely, sql } from 'kysely';
import type { IdempotencyRepo } from '../../ports/idempotency.port.js';
import type { DatabaseSchema } from '../schema.js';

/** A request still unfinished after this long is presumed lost with its process. */
const ABANDONED_AFTER_MS = 120_000;

export function idempotencyRepo(db: Kysely<DatabaseSchema>): IdempotencyRepo {
  return {
    async reserve(scope, key, requestHash) {
      const inserted = await db
        .insertInto('idempotency_keys')
        .values({ scope, key, request_hash: requestHash, status_code: null, response: null })
        .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
        .returning('key')
        .execute();
      if (inserted.length === 1) return undefined;
      // A reservation whose request never finished (the process died) is taken over after a while.
      const takenOver = await db
        .updateTable('idempotency_keys')
        .set({ request_hash: requestHash, created_at: sql`now()` })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where('status_code', 'is', null)
        .where('created_at', '<', sql<Date>`now() - ${`${ABANDONED_AFTER_MS} milliseconds`}::interval`)
        .returning('key')
        .execute();
      if (takenOver.length === 1) return undefined;
      const row = await db
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'status_code', 'response'])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return { requestHash: row.request_hash, statusCode: row.status_code, response: row.response };
    },
    async complete(scope, key, statusCode, response) {
      await db
        .updateTable('idempotency_keys')
        .set({ status_code: statusCode, response: JSON.stringify(response) })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute();
    },
    async release(scope, key) {
      await db.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).execute();
    },
    async purge(olderThan) {
      const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', olderThan).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
