import type { Inventory, Order, Payment, Waybill } from './documents.js';

/**
 * Correlation keys: how the documents of one deal find each other, and how a receipt is tied to what was sent.
 * Source: ceb-messages.md §2.1 (receipt keys) and §4.1 (linking keys implied by the structures).
 *
 * | link                | keys                                              |
 * |---------------------|---------------------------------------------------|
 * | order (CEB312)      | ebpCode + ebcCode + orderNo                       |
 * | payment (CEB412)    | payCode + payTransactionId                        |
 * | order ↔ payment     | ebpCode + orderNo (both in CEB411)                |
 * | order ↔ waybill     | orderNo (CEB511 carries no platform code)         |
 * | inventory ↔ order   | ebpCode + ebcCode + orderNo                       |
 * | inventory ↔ waybill | logisticsCode + logisticsNo                       |
 * | waybill (CEB512)    | logisticsCode + logisticsNo                       |
 *
 * Keys are built from URI-encoded parts so that no separator inside a part can make two keys collide.
 */
const key = (kind: string, ...parts: readonly string[]): string =>
  [kind, ...parts.map((p) => encodeURIComponent(p))].join('|');

/** The order itself, and the inventory's link to it. */
export const orderKey = (d: Pick<Order, 'ebpCode' | 'ebcCode' | 'orderNo'>): string =>
  key('order', d.ebpCode, d.ebcCode, d.orderNo);

/** The payment itself (CEB412 receipt key). */
export const paymentKey = (p: Pick<Payment, 'payCode' | 'payTransactionId'>): string =>
  key('payment', p.payCode, p.payTransactionId);

/** The link between an order and its payment: the platform and its order number. */
export const paymentOrderLink = (d: Pick<Payment, 'ebpCode' | 'orderNo'>): string =>
  key('pay-order', d.ebpCode, d.orderNo);

/** The waybill itself, and the inventory's link to it (CEB512 receipt key). */
export const waybillKey = (w: Pick<Waybill, 'logisticsCode' | 'logisticsNo'>): string =>
  key('waybill', w.logisticsCode, w.logisticsNo);

/** The link between an order and its waybill: the order number only. */
export const waybillOrderLink = (d: Pick<Waybill, 'orderNo'>): string => key('waybill-order', d.orderNo);

/** Everything an inventory points at. */
export function inventoryLinks(inv: Inventory): {
  readonly order: string;
  readonly payment: string;
  readonly waybill: string;
} {
  return { order: orderKey(inv), payment: paymentOrderLink(inv), waybill: waybillKey(inv) };
}
