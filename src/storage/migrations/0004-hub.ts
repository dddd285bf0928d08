import { type Kysely, sql } from 'kysely';

/**
 * The integration hub: the connections a participant configured, its product registry, the deal (one record per
 * storefront order linking payment, waybill, declarations, receipts and stock) with its timeline, the webhooks seen
 * and sent, and the durable state of the in-process partners (waybill number ranges, bonded stock books).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  await run(sql`
    create table hub_connections (
      id text primary key,
      participant_id text not null references participants(id),
      kind text not null check (kind in ('storefront','payment','carrier','warehouse','single-window')),
      connector_id text not null,
      label text not null,
      settings jsonb not null,
      declares_as text check (declares_as in ('ebp','ebc','payment','logistics','warehouse')),
      signing_key jsonb,
      links jsonb,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      disabled_at timestamptz
    )`);
  await run(sql`create index hub_connections_owner on hub_connections (participant_id, kind, id)`);
  await run(sql`
    create table hub_products (
      participant_id text not null references participants(id),
      sku text not null,
      name text not null,
      hs_code text not null,
      origin_country text not null,
      declared_unit text not null,
      positive_list text not null check (positive_list in ('listed','not-listed','unknown')),
      model text,
      bar_code text,
      updated_at timestamptz not null default now(),
      primary key (participant_id, sku)
    )`);
  await run(sql`
    create table hub_deals (
      id text primary key,
      participant_id text not null references participants(id),
      storefront_connection_id text not null references hub_connections(id),
      order_no text not null,
      ebp_code text not null,
      ebc_code text not null,
      partner_order_id text not null,
      trade_mode text not null,
      status text not null,
      reason_code text,
      reason text,
      blocked_step jsonb,
      paid boolean not null,
      test boolean not null default false,
      buyer_key text not null,
      pay_transaction_id text,
      logistics_no text,
      cop_no text not null,
      invt_no text,
      channel text,
      tax_fen bigint,
      customs_tax_fen bigint,
      quota_fen bigint,
      stock_state text not null default 'none',
      documents jsonb not null,
      links jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      released_at timestamptz,
      unique (ebp_code, ebc_code, order_no)
    )`);
  await run(sql`create index hub_deals_owner on hub_deals (participant_id, created_at, id)`);
  await run(sql`create index hub_deals_owner_status on hub_deals (participant_id, status, created_at, id)`);
  await run(sql`create index hub_deals_all on hub_deals (created_at, id)`);
  await run(sql`create index hub_deals_all_status on hub_deals (status, created_at, id)`);
  await run(sql`create index hub_deals_invt on hub_deals (invt_no) where invt_no is not null`);
  await run(sql`create index hub_deals_order_no on hub_deals (order_no)`);
  await run(sql`create index hub_deals_buyer on hub_deals (buyer_key, released_at) where released_at is not null`);
  await run(sql`
    create table hub_deal_events (
      seq bigserial primary key,
      deal_id text not null references hub_deals(id),
      at timestamptz not null default now(),
      platform text not null check (platform in ('storefront','payment','carrier','warehouse','customs','hub')),
      kind text not null,
      summary text not null,
      data jsonb
    )`);
  await run(sql`create index hub_deal_events_deal on hub_deal_events (deal_id, seq)`);
  await run(sql`
    create table hub_declarations (
      id text primary key,
      deal_id text not null references hub_deals(id),
      type text not null,
      seq integer not null,
      guid text not null unique,
      receipt_key text not null,
      connection_id text references hub_connections(id),
      declared_by text not null check (declared_by in ('hub','institution')),
      status text not null,
      final boolean not null default false,
      return_status text,
      return_info text,
      receipts jsonb not null default '[]',
      message_id text,
      xml text,
      created_at timestamptz not null default now(),
      sent_at timestamptz,
      updated_at timestamptz not null default now(),
      unique (deal_id, type, seq)
    )`);
  await run(sql`create index hub_declarations_receipt on hub_declarations (receipt_key, seq)`);
  await run(sql`create index hub_declarations_open on hub_declarations (connection_id) where not final`);
  await run(sql`
    create table hub_receipt_cursors (
      connection_id text primary key references hub_connections(id),
      cursor text not null default '0',
      polling boolean not null default false,
      updated_at timestamptz not null default now()
    )`);
  await run(sql`
    create table hub_inbound_events (
      connection_id text not null references hub_connections(id),
      event_id text not null,
      kind text not null check (kind in ('order','payment')),
      order_no text,
      deal_id text,
      payload jsonb,
      received_at timestamptz not null default now(),
      primary key (connection_id, event_id)
    )`);
  await run(sql`create index hub_inbound_payments on hub_inbound_events (connection_id, order_no) where kind = 'payment'`);
  await run(sql`
    create table hub_webhook_deliveries (
      id text primary key,
      connection_id text not null references hub_connections(id),
      deal_id text references hub_deals(id),
      event_id text not null,
      status text not null check (status in ('pending','delivered','failed')),
      url text not null,
      webhook jsonb not null,
      attempts integer not null default 0,
      last_status_code integer,
      last_error text,
      next_retry_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      delivered_at timestamptz,
      unique (connection_id, event_id)
    )`);
  await run(sql`create index hub_webhook_deliveries_status on hub_webhook_deliveries (status, id)`);
  await run(sql`create index hub_webhook_deliveries_deal on hub_webhook_deliveries (deal_id)`);
  await run(sql`
    create table hub_webhook_attempts (
      delivery_id text not null references hub_webhook_deliveries(id),
      attempt integer not null,
      at timestamptz not null default now(),
      status_code integer,
      error text,
      duration_ms integer,
      primary key (delivery_id, attempt)
    )`);
  await run(sql`
    create table hub_waybill_numbers (
      range_id text not null,
      key text not null,
      serial integer not null,
      created_at timestamptz not null default now(),
      primary key (range_id, key),
      unique (range_id, serial)
    )`);
  await run(sql`
    create table hub_stock_books (
      owner_code text primary key,
      book jsonb not null,
      updated_at timestamptz not null default now()
    )`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'hub_stock_books',
    'hub_waybill_numbers',
    'hub_webhook_attempts',
    'hub_webhook_deliveries',
    'hub_inbound_events',
    'hub_receipt_cursors',
    'hub_declarations',
    'hub_deal_events',
    'hub_deals',
    'hub_products',
    'hub_connections',
  ]) {
    await sql`drop table if exists ${sql.table(t)}`.execute(db);
  }
}
