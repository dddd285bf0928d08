import { maskIdNumber, maskName, maskPhone } from '../../domain/identity/index.js';
import { formatFen } from '../../kernel/money.js';
import type { DealEvent, DealRecord, DeclarationRecord, WebhookDeliveryRecord } from '../../ports/hub.port.js';
import type { Store } from '../../ports/store.port.js';

/**
 * The deal as people see it: one record across the storefront, the payment institution, the carrier, the
 * warehouse and customs, with its timeline. Personal data is masked (the full documents stay in storage for the
 * declarations); XML is left out (it is evidence, fetched on its own).
 */
const money = (fen: number | null) => (fen === null ? null : formatFen(BigInt(fen)));

export function dealSummary(d: DealRecord) {
  return {
    id: d.id,
    status: d.status,
    reason: d.reasonCode === null ? null : { code: d.reasonCode, message: d.reason ?? '' },
    orderNo: d.orderNo,
    partnerOrderId: d.partnerOrderId,
    storefrontConnectionId: d.storefrontConnectionId,
    amount: d.documents.order.actualPaid,
    ebpCode: d.ebpCode,
    ebcCode: d.ebcCode,
    tradeMode: d.tradeMode,
    paid: d.paid,
    test: d.test,
    payTransactionId: d.payTransactionId,
    logisticsNo: d.logisticsNo,
    copNo: d.copNo,
    invtNo: d.invtNo,
    channel: d.channel,
    estimatedTax: money(d.taxFen),
    customsTax: money(d.customsTaxFen),
    stock: d.stockState,
    delivery: { state: d.deliveryState, deliveredAt: d.deliveredAt?.toISOString() ?? null },
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    releasedAt: d.releasedAt?.toISOString() ?? null,
  };
}

function documentsView(d: DealRecord) {
  const { order, payment, waybill, inventory } = d.documents;
  return {
    order: {
      orderNo: order.orderNo,
      goodsValue: order.goodsValue,
      freight: order.freight,
      discount: order.discount,
      taxTotal: order.taxTotal,
      actualPaid: order.actualPaid,
      buyer: { name: maskName(order.buyer.name), idNumber: maskIdNumber(order.buyer.idNumber), telephone: order.buyer.telephone ? maskPhone(order.buyer.telephone) : null },
      lines: order.lines.map((l) => ({ gnum: l.gnum, sku: l.itemNo ?? null, name: l.itemName, qty: l.qty, price: l.price, total: l.totalPrice })),
    },
    payment: payment
      ? { payCode: payment.payCode, payTransactionId: payment.payTransactionId, amountPaid: payment.amountPaid, payer: { name: maskName(payment.payer.name), idNumber: maskIdNumber(payment.payer.idNumber) } }
      : null,
    waybill: waybill ? { logisticsCode: waybill.logisticsCode, logisticsNo: waybill.logisticsNo, weight: waybill.weight ?? null } : null,
    inventory: inventory
      ? { copNo: inventory.copNo ?? null, tradeMode: inventory.tradeMode, customsCode: inventory.customsCode ?? null, lines: inventory.lines.map((l) => ({ gnum: l.gnum, gcode: l.gcode, gname: l.gname, qty: l.qty, unit: l.unit, country: l.country })) }
      : null,
    returns: (d.documents.returns ?? []).map((r) => ({ seq: r.seq, lines: r.lines.map((l) => ({ gnum: l.gnum, qty: l.qty })), reason: r.reason })),
  };
}

export const declarationView = (x: DeclarationRecord) => ({
  id: x.id,
  type: x.type,
  seq: x.seq,
  guid: x.guid,
  declaredBy: x.declaredBy,
  status: x.status,
  final: x.final,
  returnStatus: x.returnStatus,
  returnInfo: x.returnInfo,
  receipts: x.receipts.map((r) => ({ id: r.receiptId ?? null, type: r.type, status: r.status, info: r.info, at: r.at, xml: r.xml === true })),
  messageId: x.messageId,
  sentAt: x.sentAt?.toISOString() ?? null,
  createdAt: x.createdAt.toISOString(),
  xml: x.hasXml,
});

export const eventView = (e: DealEvent) => ({ seq: e.seq, at: e.at.toISOString(), platform: e.platform, kind: e.kind, summary: e.summary });

export const deliveryView = (w: WebhookDeliveryRecord) => ({
  id: w.id,
  dealId: w.dealId,
  connectionId: w.connectionId,
  eventId: w.eventId,
  status: w.status,
  url: w.url,
  attempts: w.attempts,
  lastStatusCode: w.lastStatusCode,
  lastError: w.lastError,
  nextRetryAt: w.nextRetryAt?.toISOString() ?? null,
  createdAt: w.createdAt.toISOString(),
  deliveredAt: w.deliveredAt?.toISOString() ?? null,
});

/** The order status a status webhook tells the storefront (its signed body's `data.status`), when it says. */
function toldStatus(webhook: WebhookDeliveryRecord['webhook']): string | null {
  const body = typeof webhook === 'object' && webhook !== null && 'body' in webhook ? webhook.body : null;
  if (typeof body !== 'string') return null;
  try {
    const status = (JSON.parse(body) as { data?: { status?: unknown } }).data?.status;
    return typeof status === 'string' ? status : null;
  } catch {
    return null;
  }
}

/** One deal with its documents, declarations and receipts, webhooks and timeline. */
export async function dealDetail(store: Store, deal: DealRecord) {
  const [declarations, events, deliveries] = await Promise.all([
    store.hubDeclarations.byDeal(deal.id),
    store.hubDeals.events(deal.id),
    store.hubWebhooks.list({ dealId: deal.id, limit: 200 }),
  ]);
  return {
    deal: dealSummary(deal),
    documents: documentsView(deal),
    declarations: declarations.map(declarationView),
    webhooks: deliveries.map((w) => ({ ...deliveryView(w), told: toldStatus(w.webhook) })),
    timeline: events.map(eventView),
  };
}
