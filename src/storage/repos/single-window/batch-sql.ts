import { type Kysely, type Selectable, sql } from 'kysely';
import type { Participant } from '../../../ports/participants.port.js';
import type {
  InventoryEvent,
  InventoryLineRow,
  InventoryRecord,
  QuotaEntryRow,
  SwDocument,
  SwDocumentKind,
  SwMessageHead,
  SwMessageStatus,
} from '../../../ports/single-window.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { SwInventoriesTable } from '../../schema-single-window.js';
import { insertRows, updateFromExcluded } from '../../bulk-insert.js';
import { toDocument, toDocumentRow } from './documents.repo.js';
import { toEventRow, toInventory, toLineRow } from './inventories.repo.js';
import { toEntry, toEntryRow } from './ledger.repo.js';
import { toParticipant } from '../participants.repo.js';
import { MESSAGE_HEAD_COLUMNS, toMessageHead } from './messages.repo.js';
import { toReceiptRow } from './receipts.repo.js';

/**
 * The bulk statements of a single-window batch (see batch-scope.ts): reads by many keys at once (`= any(array)`,
 * which uses the same indexes as the one-key reads) and multi-row writes, chunked below PostgreSQL's limit of
 * 65,535 parameters per statement.
 */

type Db = Kysely<DatabaseSchema>;

const CHUNK = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

const texts = (values: readonly string[]) => sql`${[...values]}::text[]`;

export async function transactionNow(db: Db): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db);
  return new Date(rows[0]?.now ?? Date.now());
}

/** Advisory transaction locks on `hashtext(key)`, taken in ascending lock-id order. */
export async function lockAll(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await sql`select pg_advisory_xact_lock(h) from (select distinct hashtext(k) as h from unnest(${texts(keys)}) as k order by h) as ordered`.execute(db);
}

/** `count` values of a sequence, in order. */
export async function nextValues(db: Db, sequence: string, count: number): Promise<number[]> {
  const { rows } = await sql<{ n: number }>`select nextval(${sequence}::regclass)::int8 as n from generate_series(1, ${count}::int)`.execute(db);
  return rows.map((r) => Number(r.n));
}

/** `nextValues` of several sequences in one statement: for each, its `count` values in order. */
export async function nextValuesOf(db: Db, wanted: readonly { sequence: string; count: number }[]): Promise<number[][]> {
  if (wanted.length === 0) return [];
  const parts = wanted.map(
    (w, i) => sql`select ${i}::int as k, nextval(${w.sequence}::regclass)::int8 as n from generate_series(1, ${w.count}::int)`,
  );
  const { rows } = await sql<{ k: number; n: string | number }>`${sql.join(parts, sql` union all `)}`.execute(db);
  const out = wanted.map((): number[] => []);
  for (const r of rows) out[r.k]?.push(Number(r.n));
  for (const values of out) values.sort((a, b) => a - b);
  return out;
}

export async function messagesByIds(db: Db, ids: readonly string[]): Promise<SwMessageHead[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('sw_messages').select(MESSAGE_HEAD_COLUMNS).where(sql<boolean>`id = any(${texts(ids)})`).execute();
  return rows.map(toMessageHead);
}

export async function participantsByIds(db: Db, ids: readonly string[]): Promise<Participant[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('participants').selectAll().where(sql<boolean>`id = any(${texts(ids)})`).execute();
  return rows.map(toParticipant);
}

export async function claimsOf(db: Db, messageIds: readonly string[]): Promise<{ messageId: string; index: number }[]> {
  if (messageIds.length === 0) return [];
  const rows = await db
    .selectFrom('sw_processed')
    .select(['message_id', 'doc_index'])
    .where(sql<boolean>`message_id = any(${texts(messageIds)})`)
    .execute();
  return rows.map((r) => ({ messageId: r.message_id, index: r.doc_index }));
}

export async function documentsByKeys(db: Db, keys: readonly { kind: SwDocumentKind; docKey: string }[]): Promise<SwDocument[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('sw_documents')
    .selectAll()
    .where(
      sql<boolean>`(kind, doc_key) in (select k, d from unnest(${texts(keys.map((k) => k.kind))}, ${texts(keys.map((k) => k.docKey))}) as u(k, d))`,
    )
    .execute();
  return rows.map(toDocument);
}

