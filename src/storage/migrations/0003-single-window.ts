import { type Kysely, sql } from 'kysely';

/**
 * The reference single window: certificates of registered senders, every message received, the documents they
 * carried, inventories with their clearance history, receipts, the buyers' quota ledger and bonded stock.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  await run(sql`create sequence sw_number_seq`);
  await run(sql`
    create table participant_certificates (
      id text primary key,
      participant_id text not null references participants(id),
      key_name text not null,
      algorithm text not null check (algorithm in ('sm2','rsa')),
      pem text not null,
      created_at timestamptz not null default now(),
      revoked_at timestamptz,
      unique (participant_id, key_name)
    )`);
  await run(sql`
    create table sw_messages (
      id text primary key,
      sender_id text not null references participants(id),
      message_type text not null,
      edition text not null,
      guid text not null,
      cop_msg_id text,
      body_hash text not null,
      xml text not null,
      documents jsonb,
      status text not null check (status in ('received','processed','rejected')),
      error_code text,
      error_info text,
      received_at timestamptz not null default now(),
      processed_at timestamptz,
      unique (sender_id, message_type, guid)
    )`);
  await run(sql`
    create table sw_processed (
      message_id text not null references sw_messages(id),
      doc_index integer not null,
      at timestamptz not null default now(),
      primary key (message_id, doc_index)
    )`);
  await run(sql`
    create table sw_documents (
      id text primary key,
      kind text not null,
      doc_key text not null,
      link_key text,
      order_no text not null,
      message_id text not null references sw_messages(id),
      sender_id text not null references participants(id),
      data jsonb not null,
      status text not null,
      status_info text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (kind, doc_key)
    )`);
  await run(sql`create index sw_documents_link on sw_documents (kind, link_key)`);
  await run(sql`
    create table sw_inventories (
      id text primary key,
      doc_key text not null unique,
      order_key text not null,
      payment_link text not null,
      waybill_key text not null,
      order_no text not null,
      invt_no text unique,
      cop_no text,
      pre_no text not null,
      sender_id text not null references participants(id),
      ebp_code text not null,
      ebc_code text not null,
      agent_code text not null,
      logistics_code text not null,
      trade_mode text not null,
      customs_code text,
      buyer_key text not null,
      buyer_masked text not null,
      status text not null,
      waiting_for text[],
      wait_until timestamptz,
      channel text,
      goods_value_fen bigint,
      dutiable_fen bigint,
      duty_fen bigint,
      vat_fen bigint,
      consumption_tax_fen bigint,
      tax_fen bigint,
      quota_fen bigint,
      risk_route text,
      rejection_code text,
      rejection_info text,
      cancelled_at timestamptz,
      declared_at timestamptz not null default now(),
      matched_at timestamptz,
      released_at timestamptz,
      closed_at timestamptz,
      updated_at timestamptz not null default now(),
      data jsonb not null
    )`);
  await run(sql`create index sw_inventories_status on sw_inventories (status, declared_at)`);
  await run(sql`create index sw_inventories_order on sw_inventories (order_key)`);
  await run(sql`create index sw_inventories_payment on sw_inventories (payment_link)`);
  await run(sql`create index sw_inventories_waybill on sw_inventories (waybill_key)`);
  await run(sql`
    create table sw_inventory_lines (
      inventory_id text not null references sw_inventories(id),
      gnum integer not null,
      gcode text not null,
      origin text not null,
      item_key text,
      qty numeric(19,5) not null,
      value_fen bigint not null,
      primary key (inventory_id, gnum)
    )`);
  await run(sql`
    create table sw_inventory_events (
      seq bigserial primary key,
      inventory_id text not null references sw_inventories(id),
      from_status text,
      to_status text not null,
      actor text not null,
      actor_id text,
      reason text not null,
      at timestamptz not null default now()
    )`);
  await run(sql`create index sw_inventory_events_inventory on sw_inventory_events (inventory_id, seq)`);
  await run(sql`
    create table sw_receipts (
      seq bigserial primary key,
      id text not null unique,
      recipient_id text not null references participants(id),
      message_type text not null,
      doc_key text not null,
      return_status text not null,
      return_info text not null,
      xml text not null,
      created_at timestamptz not null default now(),
      delivered_at timestamptz
    )`);
  await run(sql`create index sw_receipts_recipient on sw_receipts (recipient_id, seq)`);
  await run(sql`
    create table sw_quota_ledger (
      id text primary key,
      buyer_key text not null,
      year integer not null,
      inventory_id text not null,
      kind text not null check (kind in ('release','cancel','return')),
      ref text not null,
      amount_fen bigint not null,
      at timestamptz not null,
      unique (inventory_id, kind, ref)
    )`);
  await run(sql`create index sw_quota_ledger_buyer on sw_quota_ledger (buyer_key, year)`);
  await run(sql`
    create table sw_stock (
      owner_code text not null,
      item_key text not null,
      qty numeric(19,5) not null,
      reserved numeric(19,5) not null default 0,
      updated_at timestamptz not null default now(),
      primary key (owner_code, item_key)
    )`);
  await run(sql`
    create table sw_stock_movements (
      id text primary key,
      owner_code text not null,
      item_key text not null,
      kind text not null,
      qty numeric(19,5) not null,
      ref text not null,
      at timestamptz not null default now()
    )`);
  await run(sql`create index sw_stock_movements_item on sw_stock_movements (owner_code, item_key, at)`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop sequence if exists sw_number_seq`.execute(db);
  for (const t of [
    'sw_stock_movements',
    'sw_stock',
    'sw_quota_ledger',
    'sw_receipts',
    'sw_inventory_events',
    'sw_inventory_lines',
    'sw_inventories',
    'sw_documents',
    'sw_processed',
    'sw_messages',
    'participant_certificates',
  ]) {
    await sql`drop table if exists ${sql.table(t)}`.execute(db);
  }
}
