import type { Order, OrderLine } from '../../../domain/model/index.js';
import type { OrderHead, OrderList } from '../generated/202205/import.types.js';
import { docMapping } from './doc-mapping.js';
import { personOf, present, toInt } from './wire-fields.js';

/**
 * CEB311 order ↔ `Order`. Renames: `acturalPaid` (sic) → `actualPaid`; `buyer*` → `buyer` (a Person plus
 * `regNo`); `consignee*` → `consignee`. Extras: orderType, batchNumbers, note; lines: itemDescribe, note.
 */

function toLine(l: OrderList): OrderLine {
  return {
    gnum: toInt(l.gnum),
    ...present(l, ['itemNo', 'gmodel', 'barCode']),
    itemName: l.itemName,
    unit: l.unit,
    qty: l.qty,
    price: l.price,
    totalPrice: l.totalPrice,
    currency: l.currency,
    country: l.country,
  };
}

function toOrder(h: OrderHead, lines: readonly OrderList[]): Order {
  return {
    orderNo: h.orderNo,
    ebpCode: h.ebpCode,
    ebpName: h.ebpName,
    ebcCode: h.ebcCode,
    ebcName: h.ebcName,
    goodsValue: h.goodsValue,
    freight: h.freight,
    discount: h.discount,
    taxTotal: h.taxTotal,
    actualPaid: h.acturalPaid,
    currency: h.currency,
    buyer: { ...personOf(h.buyerIdType, h.buyerIdNumber, h.buyerName, h.buyerTelephone), regNo: h.buyerRegNo },
    ...present(h, ['payCode', 'payName', 'payTransactionId']),
    consignee: {
      name: h.consignee,
      telephone: h.consigneeTelephone,
      address: h.consigneeAddress,
      ...(h.consigneeDistrict !== undefined ? { district: h.consigneeDistrict } : {}),
    },
    lines: lines.map(toLine),
  };
}

function fromOrder(o: Order): { head: Partial<OrderHead>; lines: Partial<OrderList>[] } {
  return {
    head: {
      orderNo: o.orderNo,
      ebpCode: o.ebpCode,
      ebpName: o.ebpName,
      ebcCode: o.ebcCode,
      ebcName: o.ebcName,
      goodsValue: o.goodsValue,
      freight: o.freight,
      discount: o.discount,
      taxTotal: o.taxTotal,
      acturalPaid: o.actualPaid,
      currency: o.currency,
      buyerRegNo: o.buyer.regNo,
      buyerName: o.buyer.name,
      buyerTelephone: o.buyer.telephone,
      buyerIdType: o.buyer.idType,
      buyerIdNumber: o.buyer.idNumber,
      payCode: o.payCode,
      payName: o.payName,
      payTransactionId: o.payTransactionId,
      consignee: o.consignee.name,
      consigneeTelephone: o.consignee.telephone,
      consigneeAddress: o.consignee.address,
      consigneeDistrict: o.consignee.district,
    },
    lines: o.lines.map((l) => ({
      gnum: String(l.gnum),
      itemNo: l.itemNo,
      itemName: l.itemName,
      gmodel: l.gmodel,
      barCode: l.barCode,
      unit: l.unit,
      qty: l.qty,
      price: l.price,
      totalPrice: l.totalPrice,
      currency: l.currency,
      country: l.country,
    })),
  };
}

export const orderMapping = docMapping(toOrder, fromOrder);
