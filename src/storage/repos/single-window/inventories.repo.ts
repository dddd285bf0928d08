import type { Kysely, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type {
  InventoryEvent,
  InventoryLineRow,
  InventoryPatch,
  InventoryRecord,
  SwInventoryRepo,
} from '../../../ports/single-window.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { SwInventoriesTable } from '../../schema-single-window.js';

export const toInventory = (r: Selectable<SwInventoriesTable>): InventoryRecord => ({
  id: r.id,
  docKey: r.doc_key,
  orderKey: r.order_key,
  paymentLink: r.payment_link,
  waybillKey: r.waybill_key,
  orderNo: r.order_no,
  invtNo: r.invt_no,
  copNo: r.cop_no,
  preNo: r.pre_no,
  senderId: r.sender_id,
  ebpCode: r.ebp_code,
  ebcCode: r.ebc_code,
  agentCode: r.agent_code,
  logisticsCode: r.logistics_code,
  tradeMode: r.trade_mode,
  customsCode: r.customs_code,
  buyerKey: r.buyer_key,
  buyerMasked: r.buyer_masked,
  status: r.status,
  waitingFor: r.waiting_for ?? [],
  waitUntil: r.wait_until,
  channel: r.channel,
  goodsValueFen: r.goods_value_fen,
  dutiableFen: r.dutiable_fen,
  dutyFen: r.duty_fen,
  vatFen: r.vat_fen,
  consumptionTaxFen: r.consumption_tax_fen,
  taxFen: r.tax_fen,
  quotaFen: r.quota_fen,
  riskRoute: r.risk_route,
  rejectionCode: r.rejection_code,
  rejectionInfo: r.rejection_info,
  cancelledAt: r.cancelled_at,
  declaredAt: r.declared_at,
  matchedAt: r.matched_at,
  releasedAt: r.released_at,
  closedAt: r.closed_at,
  updatedAt: r.updated_at,
  data: r.data,
});

const COLUMNS: Readonly<Record<keyof InventoryPatch, keyof SwInventoriesTable>> = {
  status: 'status',
  invtNo: 'invt_no',
  waitingFor: 'waiting_for',
  waitUntil: 'wait_until',
  riskRoute: 'risk_route',
  rejectionCode: 'rejection_code',
  rejectionInfo: 'rejection_info',
  cancelledAt: 'cancelled_at',
  matchedAt: 'matched_at',
  releasedAt: 'released_at',
  closedAt: 'closed_at',
  data: 'data',
  channel: 'channel',
  goodsValueFen: 'goods_value_fen',
  dutiableFen: 'dutiable_fen',
  dutyFen: 'duty_fen',
  vatFen: 'vat_fen',
  consumptionTaxFen: 'consumption_tax_fen',
  taxFen: 'tax_fen',
  quotaFen: 'quota_fen',
};

function toRow(patch: InventoryPatch): Updateable<SwInventoriesTable> {
  const row: Record<string, unknown> = { updated_at: sql`now()` };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = COLUMNS[key as keyof InventoryPatch];
    row[column] = column === 'data' ? JSON.stringify(value) : Array.isArray(value) ? [...value] : value;
  }
  return row as Updateable<SwInventoriesTable>;
}

async function insertLines(db: Kysely<DatabaseSchema>, id: string, lines: readonly InventoryLineRow[]): Promise<void> {
  if (lines.length === 0) return;
  await db
    .insertInto('sw_inventory_lines')
    .values(
      lines.map((l) => toLineRow(id, l)),
    )
    .execute();
}

const LINK_COLUMN = { order: 'order_key', payment: 'payment_link', waybill: 'waybill_key' } as const;

/** An inventory's line as its row (the inventory's own insert here, the batch's multi-row insert). */
export const toLineRow = (inventoryId: string, l: InventoryLineRow) => ({
  inventory_id: inventoryId,
  gnum: l.gnum,
  gcode: l.gcode,
  origin: l.origin,
  item_key: l.itemKey,
  qty: l.qty,
  value_fen: l.valueFen,
});