export async function documentsByLinks(db: Db, keys: readonly { kind: SwDocumentKind; linkKey: string }[]): Promise<SwDocument[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('sw_documents')
    .selectAll()
    .where(
      sql<boolean>`(kind, link_key) in (select k, l from unnest(${texts(keys.map((k) => k.kind))}, ${texts(keys.map((k) => k.linkKey))}) as u(k, l))`,
    )
    .orderBy('created_at')
    .execute();
  return rows.map(toDocument);
}

export async function inventoriesByKeys(
  db: Db,
  docKeys: readonly string[],
  links: { order: readonly string[]; payment: readonly string[]; waybill: readonly string[] },
): Promise<InventoryRecord[]> {
  if (docKeys.length + links.order.length + links.payment.length + links.waybill.length === 0) return [];
  // One index scan per key column: an OR of the four makes the planner scan the whole table while it is small and
  // trust its estimates as it grows; this shape uses the four indexes at any size. An inventory found by two keys
  // comes twice and is kept once.
  const { rows } = await sql<Selectable<SwInventoriesTable>>`
    select * from sw_inventories where doc_key = any(${texts(docKeys)})
    union all select * from sw_inventories where order_key = any(${texts(links.order)})
    union all select * from sw_inventories where payment_link = any(${texts(links.payment)})
    union all select * from sw_inventories where waybill_key = any(${texts(links.waybill)})`.execute(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [...byId.values()].map(toInventory);
}

export async function eventsOf(db: Db, inventoryIds: readonly string[]): Promise<InventoryEvent[]> {
  if (inventoryIds.length === 0) return [];
  const rows = await db
    .selectFrom('sw_inventory_events')
    .selectAll()
    .where(sql<boolean>`inventory_id = any(${texts(inventoryIds)})`)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    inventoryId: r.inventory_id,
    from: r.from_status,
    to: r.to_status,
    actor: r.actor,
    actorId: r.actor_id,
    reason: r.reason,
    at: r.at,
  }));
}

export async function quotaOf(db: Db, buyerKeys: readonly string[]): Promise<QuotaEntryRow[]> {
  if (buyerKeys.length === 0) return [];
  const rows = await db
    .selectFrom('sw_quota_ledger')
    .selectAll()
    .where(sql<boolean>`buyer_key = any(${texts(buyerKeys)})`)
    .orderBy('at')
    .execute();
  return rows.map(toEntry);
}

const DOCUMENT_COLUMNS = [
  'id',
  'kind',
  'doc_key',
  'link_key',
  'order_no',
  'message_id',
  'sender_id',
  'data',
  'status',
  'status_info',
  'created_at',
  'updated_at',
] as const;
/** A document is keyed by kind and doc key: a later version replaces all but its id and creation. */
const DOCUMENT_UPSERT = `on conflict ("kind", "doc_key") ${updateFromExcluded(DOCUMENT_COLUMNS.filter((c) => c !== 'id' && c !== 'kind' && c !== 'doc_key' && c !== 'created_at'))}`;

/** Everything a batch wrote, in the order the rows must reach the tables. */
export interface PendingWrites {
  readonly claims: readonly { messageId: string; index: number }[];
  readonly documents: readonly SwDocument[];
  readonly inventories: readonly InventoryRecord[];
  /** Inventories whose lines are replaced (redeclared): their old lines go first. */
  readonly replacedLines: readonly string[];
  readonly lines: readonly { inventoryId: string; line: InventoryLineRow }[];
  readonly events: readonly InventoryEvent[];
  readonly receipts: readonly {
    seq: number;
    id: string;
    recipientId: string;
    messageType: string;
    docKey: string;
    returnStatus: string;
    returnInfo: string;
    xml: string;
    createdAt: Date;
  }[];
  readonly quota: readonly QuotaEntryRow[];
  readonly messageStatus: readonly { id: string; status: SwMessageStatus; error?: { code: string; info: string } }[];
}

