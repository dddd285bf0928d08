import { cmp, type Fen, formatFen, type Rational, rational } from '../../kernel/money.js';
import { fail, ok, type Reason, type Result } from '../../kernel/result.js';
import { decimalSetting, fenSetting } from '../model/policy-values.js';
import type { LimitPolicy } from './quota.policy.js';

/**
 * The per-order and annual limits of rules.md A2 ("implementation consequence"), on the order's dutiable value
 * (goods + freight + insurance):
 *   1. value ≤ per-order limit AND used + value ≤ annual limit            → within limits (preferential tax);
 *   2. value > per-order limit, one indivisible piece, used + value ≤ annual → full-rate tax, counted in the year;
 *   3. anything else                                                       → over the limits (general trade).
 * Reason codes are the standard's: −621005 single-transaction limit, −621018 annual limit
 * (shared/reference/ceb/codes/error-codes-202205.json).
 */
export const CODE_OVER_ORDER_LIMIT = '-621005';
export const CODE_OVER_ANNUAL_LIMIT = '-621018';
export const CODE_SINGLE_ITEM_FULL_RATE = 'quota.single_item_full_rate';

export type LimitRoute = 'within-limits' | 'single-item-full-rate' | 'over-limits';

export interface LimitLine {
  readonly qty: Rational;
  readonly indivisible?: boolean;
}

export interface LimitSubject {
  /** The order's dutiable value. */
  readonly orderValue: Fen;
  /** What the buyer has already used this calendar year. */
  readonly annualUsed: Fen;
  readonly lines: readonly LimitLine[];
}

export interface LimitDecision {
  readonly route: LimitRoute;
  readonly overOrderLimit: boolean;
  readonly overAnnualLimit: boolean;
  /** Annual usage after this order, if it is counted. */
  readonly annualAfter: Fen;
  readonly reasons: readonly Reason[];
}

/** Per-order limit: fails with −621005 when the order's value is above the limit. */
export function checkOrderLimit(orderValue: Fen, policy: LimitPolicy): Result<Fen> {
  const limit = fenSetting('perOrderLimit', policy.perOrderLimit);
  if (orderValue <= limit) return ok(orderValue);
  return fail({
    code: CODE_OVER_ORDER_LIMIT,
    message: `the order's dutiable value ${formatFen(orderValue)} exceeds the single-transaction limit ${formatFen(limit)}`,
    field: 'dutiableValue',
  });
}

/** Annual limit: fails with −621018 when used + this order would go above the limit. */
export function checkAnnualLimit(
  annualUsed: Fen,
  orderValue: Fen,
  policy: Pick<LimitPolicy, 'annualLimit'>,
): Result<Fen> {
  const limit = fenSetting('annualLimit', policy.annualLimit);
  const after = annualUsed + orderValue;
  if (after <= limit) return ok(after);
  return fail({
    code: CODE_OVER_ANNUAL_LIMIT,
    message: `the buyer has used ${formatFen(annualUsed)} of the annual limit ${formatFen(limit)}; this order (${formatFen(orderValue)}) would bring it to ${formatFen(after)}`,
    field: 'buyer.annualUsed',
  });
}

/** Whether the order is one indivisible item in the sense of rules.md A2. */
export function isSingleIndivisibleItem(lines: readonly LimitLine[], policy: LimitPolicy): boolean {
  const rule = policy.singleItem;
  if (!rule.enabled || lines.length !== 1) return false;
  const [line] = lines;
  if (line === undefined) return false;
  if (rule.requireIndivisibleFlag ? line.indivisible !== true : line.indivisible === false) return false;
  return cmp(line.qty, decimalSetting('singleItem.maxPieces', rule.maxPieces)) <= 0 && cmp(line.qty, rational(0n)) > 0;
}

/** Classifies an order against the limits; see the module comment for the three routes. */
export function classifyAgainstLimits(subject: LimitSubject, policy: LimitPolicy): LimitDecision {
  const order = checkOrderLimit(subject.orderValue, policy);
  const annual = checkAnnualLimit(subject.annualUsed, subject.orderValue, policy);
  const base = {
    overOrderLimit: !order.ok,
    overAnnualLimit: !annual.ok,
    annualAfter: subject.annualUsed + subject.orderValue,
  };
  if (order.ok && annual.ok) return { ...base, route: 'within-limits', reasons: [] };
  if (!order.ok && annual.ok && isSingleIndivisibleItem(subject.lines, policy)) {
    const reason: Reason = {
      code: CODE_SINGLE_ITEM_FULL_RATE,
      message:
        `one indivisible item above the single-transaction limit (${formatFen(subject.orderValue)}): ` +
        'duty, VAT and consumption tax are due in full, and the value counts toward the annual limit',
      field: 'items',
    };
    return { ...base, route: 'single-item-full-rate', reasons: [reason] };
  }
  return {
    ...base,
    route: 'over-limits',
    reasons: [...(order.ok ? [] : order.reasons), ...(annual.ok ? [] : annual.reasons)],
  };
}
