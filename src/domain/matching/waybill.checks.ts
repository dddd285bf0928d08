import type { Order, Waybill } from '../model/documents.js';
import { type Findings, samePhone, sameText } from './compare.js';

/**
 * Order ↔ waybill (ceb-messages §4.1): the waybill carries the order number; consignee name, telephone and
 * address "must be consistent with the electronic waybill".
 */
export function checkWaybill(order: Order, waybill: Waybill, f: Findings): void {
  if (waybill.orderNo !== order.orderNo) {
    f.add(
      'waybill.order_no',
      'waybill',
      'waybill.orderNo',
      `waybill ${waybill.logisticsNo} is for order ${waybill.orderNo}, not ${order.orderNo}`,
    );
  }
  const [o, w] = [order.consignee, waybill.consignee];
  if (!sameText(o.name, w.name, f.text)) {
    f.add(
      'waybill.consignee_name',
      'waybill',
      'waybill.consignee.name',
      "the consignee's name differs from the order's",
    );
  }
  if (!samePhone(o.telephone, w.telephone, f.text)) {
    f.add(
      'waybill.consignee_telephone',
      'waybill',
      'waybill.consignee.telephone',
      "the consignee's telephone differs from the order's",
    );
  }
  if (!sameText(o.address, w.address, f.text)) {
    f.add(
      'waybill.consignee_address',
      'waybill',
      'waybill.consignee.address',
      "the consignee's address differs from the order's",
    );
  }
}
