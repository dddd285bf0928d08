import { add, mul, type Rational, sub, sum } from '../../kernel/money.js';
import { checkResidentId } from '../identity/resident-id.rules.js';
import { CNY, ID_TYPE_RESIDENT_CARD, type Order, type Person } from '../model/documents.js';
import { type Findings, withinTolerance } from './compare.js';
import type { DocumentKind } from './match.codes.js';

/** Line numbers present more than once. */
export function duplicates(gnums: readonly number[]): readonly number[] {
  return [...new Set(gnums.filter((g, i) => gnums.indexOf(g) !== i))];
}

/** Buyer identity (rules.md A7): id type 1 and a valid 18-character resident identity number. */
export function checkBuyerIdentity(
  person: Person,
  document: DocumentKind,
  path: string,
  f: Findings,
  today?: string,
): void {
  if (person.idType !== ID_TYPE_RESIDENT_CARD) {
    f.add(
      `${document}.buyer_id_type`,
      document,
      `${path}.idType`,
      `the id type must be 1 (resident identity card), not "${person.idType}"`,
    );
  }
  const r = checkResidentId(person.idNumber, { ...f.policy.tax.identity, ...(today === undefined ? {} : { today }) });
  if (!r.ok)
    for (const x of r.reasons) f.add(x.code, document, `${path}.idNumber`, `buyer identity number: ${x.message}`);
}

/** Each line: totalPrice = price × qty (ceb-messages §4.1), currency 142. Returns the parsed line totals. */
function checkLines(order: Order, f: Findings): Rational[] {
  const totals: Rational[] = [];
  order.lines.forEach((line, i) => {
    const at = `order.lines[${i}]`;
    const [qty, price, total] = [
      f.num('order', `${at}.qty`, line.qty),
      f.num('order', `${at}.price`, line.price),
      f.num('order', `${at}.totalPrice`, line.totalPrice),
    ];
    if (line.currency !== CNY)
      f.add(
        'order.currency',
        'order',
        `${at}.currency`,
        `line ${line.gnum}: currency must be 142 (CNY), not "${line.currency}"`,
      );
    if (total !== undefined) totals.push(total);
    if (qty === undefined || price === undefined || total === undefined) return;
    if (!withinTolerance(total, mul(price, qty), f.policy.tolerances.lineTotal)) {
      f.add(
        'order.line_total',
        'order',
        `${at}.totalPrice`,
        `line ${line.gnum}: total ${line.totalPrice} is not price ${line.price} × quantity ${line.qty}`,
      );
    }
  });
  return totals;
}

/** Order on its own: lines present and unique, currency, line totals, goods value, amount identity, buyer. */
export function checkOrder(order: Order, f: Findings, today?: string): void {
  if (order.lines.length === 0)
    f.add('order.no_lines', 'order', 'order.lines', `order ${order.orderNo} has no goods lines`);
  for (const g of duplicates(order.lines.map((l) => l.gnum))) {
    f.add('order.duplicate_gnum', 'order', 'order.lines', `line number ${g} appears more than once`);
  }
  if (order.currency !== CNY)
    f.add('order.currency', 'order', 'order.currency', `currency must be 142 (CNY), not "${order.currency}"`);
  const totals = checkLines(order, f);
  const [goods, freight, tax, discount, paid] = [
    f.num('order', 'order.goodsValue', order.goodsValue),
    f.num('order', 'order.freight', order.freight),
    f.num('order', 'order.taxTotal', order.taxTotal),
    f.num('order', 'order.discount', order.discount),
    f.num('order', 'order.actualPaid', order.actualPaid),
  ];
  if (goods !== undefined && f.policy.checkGoodsValueSum && totals.length === order.lines.length && totals.length > 0) {
    if (!withinTolerance(goods, sum(totals), f.policy.tolerances.goodsValueSum)) {
      f.add(
        'order.goods_value',
        'order',
        'order.goodsValue',
        `goods value ${order.goodsValue} is not the sum of the line totals`,
      );
    }
  }
  if (
    goods !== undefined &&
    freight !== undefined &&
    tax !== undefined &&
    discount !== undefined &&
    paid !== undefined
  ) {
    const expected = sub(add(add(goods, freight), tax), discount);
    if (!withinTolerance(paid, expected, f.policy.tolerances.amountIdentity)) {
      f.add(
        'order.amount_identity',
        'order',
        'order.actualPaid',
        `actual paid ${order.actualPaid} is not goods ${order.goodsValue} + freight ${order.freight} + tax ${order.taxTotal} − discount ${order.discount}`,
      );
    }
  }
  checkBuyerIdentity(order.buyer, 'order', 'order.buyer', f, today);
}
