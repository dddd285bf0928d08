import { type Kysely, sql } from 'kysely';

/**
 * Carrier tracking in the hub: each tracking event stored once per (carrier connection, event id), the deal's
 * delivery state (in transit … delivered, returned to sender) and delivery time, and the lookup of a deal by its
 * waybill number that a tracking event needs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  await run(sql`
    alter table hub_deals
      add column delivery_state text not null default 'none'
        check (delivery_state in ('none','in-transit','out-for-delivery','delivered','returned-to-sender')),
      add column delivered_at timestamptz`);
  await run(sql`create index hub_deals_logistics_no on hub_deals (logistics_no) where logistics_no is not null`);
  await run(sql`
    create table hub_tracking_events (
      connection_id text not null references hub_connections(id),
      event_id text not null,
      logistics_no text not null,
      deal_id text references hub_deals(id),
      status text not null,
      delivered_at timestamptz,
      update jsonb not null,
      received_at timestamptz not null default now(),
      seq bigserial not null,
      primary key (connection_id, event_id)
    )`);
  await run(sql`create index hub_tracking_events_deal on hub_tracking_events (deal_id, seq) where deal_id is not null`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists hub_tracking_events`.execute(db);
  await sql`drop index if exists hub_deals_logistics_no`.execute(db);
  await sql`alter table hub_deals drop column if exists delivered_at, drop column if exists delivery_state`.execute(db);
}