/** An inventory event as its row (the single insert here, the batch's multi-row insert). */
export const toEventRow = (e: InventoryEvent) => ({
  inventory_id: e.inventoryId,
  from_status: e.from,
  to_status: e.to,
  actor: e.actor,
  actor_id: e.actorId,
  reason: e.reason,
  at: e.at,
});

export function swInventoryRepo(db: Kysely<DatabaseSchema>): SwInventoryRepo {
  return {
    async insert(inv) {
      const inserted = await db
        .insertInto('sw_inventories')
        .values({
          id: inv.id,
          doc_key: inv.docKey,
          order_key: inv.orderKey,
          payment_link: inv.paymentLink,
          waybill_key: inv.waybillKey,
          order_no: inv.orderNo,
          cop_no: inv.copNo,
          pre_no: inv.preNo,
          sender_id: inv.senderId,
          ebp_code: inv.ebpCode,
          ebc_code: inv.ebcCode,
          agent_code: inv.agentCode,
          logistics_code: inv.logisticsCode,
          trade_mode: inv.tradeMode,
          customs_code: inv.customsCode,
          buyer_key: inv.buyerKey,
          buyer_masked: inv.buyerMasked,
          status: inv.status,
          data: JSON.stringify(inv.data),
        })
        .onConflict((oc) => oc.column('doc_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return false;
      await insertLines(db, inv.id, inv.lines);
      return true;
    },
    async redeclare(id, inv) {
      await db
        .updateTable('sw_inventories')
        .set({
          cop_no: inv.copNo,
          sender_id: inv.senderId,
          agent_code: inv.agentCode,
          logistics_code: inv.logisticsCode,
          trade_mode: inv.tradeMode,
          customs_code: inv.customsCode,
          buyer_key: inv.buyerKey,
          buyer_masked: inv.buyerMasked,
          status: inv.status,
          data: JSON.stringify(inv.data),
          waiting_for: null,
          wait_until: null,
          rejection_code: null,
          rejection_info: null,
          declared_at: sql`now()`,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
      await db.deleteFrom('sw_inventory_lines').where('inventory_id', '=', id).execute();
      await insertLines(db, id, inv.lines);
    },
    async byId(id) {
      const row = await db.selectFrom('sw_inventories').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toInventory(row);
    },
    async byDocKey(docKey) {
      const row = await db.selectFrom('sw_inventories').selectAll().where('doc_key', '=', docKey).executeTakeFirst();
      return row && toInventory(row);
    },
    async byInvtNo(invtNo) {
      const row = await db.selectFrom('sw_inventories').selectAll().where('invt_no', '=', invtNo).executeTakeFirst();
      return row && toInventory(row);
    },
    async lines(id) {
      const rows = await db
        .selectFrom('sw_inventory_lines')
        .selectAll()
        .where('inventory_id', '=', id)
        .orderBy('gnum')
        .execute();
      return rows.map(
        (r): InventoryLineRow => ({
          gnum: r.gnum,
          gcode: r.gcode,
          origin: r.origin,
          itemKey: r.item_key,
          qty: r.qty,
          valueFen: r.value_fen,
        }),
      );
    },
    async update(id, patch) {
      await db.updateTable('sw_inventories').set(toRow(patch)).where('id', '=', id).execute();
    },
    async linked(link, key, status) {
      let q = db.selectFrom('sw_inventories').selectAll().where(LINK_COLUMN[link], '=', key);
      if (status !== undefined) q = q.where('status', '=', status);
      return (await q.execute()).map(toInventory);
    },
    async list(query) {
      let q = db.selectFrom('sw_inventories').selectAll().orderBy('id').limit(query.limit);
      if (query.status) q = q.where('status', '=', query.status);
      if (query.senderId) q = q.where('sender_id', '=', query.senderId);
      if (query.after) q = q.where('id', '>', query.after);
      return (await q.execute()).map(toInventory);
    },
    async addEvent(e: InventoryEvent) {
      await db
        .insertInto('sw_inventory_events')
        .values(toEventRow(e))
        .execute();
    },
    async events(inventoryId) {
      const rows = await db
        .selectFrom('sw_inventory_events')
        .selectAll()
        .where('inventory_id', '=', inventoryId)
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
    },
  };
}
