import { cmp, mul } from '../../kernel/money.js';
import {
  CNY,
  ID_TYPE_RESIDENT_CARD,
  type Inventory,
  type Order,
  type Payment,
  type Waybill,
} from '../model/documents.js';
import { type Findings, samePhone, sameText, withinTolerance } from './compare.js';
import { duplicates } from './order.checks.js';

/** The inventory on its own: lines present and unique, supervision mode, currency, line totals, bonded fields. */
export function checkInventory(inv: Inventory, f: Findings): void {
  if (inv.lines.length === 0)
    f.add('inventory.no_lines', 'inventory', 'inventory.lines', `the inventory for order ${inv.orderNo} has no lines`);
  for (const g of duplicates(inv.lines.map((l) => l.gnum))) {
    f.add('inventory.duplicate_gnum', 'inventory', 'inventory.lines', `gnum ${g} appears more than once`);
  }
  if (!f.policy.tradeModes.includes(inv.tradeMode)) {
    f.add(
      'inventory.trade_mode',
      'inventory',
      'inventory.tradeMode',
      `supervision mode ${inv.tradeMode} is not accepted for import (${f.policy.tradeModes.join(', ')})`,
    );
  }
  if (inv.currency !== CNY)
    f.add('inventory.currency', 'inventory', 'inventory.currency', `currency must be 142 (CNY), not "${inv.currency}"`);
  if (inv.buyer.idType !== ID_TYPE_RESIDENT_CARD) {
    f.add(
      'inventory.buyer_id_type',
      'inventory',
      'inventory.buyer.idType',
      `the id type must be 1, not "${inv.buyer.idType}"`,
    );
  }
  if (inv.tradeMode === '1210') {
    if (inv.emsNo === undefined)
      f.add(
        'inventory.bonded_fields',
        'inventory',
        'inventory.emsNo',
        'a bonded (1210) inventory names its account book (emsNo)',
      );
    if (inv.areaCode === undefined)
      f.add(
        'inventory.bonded_fields',
        'inventory',
        'inventory.areaCode',
        'a bonded (1210) inventory names the zone warehouse enterprise (areaCode)',
      );
  }
  inv.lines.forEach((line, i) => {
    const at = `inventory.lines[${i}]`;
    if (inv.tradeMode === '1210' && line.itemRecordNo === undefined) {
      f.add(
        'inventory.bonded_fields',
        'inventory',
        `${at}.itemRecordNo`,
        `line ${line.gnum}: a bonded line names its account-book item (itemRecordNo)`,
      );
    }
    if (line.currency !== CNY)
      f.add('inventory.currency', 'inventory', `${at}.currency`, `line ${line.gnum}: currency must be 142 (CNY)`);
    const [qty, price, total] = [
      f.num('inventory', `${at}.qty`, line.qty),
      f.num('inventory', `${at}.price`, line.price),
      f.num('inventory', `${at}.totalPrice`, line.totalPrice),
    ];
    if (
      qty !== undefined &&
      price !== undefined &&
      total !== undefined &&
      !withinTolerance(total, mul(price, qty), f.policy.tolerances.lineTotal)
    ) {
      f.add(
        'inventory.line_total',
        'inventory',
        `${at}.totalPrice`,
        `line ${line.gnum}: total ${line.totalPrice} is not price ${line.price} × quantity ${line.qty}`,
      );
    }
  });
}

