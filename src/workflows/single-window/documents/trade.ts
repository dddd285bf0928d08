import type { CanonicalDocument } from '../../../codecs/ceb/canonical/index.js';
import { checkOrder } from '../../../domain/matching/index.js';
import {
  type Order,
  orderKey,
  paymentKey,
  paymentOrderLink,
  waybillKey,
  waybillOrderLink,
} from '../../../domain/model/index.js';
import { answer, describeReasons, rejectionStatus } from '../answer.js';
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

/** CEB311: the order. Checked on its own (registration, amount identity, buyer identity), stored, answered. */
export async function handleOrder(input: DocumentInput, doc: Doc<'order'>): Promise<void> {
  const order: Order = doc.doc;
  const key = orderKey(order);
  const existing = await input.tx.swDocuments.byKey('order', key);
  const locked = existing && (await lockedReason(input, 'order', key));
  const reasons =
    locked || (await documentFindings(input, { order }, (f) => checkOrder(order, f, chinaDate(input.ctx.now()))));
  const status = reasons.length === 0 ? ACCEPTED : rejectionStatus(reasons);
  const info = reasons.length === 0 ? '订单已入库 order accepted' : describeReasons(reasons);
  if (!locked) await storeDocument(input, 'order', key, null, order.orderNo, doc, reasons.length === 0 ? ACCEPTED : '100', info);
  await answer(input.ctx, input.tx, input.message.senderId, key, {
    type: 'CEB312',
    ebpCode: order.ebpCode,
    ebcCode: order.ebcCode,
    orderNo: order.orderNo,
    returnStatus: status,
    returnInfo: info,
  });
  await reevaluateWaiting(input, 'order', key);
}

/** CEB411: the payment record, linked to its order by platform and order number. */
export async function handlePayment(input: DocumentInput, doc: Doc<'payment'>): Promise<void> {
  const payment = doc.doc;
  const key = paymentKey(payment);
  const existing = await input.tx.swDocuments.byKey('payment', key);
  const link = paymentOrderLink(payment);
  const locked = existing && (await lockedReason(input, 'payment', link));
  const reasons = locked || (await documentFindings(input, { payment }));
  const status = reasons.length === 0 ? ACCEPTED : rejectionStatus(reasons);
  const info = reasons.length === 0 ? '支付单已入库 payment accepted' : describeReasons(reasons);
  if (!locked) await storeDocument(input, 'payment', key, link, payment.orderNo, doc, reasons.length === 0 ? ACCEPTED : '100', info);
  await answer(input.ctx, input.tx, input.message.senderId, key, {
    type: 'CEB412',
    payCode: payment.payCode,
    payTransactionId: payment.payTransactionId,
    returnStatus: status,
    returnInfo: info,
  });
  await reevaluateWaiting(input, 'payment', link);
}

/** CEB511: the waybill, linked to its order by order number and to the inventory by carrier and waybill number. */
export async function handleWaybill(input: DocumentInput, doc: Doc<'waybill'>): Promise<void> {
  const waybill = doc.doc;
  const key = waybillKey(waybill);
  const existing = await input.tx.swDocuments.byKey('waybill', key);
  const locked = existing && (await lockedReason(input, 'waybill', key));
  const reasons = locked || (await documentFindings(input, { waybill }));
  const status = reasons.length === 0 ? ACCEPTED : rejectionStatus(reasons);
  const info = reasons.length === 0 ? '运单已入库 waybill accepted' : describeReasons(reasons);
  const link = waybillOrderLink(waybill);
  if (!locked) await storeDocument(input, 'waybill', key, link, waybill.orderNo, doc, reasons.length === 0 ? ACCEPTED : '100', info);
  await answer(input.ctx, input.tx, input.message.senderId, key, {
    type: 'CEB512',
    logisticsCode: waybill.logisticsCode,
    logisticsNo: waybill.logisticsNo,
    returnStatus: status,
    returnInfo: info,
  });
  await reevaluateWaiting(input, 'waybill', key);
}
