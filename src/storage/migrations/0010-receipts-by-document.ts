import { type Kysely, sql } from 'kysely';

/**
 * A document's receipts (`GET /v1/single-window/inventories/:id` shows them) are found by an index, not by reading
 * every receipt: at eight receipts a deal, the table outgrows a scan within days of real traffic.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index sw_receipts_doc on sw_receipts (doc_key, seq)`.execute(db);
}