/** Inventory ↔ order: same order, lines one to one by gnum with the same goods name, quantity and prices, same buyer. */
export function checkInventoryAgainstOrder(inv: Inventory, order: Order, f: Findings): void {
  if (inv.orderNo !== order.orderNo || inv.ebpCode !== order.ebpCode || inv.ebcCode !== order.ebcCode) {
    f.add(
      'inventory.order_link',
      'inventory',
      'inventory.orderNo',
      `the inventory names order ${inv.ebpCode}/${inv.ebcCode}/${inv.orderNo}, not ${order.ebpCode}/${order.ebcCode}/${order.orderNo}`,
    );
  }
  const tol = f.policy.tolerances.inventoryLine;
  inv.lines.forEach((line, i) => {
    const at = `inventory.lines[${i}]`;
    const ordered = order.lines.find((l) => l.gnum === line.gnum);
    if (ordered === undefined) {
      f.add(
        'inventory.line_unmatched',
        'inventory',
        `${at}.gnum`,
        `inventory line ${line.gnum} has no order line with the same number`,
      );
      return;
    }
    if (!sameText(line.gname, ordered.itemName, f.text)) {
      f.add(
        'inventory.goods_name',
        'inventory',
        `${at}.gname`,
        `line ${line.gnum}: goods name "${line.gname}" differs from the order's "${ordered.itemName}"`,
      );
    }
    const pairs = [
      ['inventory.qty', 'qty', line.qty, ordered.qty],
      ['inventory.price', 'price', line.price, ordered.price],
      ['inventory.total_price', 'totalPrice', line.totalPrice, ordered.totalPrice],
    ] as const;
    for (const [rule, name, mine, theirs] of pairs) {
      const [a, b] = [
        f.num('inventory', `${at}.${name}`, mine),
        f.num('order', `order.lines[${order.lines.indexOf(ordered)}].${name}`, theirs),
      ];
      const same =
        name === 'qty'
          ? a !== undefined && b !== undefined && cmp(a, b) === 0
          : a !== undefined && b !== undefined && withinTolerance(a, b, tol);
      if (a !== undefined && b !== undefined && !same)
        f.add(
          rule,
          'inventory',
          `${at}.${name}`,
          `line ${line.gnum}: ${name} ${mine} differs from the order's ${theirs}`,
        );
    }
  });
  for (const ordered of order.lines) {
    if (!inv.lines.some((l) => l.gnum === ordered.gnum)) {
      f.add(
        'inventory.line_missing',
        'inventory',
        'inventory.lines',
        `order line ${ordered.gnum} has no inventory line`,
      );
    }
  }
  checkSameBuyer(inv, order, f);
}

function checkSameBuyer(inv: Inventory, order: Order, f: Findings): void {
  if (inv.buyer.idNumber.toUpperCase() !== order.buyer.idNumber.toUpperCase()) {
    f.add(
      'inventory.buyer_id',
      'inventory',
      'inventory.buyer.idNumber',
      "the buyer's identity number differs from the order's",
    );
  }
  if (!sameText(inv.buyer.name, order.buyer.name, f.text)) {
    f.add('inventory.buyer_name', 'inventory', 'inventory.buyer.name', "the buyer's name differs from the order's");
  }
  if (!samePhone(inv.buyer.telephone, order.buyer.telephone, f.text)) {
    f.add(
      'inventory.buyer_telephone',
      'inventory',
      'inventory.buyer.telephone',
      "the buyer's telephone differs from the order's",
    );
  }
}

/** Inventory ↔ waybill: same carrier and waybill number, same order, same consignee address. */
export function checkInventoryAgainstWaybill(inv: Inventory, waybill: Waybill, f: Findings): void {
  if (inv.logisticsCode !== waybill.logisticsCode || inv.logisticsNo !== waybill.logisticsNo) {
    f.add(
      'inventory.waybill_link',
      'inventory',
      'inventory.logisticsNo',
      `the inventory names waybill ${inv.logisticsCode}/${inv.logisticsNo}, not ${waybill.logisticsCode}/${waybill.logisticsNo}`,
    );
  }
  if (waybill.orderNo !== inv.orderNo) {
    f.add(
      'inventory.waybill_order',
      'inventory',
      'inventory.orderNo',
      `waybill ${waybill.logisticsNo} is for order ${waybill.orderNo}, the inventory for ${inv.orderNo}`,
    );
  }
  if (!sameText(inv.consigneeAddress, waybill.consignee.address, f.text)) {
    f.add(
      'inventory.consignee_address',
      'inventory',
      'inventory.consigneeAddress',
      "the consignee's address differs from the waybill's",
    );
  }
}

/** Inventory ↔ payment: the payment was declared for the inventory's platform and order number. */
export function checkInventoryAgainstPayment(inv: Inventory, payment: Payment, f: Findings): void {
  if (payment.orderNo !== inv.orderNo || payment.ebpCode !== inv.ebpCode) {
    f.add(
      'inventory.payment_link',
      'inventory',
      'inventory.orderNo',
      `the payment is for order ${payment.ebpCode}/${payment.orderNo}, the inventory for ${inv.ebpCode}/${inv.orderNo}`,
    );
  }
}
