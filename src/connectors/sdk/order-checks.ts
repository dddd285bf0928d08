import type { Order } from '../../domain/model/index.js';
import { add, cmp, formatDecimal, mul, parseDecimal, type Rational, sub, sum, ZERO } from '../../kernel/money.js';

const dec = (text: string): Rational | undefined => {
  const r = parseDecimal(text);
  return r.ok ? r.value : undefined;
};

/**
 * The arithmetic a canonical order (CEB311) must satisfy before it leaves a storefront connector: each line's
 * total is price × quantity, the line totals add up to the goods value, and goods + freight + tax − discount is
 * what was paid. Returns the problems (empty when consistent), each naming the figures, never a person.
 */
export function orderTotalsProblems(order: Order): string[] {
  const problems: string[] = [];
  const lineTotals: Rational[] = [];
  for (const line of order.lines) {
    const [price, qty, total] = [dec(line.price), dec(line.qty), dec(line.totalPrice)];
    if (!price || !qty || !total) {
      problems.push(`line ${line.gnum}: price, quantity and total must be decimal numbers`);
      continue;
    }
    lineTotals.push(total);
    if (cmp(mul(price, qty), total) !== 0) {
      problems.push(`line ${line.gnum}: ${line.price} × ${line.qty} is ${formatDecimal(mul(price, qty), 2)}, not ${line.totalPrice}`);
    }
  }
  const [goods, freight, tax, discount, paid] = [order.goodsValue, order.freight, order.taxTotal, order.discount, order.actualPaid].map(dec);
  if (!goods || !freight || !tax || !discount || !paid) return [...problems, 'the order amounts must be decimal numbers'];
  if (cmp(sum(lineTotals), goods) !== 0) {
    problems.push(`the line totals add up to ${formatDecimal(sum(lineTotals), 2)}, the goods value is ${order.goodsValue}`);
  }
  const expected = sub(add(add(goods, freight), tax), discount);
  if (cmp(expected, paid) !== 0) {
    problems.push(`goods ${order.goodsValue} + freight ${order.freight} + tax ${order.taxTotal} − discount ${order.discount} is ${formatDecimal(expected, 2)}, the amount paid is ${order.actualPaid}`);
  }
  if (cmp(paid, ZERO) <= 0) problems.push('the amount paid must be positive');
  return problems;
}
