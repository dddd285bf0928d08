import { CNY, type Order } from '../../domain/model/index.js';
import type { GenericJsonSettings } from './settings.js';
import type { OrderWebhookBody } from './format.js';

/** The generic webhook's order → canonical order (CEB311). The wire names stay here. */
export function toCanonicalOrder(body: OrderWebhookBody, settings: GenericJsonSettings): Order {
  const o = body.order;
  return {
    orderNo: o.orderNo,
    ebpCode: settings.ebpCode,
    ...(settings.ebpName !== undefined && { ebpName: settings.ebpName }),
    ebcCode: settings.ebcCode,
    ...(settings.ebcName !== undefined && { ebcName: settings.ebcName }),
    goodsValue: o.goodsValue,
    freight: o.freight,
    discount: o.discount,
    taxTotal: o.taxTotal,
    actualPaid: o.actualPaid,
    currency: CNY,
    buyer: {
      idType: o.buyer.idType,
      idNumber: o.buyer.idNumber.toUpperCase(),
      name: o.buyer.name,
      telephone: o.buyer.phone,
      ...(o.buyer.memberId !== undefined && { regNo: o.buyer.memberId }),
    },
    ...(o.payment?.payCode !== undefined && { payCode: o.payment.payCode }),
    ...(o.payment?.payName !== undefined && { payName: o.payment.payName }),
    ...(o.payment?.transactionId !== undefined && { payTransactionId: o.payment.transactionId }),
    consignee: {
      name: o.consignee.name,
      telephone: o.consignee.phone,
      address: o.consignee.address,
      ...(o.consignee.district !== undefined && { district: o.consignee.district }),
    },
    lines: o.lines.map((l, i) => ({
      gnum: i + 1,
      itemNo: l.sku,
      itemName: l.name,
      ...(l.model !== undefined && { gmodel: l.model }),
      ...(l.barCode !== undefined && { barCode: l.barCode }),
      unit: l.unit,
      qty: l.quantity,
      price: l.unitPrice,
      totalPrice: l.total,
      currency: CNY,
      country: l.originCountry,
    })),
  };
}
