import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  DealDocuments,
  DealLinks,
  DealRecord,
  DealStatus,
  DeliveryState,
  HubDealRepo,
  Platform,
  StockState,
} from '../../../ports/hub.port.js';
import type { DatabaseSchema } from '../../schema.js';
import type { HubDealsTable } from '../../schema-hub.js';
import { countDealsUpTo, dealRow, insertDeals, selectDealPage } from './deal-list.query.js';

const toDeal = (r: Selectable<HubDealsTable>): DealRecord => ({
  id: r.id,
  participantId: r.participant_id,
  storefrontConnectionId: r.storefront_connection_id,
  orderNo: r.order_no,
  ebpCode: r.ebp_code,
  ebcCode: r.ebc_code,
  partnerOrderId: r.partner_order_id,
  tradeMode: r.trade_mode,
  status: r.status as DealStatus,
  reasonCode: r.reason_code,
  reason: r.reason,
  blockedStep: r.blocked_step,
  paid: r.paid,
  test: r.test,
  buyerKey: r.buyer_key,
  payTransactionId: r.pay_transaction_id,
  logisticsNo: r.logistics_no,
  copNo: r.cop_no,
  invtNo: r.invt_no,
  channel: r.channel,
  taxFen: r.tax_fen === null ? null : Number(r.tax_fen),
  customsTaxFen: r.customs_tax_fen === null ? null : Number(r.customs_tax_fen),
  quotaFen: r.quota_fen === null ? null : Number(r.quota_fen),
  stockState: r.stock_state as StockState,
  deliveryState: r.delivery_state as DeliveryState,
  deliveredAt: r.delivered_at,
  documents: r.documents as unknown as DealDocuments,
  links: r.links as unknown as DealLinks,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  releasedAt: r.released_at,
});

export function hubDealRepo(db: Kysely<DatabaseSchema>): HubDealRepo {
  const addEvents: HubDealRepo['addEvents'] = async (events) => {
    if (events.length === 0) return;
    await db
      .insertInto('hub_deal_events')
      .values(
        events.map((e) => ({
          deal_id: e.dealId,
          platform: e.platform,
          kind: e.kind,
          summary: e.summary.slice(0, 1000),
          data: e.data === undefined ? null : JSON.stringify(e.data),
        })),
      )
      .execute();
  };
  return {
    async insert(d) {
      const rows = await db
        .insertInto('hub_deals')
        .values(dealRow(d))
        .onConflict((oc) => oc.columns(['ebp_code', 'ebc_code', 'order_no']).doNothing())
        .returning('id')
        .execute();
      return rows.length > 0;
    },
    async byId(id) {
      const row = await db.selectFrom('hub_deals').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDeal(row);
    },
    async byOrder(ebpCode, ebcCode, orderNo) {
      const row = await db
        .selectFrom('hub_deals')
        .selectAll()
        .where('ebp_code', '=', ebpCode)
        .where('ebc_code', '=', ebcCode)
        .where('order_no', '=', orderNo)
        .executeTakeFirst();
      return row && toDeal(row);
    },
    async byInvtNo(invtNo) {
      const row = await db.selectFrom('hub_deals').selectAll().where('invt_no', '=', invtNo).executeTakeFirst();
      return row && toDeal(row);
    },
    async byPlatformOrder(ebpCode, orderNo) {
      const rows = await db.selectFrom('hub_deals').selectAll().where('order_no', '=', orderNo).where('ebp_code', '=', ebpCode).execute();
      return rows.map(toDeal);
    },
    async byLogisticsNo(logisticsNo) {
      const rows = await db.selectFrom('hub_deals').selectAll().where('logistics_no', '=', logisticsNo).orderBy('created_at').orderBy('id').execute();
      return rows.map(toDeal);
    },
    async lock(id) {
      const row = await db.selectFrom('hub_deals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      return row && toDeal(row);
    },
    async update(id, p) {
      await db
        .updateTable('hub_deals')
        .set({
          updated_at: sql`now()`,
          ...(p.status !== undefined && { status: p.status }),
          ...(p.reasonCode !== undefined && { reason_code: p.reasonCode }),
          ...(p.reason !== undefined && { reason: p.reason }),
          ...(p.blockedStep !== undefined && { blocked_step: p.blockedStep === null ? null : JSON.stringify(p.blockedStep) }),
          ...(p.paid !== undefined && { paid: p.paid }),
          ...(p.payTransactionId !== undefined && { pay_transaction_id: p.payTransactionId }),
          ...(p.logisticsNo !== undefined && { logistics_no: p.logisticsNo }),
          ...(p.invtNo !== undefined && { invt_no: p.invtNo }),
          ...(p.channel !== undefined && { channel: p.channel }),
          ...(p.taxFen !== undefined && { tax_fen: p.taxFen }),
          ...(p.customsTaxFen !== undefined && { customs_tax_fen: p.customsTaxFen }),
          ...(p.quotaFen !== undefined && { quota_fen: p.quotaFen }),
          ...(p.stockState !== undefined && { stock_state: p.stockState }),
          ...(p.documents !== undefined && { documents: JSON.stringify(p.documents) }),
          ...(p.releasedAt !== undefined && { released_at: p.releasedAt }),
          ...(p.deliveryState !== undefined && { delivery_state: p.deliveryState }),
          ...(p.deliveredAt !== undefined && { delivered_at: p.deliveredAt }),
        })
        .where('id', '=', id)
        .execute();
    },
    async list(q) {
      return (await selectDealPage(db, q)).map(toDeal);
    },
    countUpTo: (q, cap) => countDealsUpTo(db, q, cap),
    insertMany: (deals) => insertDeals(db, deals),
    async counts(participantId) {
      let q = db.selectFrom('hub_deals').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status');
      if (participantId) q = q.where('participant_id', '=', participantId);
      const rows = await q.execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
    async releasedQuotaFen(buyerKey, from, to) {
      const row = await db
        .selectFrom('hub_deals')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quota_fen'), sql<number>`0`).as('total'))
        .where('buyer_key', '=', buyerKey)
        .where('released_at', '>=', from)
        .where('released_at', '<', to)
        .where('channel', '=', 'cbec')
        .where('status', 'in', ['released', 'returned'])
        .executeTakeFirst();
      return Number(row?.total ?? 0);
    },
    addEvent: (e) => addEvents([e]),
    addEvents,
    async events(dealId) {
      const rows = await db.selectFrom('hub_deal_events').selectAll().where('deal_id', '=', dealId).orderBy('seq').execute();
      return rows.map((r) => ({
        seq: Number(r.seq),
        dealId: r.deal_id,
        at: r.at,
        platform: r.platform as Platform,
        kind: r.kind,
        summary: r.summary,
        ...(r.data !== null && { data: r.data }),
      }));
    },
  };
}