export async function writeAll(db: Db, w: PendingWrites): Promise<void> {
  for (const part of chunks(w.claims)) {
    await insertRows(
      db,
      'sw_processed',
      ['message_id', 'doc_index'],
      part.map((c) => ({ message_id: c.messageId, doc_index: c.index })),
      'on conflict ("message_id", "doc_index") do nothing',
    );
  }
  for (const part of chunks(w.documents)) {
    await insertRows(
      db,
      'sw_documents',
      DOCUMENT_COLUMNS,
      part.map((d) => ({ ...toDocumentRow(d), created_at: d.createdAt, updated_at: d.updatedAt })),
      DOCUMENT_UPSERT,
    );
  }
  for (const part of chunks(w.inventories)) await upsertInventories(db, part);
  if (w.replacedLines.length > 0) {
    await db.deleteFrom('sw_inventory_lines').where(sql<boolean>`inventory_id = any(${texts(w.replacedLines)})`).execute();
  }
  for (const part of chunks(w.lines)) {
    await insertRows(
      db,
      'sw_inventory_lines',
      ['inventory_id', 'gnum', 'gcode', 'origin', 'item_key', 'qty', 'value_fen'],
      part.map(({ inventoryId, line }) => toLineRow(inventoryId, line)),
    );
  }
  for (const part of chunks(w.events)) {
    await insertRows(
      db,
      'sw_inventory_events',
      ['inventory_id', 'from_status', 'to_status', 'actor', 'actor_id', 'reason', 'at'],
      part.map(toEventRow),
    );
  }
  for (const part of chunks(w.receipts)) {
    // seq comes from the table's own sequence (taken earlier, in issue order), so cursors read them in order.
    await insertRows(
      db,
      'sw_receipts',
      ['seq', 'id', 'recipient_id', 'message_type', 'doc_key', 'return_status', 'return_info', 'xml', 'created_at'],
      part.map((r) => ({ seq: r.seq, ...toReceiptRow(r), created_at: r.createdAt })),
    );
  }
  for (const part of chunks(w.quota)) {
    await insertRows(
      db,
      'sw_quota_ledger',
      ['id', 'buyer_key', 'year', 'inventory_id', 'kind', 'ref', 'amount_fen', 'at'],
      part.map(toEntryRow),
      'on conflict ("inventory_id", "kind", "ref") do nothing',
    );
  }
  const byStatus = new Map<string, { status: SwMessageStatus; error?: { code: string; info: string }; ids: string[] }>();
  for (const m of w.messageStatus) {
    const key = JSON.stringify([m.status, m.error ?? null]);
    const group = byStatus.get(key) ?? { status: m.status, ...(m.error && { error: m.error }), ids: [] };
    group.ids.push(m.id);
    byStatus.set(key, group);
  }
  for (const g of byStatus.values()) {
    await db
      .updateTable('sw_messages')
      .set({ status: g.status, processed_at: sql`now()`, ...(g.error && { error_code: g.error.code, error_info: g.error.info }) })
      .where(sql<boolean>`id = any(${texts(g.ids)})`)
      .execute();
  }
}

/** New and changed inventories, each written whole: inserted, or replacing the row with its id. */
async function upsertInventories(db: Db, part: readonly InventoryRecord[]): Promise<void> {
  const rows = part.map((i) => ({
    id: i.id,
    doc_key: i.docKey,
    order_key: i.orderKey,
    payment_link: i.paymentLink,
    waybill_key: i.waybillKey,
    order_no: i.orderNo,
    invt_no: i.invtNo,
    cop_no: i.copNo,
    pre_no: i.preNo,
    sender_id: i.senderId,
    ebp_code: i.ebpCode,
    ebc_code: i.ebcCode,
    agent_code: i.agentCode,
    logistics_code: i.logisticsCode,
    trade_mode: i.tradeMode,
    customs_code: i.customsCode,
    buyer_key: i.buyerKey,
    buyer_masked: i.buyerMasked,
    status: i.status,
    waiting_for: i.waitingFor.length > 0 ? [...i.waitingFor] : null,
    wait_until: i.waitUntil,
    channel: i.channel,
    goods_value_fen: i.goodsValueFen,
    dutiable_fen: i.dutiableFen,
    duty_fen: i.dutyFen,
    vat_fen: i.vatFen,
    consumption_tax_fen: i.consumptionTaxFen,
    tax_fen: i.taxFen,
    quota_fen: i.quotaFen,
    risk_route: i.riskRoute,
    rejection_code: i.rejectionCode,
    rejection_info: i.rejectionInfo,
    cancelled_at: i.cancelledAt,
    declared_at: i.declaredAt,
    matched_at: i.matchedAt,
    released_at: i.releasedAt,
    closed_at: i.closedAt,
    updated_at: i.updatedAt,
    data: JSON.stringify(i.data),
  }));
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first) as (keyof typeof first)[];
  await insertRows(db, 'sw_inventories', columns, rows, `on conflict ("id") ${updateFromExcluded(columns.filter((c) => c !== 'id'))}`);
}
