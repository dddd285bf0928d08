import { z } from 'zod';
import { maskIdNumber, maskName, maskPhone } from '../../domain/identity/index.js';
import type { Inventory } from '../../domain/model/index.js';
import { formatFen } from '../../kernel/money.js';
import type { InventoryEvent, InventoryRecord, Receipt, SupervisionStats } from '../../ports/single-window.port.js';

const money = (fen: number | null) => (fen === null ? null : formatFen(BigInt(fen)));

export const IntakeView = z
  .object({
    messageId: z.string(),
    type: z.string().meta({ description: 'CEB311, CEB411, CEB511, CEB513, CEB621, CEB623, CEB625 or CEB711' }),
    edition: z.string(),
    guid: z.string(),
    documents: z.number().int(),
    duplicate: z.boolean().meta({ description: 'This exact message was received before: nothing happened again' }),
    status: z.enum(['received', 'processed', 'rejected']),
  })
  .meta({ id: 'IntakeResult' });

export const ReceiptView = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    messageType: z.string(),
    docKey: z.string(),
    returnStatus: z.string(),
    returnInfo: z.string(),
    createdAt: z.string(),
    delivered: z.boolean(),
    xml: z.string(),
  })
  .meta({ id: 'Receipt' });

export const receiptView = (r: Receipt): z.infer<typeof ReceiptView> => ({
  seq: r.seq,
  id: r.id,
  messageType: r.messageType,
  docKey: r.docKey,
  returnStatus: r.returnStatus,
  returnInfo: r.returnInfo,
  createdAt: r.createdAt.toISOString(),
  delivered: r.deliveredAt !== null,
  xml: r.xml,
});

export const InventoryView = z
  .object({
    id: z.string(),
    invtNo: z.string().nullable(),
    preNo: z.string(),
    copNo: z.string().nullable(),
    orderNo: z.string(),
    status: z.string(),
    tradeMode: z.string(),
    ebpCode: z.string(),
    ebcCode: z.string(),
    logisticsCode: z.string(),
    customsCode: z.string().nullable(),
    buyer: z.object({ idNumber: z.string(), name: z.string(), telephone: z.string().nullable() }),
    waitingFor: z.array(z.string()),
    waitUntil: z.string().nullable(),
    channel: z.string().nullable(),
    goodsValue: z.string().nullable(),
    dutiableValue: z.string().nullable(),
    customsDuty: z.string().nullable(),
    vat: z.string().nullable(),
    consumptionTax: z.string().nullable(),
    tax: z.string().nullable(),
    riskRoute: z.string().nullable(),
    rejection: z.object({ code: z.string().nullable(), info: z.string().nullable() }),
    cancelled: z.boolean(),
    declaredAt: z.string(),
    matchedAt: z.string().nullable(),
    releasedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'Inventory', description: 'Buyer identity is masked (personal data)' });

export function inventoryView(r: InventoryRecord): z.infer<typeof InventoryView> {
  const inv = (r.data as unknown as { doc: Inventory }).doc;
  return {
    id: r.id,
    invtNo: r.invtNo,
    preNo: r.preNo,
    copNo: r.copNo,
    orderNo: r.orderNo,
    status: r.status,
    tradeMode: r.tradeMode,
    ebpCode: r.ebpCode,
    ebcCode: r.ebcCode,
    logisticsCode: r.logisticsCode,
    customsCode: r.customsCode,
    buyer: {
      idNumber: maskIdNumber(inv.buyer.idNumber),
      name: maskName(inv.buyer.name),
      telephone: inv.buyer.telephone ? maskPhone(inv.buyer.telephone) : null,
    },
    waitingFor: [...r.waitingFor],
    waitUntil: r.waitUntil?.toISOString() ?? null,
    channel: r.channel,
    goodsValue: money(r.goodsValueFen),
    dutiableValue: money(r.dutiableFen),
    customsDuty: money(r.dutyFen),
    vat: money(r.vatFen),
    consumptionTax: money(r.consumptionTaxFen),
    tax: money(r.taxFen),
    riskRoute: r.riskRoute,
    rejection: { code: r.rejectionCode, info: r.rejectionInfo },
    cancelled: r.cancelledAt !== null,
    declaredAt: r.declaredAt.toISOString(),
    matchedAt: r.matchedAt?.toISOString() ?? null,
    releasedAt: r.releasedAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
  };
}

export const EventView = z
  .object({ from: z.string().nullable(), to: z.string(), actor: z.string(), actorId: z.string().nullable(), reason: z.string(), at: z.string() })
  .meta({ id: 'InventoryEvent' });

export const eventView = (e: InventoryEvent): z.infer<typeof EventView> => ({
  from: e.from,
  to: e.to,
  actor: e.actor,
  actorId: e.actorId,
  reason: e.reason,
  at: e.at.toISOString(),
});

export const BuyerQuotaView = z
  .object({
    idNumber: z.string(),
    valid: z.boolean(),
    year: z.number().int(),
    limit: z.string(),
    consumed: z.string(),
    restored: z.string(),
    used: z.string(),
    remaining: z.string(),
    releases: z.array(z.object({ invtNo: z.string(), at: z.string(), amount: z.string(), counted: z.string() })),
  })
  .meta({ id: 'BuyerQuota' });

export const StockRowView = z.object({ ownerCode: z.string(), itemKey: z.string(), qty: z.string(), updatedAt: z.string() });

const Bucket = z.object({ key: z.string(), count: z.number().int(), value: z.string() });

export const StatsView = z
  .object({
    from: z.string(),
    to: z.string(),
    byDay: z.array(Bucket),
    byMode: z.array(Bucket),
    byOrigin: z.array(Bucket),
    byHsChapter: z.array(Bucket),
    byEnterprise: z.array(Bucket),
    byStatus: z.array(Bucket),
    rejections: z.array(Bucket),
    funnel: z.object({ declared: z.number(), matched: z.number(), released: z.number(), rejected: z.number() }),
    timeToRelease: z.object({
      count: z.number(),
      p50Seconds: z.number().nullable(),
      p90Seconds: z.number().nullable(),
      p99Seconds: z.number().nullable(),
    }),
    taxReleased: z.string(),
  })
  .meta({ id: 'SupervisionStats' });

export function statsView(s: SupervisionStats): z.infer<typeof StatsView> {
  const buckets = (list: SupervisionStats['byDay']) =>
    list.map((b) => ({ key: b.key, count: b.count, value: formatFen(BigInt(b.valueFen)) }));
  return {
    from: s.from.toISOString(),
    to: s.to.toISOString(),
    byDay: buckets(s.byDay),
    byMode: buckets(s.byMode),
    byOrigin: buckets(s.byOrigin),
    byHsChapter: buckets(s.byHsChapter),
    byEnterprise: buckets(s.byEnterprise),
    byStatus: buckets(s.byStatus),
    rejections: buckets(s.rejections),
    funnel: s.funnel,
    timeToRelease: {
      count: s.timeToRelease.count,
      p50Seconds: s.timeToRelease.p50,
      p90Seconds: s.timeToRelease.p90,
      p99Seconds: s.timeToRelease.p99,
    },
    taxReleased: formatFen(BigInt(s.taxFen)),
  };
}

/** One of an inventory's four documents and the message that carried it (see `originalsOf`). */
export const OriginalView = z.object({
  kind: z.enum(['order', 'payment', 'waybill', 'inventory']),
  messageType: z.enum(['CEB311', 'CEB411', 'CEB511', 'CEB621']),
  messageId: z.string().nullable(),
  unavailable: z.enum(['not-received', 'not-yours', 'not-recorded']).nullable(),
});
