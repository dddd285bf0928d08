import { type Kysely, sql } from 'kysely';

/**
 * Receipts in commit order for the cursor (`GET /v1/single-window/receipts?since=`): each receipt keeps the id of
 * the transaction that wrote it (xid8, 64-bit: no wrap-around). The listing orders by (txid, seq) and shows only
 * receipts of transactions older than every transaction still running, so a reader's cursor can never pass a
 * receipt that commits later. Receipts written before this migration get txid 0: they come first, by seq.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sw_receipts add column txid xid8 not null default '0'`.execute(db);
  await sql`alter table sw_receipts alter column txid set default pg_current_xact_id()`.execute(db);
  await sql`create index sw_receipts_recipient_commit on sw_receipts (recipient_id, txid, seq)`.execute(db);
  await sql`drop index if exists sw_receipts_recipient`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists sw_receipts_recipient on sw_receipts (recipient_id, seq)`.execute(db);
  await sql`drop index if exists sw_receipts_recipient_commit`.execute(db);
  await sql`alter table sw_receipts drop column if exists txid`.execute(db);
}
