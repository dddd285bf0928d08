import type { CanonicalDocument } from '../../../codecs/ceb/canonical/index.js';
import { checkOrder, type Findings } from '../../../domain/matching/index.js';
import {
  type Deal,
  type Order,
  orderKey,
  paymentKey,
  paymentOrderLink,
  waybillKey,
  waybillOrderLink,
} from '../../../domain/model/index.js';
import { answer, describeReasons, type ReceiptKeys, rejectionStatus } from '../answer.js';
import { reevaluateWaiting } from '../evaluate-inventory.js';
import type { DocumentInput } from '../process-message.js';
import { chinaDate, documentFindings, storeDocument } from './shared.js';

type Doc<K extends CanonicalDocument['kind']> = Extract<CanonicalDocument, { kind: K }>;

/**
 * A document an inventory has already been matched against may not change any more: the standard's codes are
 * -301011 (order), -401008 (payment) and -504016 (waybill), "already declared, state does not allow it".
 */
async function lockedReason(input: DocumentInput, link: 'order' | 'payment' | 'waybill', key: string) {
  const inventories = await input.tx.swInventories.linked(link, key);
  const cleared = inventories.find((i) => i.status !== '2' && i.status !== '100');
  if (!cleared) return undefined;
  const code = { order: '-301011', payment: '-401008', waybill: '-504016' }[link];
  return [{ code, message: `inventory ${cleared.invtNo ?? cleared.preNo} has been matched against this ${link}; it can no longer change` }];
}

const ACCEPTED = '120';

type TradeKind = 'order' | 'payment' | 'waybill';

interface TradeDocument {
  readonly kind: TradeKind;
  readonly doc: CanonicalDocument;
  readonly orderNo: string;
  /** The document's own key, and the key inventories find it by (the same for the order and the waybill). */
  readonly key: string;
  readonly inventoryLink: string;
  /** The secondary key stored with it (payment → order, waybill → order). */
  readonly storedLink: string | null;
  readonly deal: Deal;
  readonly checks?: (f: Findings) => void;
  readonly acceptedText: string;
  readonly receipt: ReceiptKeys;
}

/**
 * The common path of order, payment and waybill: checked on their own (registration and role of the codes, plus
 * the document's own rules), stored unless an inventory already relies on them, answered with their receipt, and
 * the inventories waiting for them evaluated again.
 */
async function settle(input: DocumentInput, t: TradeDocument): Promise<void> {
  const existing = await input.tx.swDocuments.byKey(t.kind, t.key);
  const locked = existing && (await lockedReason(input, t.kind, t.inventoryLink));
  const reasons = locked || (await documentFindings(input, t.deal, t.checks));
  const accepted = reasons.length === 0;
  const info = accepted ? t.acceptedText : describeReasons(reasons);
  if (!locked) await storeDocument(input, t.kind, t.key, t.storedLink, t.orderNo, t.doc, accepted ? ACCEPTED : '100', info);
  await answer(input.ctx, input.tx, input.message.senderId, t.key, {
    ...t.receipt,
    returnStatus: accepted ? ACCEPTED : rejectionStatus(reasons),
    returnInfo: info,
  });
  await reevaluateWaiting(input, t.kind, t.inventoryLink);
}

/** CEB311: the order, with its amount identity and buyer identity checked on arrival. */
export async function handleOrder(input: DocumentInput, doc: Doc<'order'>): Promise<void> {
  const order: Order = doc.doc;
  const key = orderKey(order);
  await settle(input, {
    kind: 'order',
    doc,
    orderNo: order.orderNo,
    key,
    inventoryLink: key,
    storedLink: null,
    deal: { order },
    checks: (f) => checkOrder(order, f, chinaDate(input.ctx.now())),
    acceptedText: '订单已入库 order accepted',
    receipt: { type: 'CEB312', ebpCode: order.ebpCode, ebcCode: order.ebcCode, orderNo: order.orderNo },
  });
}

/** CEB411: the payment record, linked to its order by platform and order number. */
export async function handlePayment(input: DocumentInput, doc: Doc<'payment'>): Promise<void> {
  const payment = doc.doc;
  const link = paymentOrderLink(payment);
  await settle(input, {
    kind: 'payment',
    doc,
    orderNo: payment.orderNo,
    key: paymentKey(payment),
    inventoryLink: link,
    storedLink: link,
    deal: { payment },
    acceptedText: '支付单已入库 payment accepted',
    receipt: { type: 'CEB412', payCode: payment.payCode, payTransactionId: payment.payTransactionId },
  });
}

/** CEB511: the waybill, linked to its order by order number and to the inventory by carrier and waybill number. */
export async function handleWaybill(input: DocumentInput, doc: Doc<'waybill'>): Promise<void> {
  const waybill = doc.doc;
  const key = waybillKey(waybill);
  await settle(input, {
    kind: 'waybill',
    doc,
    orderNo: waybill.orderNo,
    key,
    inventoryLink: key,
    storedLink: waybillOrderLink(waybill),
    deal: { waybill },
    acceptedText: '运单已入库 waybill accepted',
    receipt: { type: 'CEB512', logisticsCode: waybill.logisticsCode, logisticsNo: waybill.logisticsNo },
  });
}
