import { type Kysely, sql } from 'kysely';

/**
 * The deals list at scale (console issue 6): composite indexes for the storefront (sales channel) filter with and
 * without a status, in the list's order (created_at, id), so a keyset page reads only its rows; prefix indexes for
 * the search (order number, buyer name; `text_pattern_ops` so `LIKE 'x%'` uses them whatever the collation);
 * and the raw XML of the customs receipts the hub pulled (evidence, kept apart from the declaration row so the
 * declaration stays small).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  await run(sql`create index hub_deals_storefront on hub_deals (storefront_connection_id, created_at, id)`);
  await run(sql`create index hub_deals_storefront_status on hub_deals (storefront_connection_id, status, created_at, id)`);
  await run(sql`create index hub_deals_order_prefix on hub_deals (order_no text_pattern_ops)`);
  await run(sql`create index hub_deals_buyer_name_prefix on hub_deals ((lower(documents #>> '{order,buyer,name}')) text_pattern_ops)`);
  await run(sql`
    create table hub_receipt_xml (
      declaration_id text not null references hub_declarations(id),
      receipt_id text not null,
      xml text not null,
      created_at timestamptz not null default now(),
      primary key (declaration_id, receipt_id)
    )`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists hub_receipt_xml`.execute(db);
  for (const index of ['hub_deals_buyer_name_prefix', 'hub_deals_order_prefix', 'hub_deals_storefront_status', 'hub_deals_storefront']) {
    await sql`drop index if exists ${sql.id(index)}`.execute(db);
  }
}
