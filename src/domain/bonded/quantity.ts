import { cmp, mul, parseDecimal, rational, toDecimalString, ZERO } from '../../kernel/money.js';
import { fail, ok, type Result } from '../../kernel/result.js';

/**
 * Stock quantities as integers of 1/100000 of the declared unit: the CEB quantity fields allow 5 decimals (N19,5),
 * so every declared quantity is exact here.
 */
export type Qty = bigint;
const SCALE = 100_000n;

/** Parses a positive quantity ("2", "0.5", "12.34567"). */
export function parseQty(text: string, field = 'qty'): Result<Qty> {
  const r = parseDecimal(text, { maxScale: 5 });
  if (!r.ok || cmp(r.value, ZERO) <= 0) {
    return fail({
      code: 'bonded.invalid_quantity',
      message: `quantity "${text}" is not a positive decimal with at most 5 decimals`,
      field,
    });
  }
  const scaled = mul(r.value, rational(SCALE));
  return ok(scaled.num / scaled.den);
}

/** Shortest decimal form: 200000n → "2", 150000n → "1.5". */
export const formatQty = (q: Qty): string => toDecimalString(rational(q, SCALE), 5);
