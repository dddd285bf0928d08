import { type CheckReason, checkReason, type MatchedDeal, matchDeal } from '../../domain/matching/index.js';
import { calendarYear, CHINA_OFFSET_MINUTES, type EnterpriseRegistry, type Inventory, type Order, type Payment, type Waybill } from '../../domain/model/index.js';
import type { TariffLookup } from '../../domain/tax/index.js';
import { formatFen } from '../../kernel/money.js';
import type { Result } from '../../kernel/result.js';
import { describeReasons } from '../single-window/answer.js';
import { chinaDate } from '../tariff/tax-quote.js';
import type { HubContext } from './hub.context.js';

/**
 * The pre-flight check: before anything is filed, the deal's four documents go through the very matching customs
 * runs (`domain/matching` matchDeal: enterprises, order, identity, payment, waybill, inventory, positive list, tax,
 * per-order and annual limits), with the hub's own estimate of what the buyer used of the annual limit. A deal
 * customs would reject is stopped here with the same codes and reasons.
 */
export interface PreflightDeal {
  readonly order: Order;
  readonly payment: Payment;
  readonly waybill: Waybill;
  readonly inventory: Inventory;
}

/** Start of the China calendar year of `at`, and of the next. */
export function chinaYearBounds(at: Date): { readonly from: Date; readonly to: Date } {
  const year = calendarYear(at.getTime(), CHINA_OFFSET_MINUTES);
  const offset = CHINA_OFFSET_MINUTES * 60_000;
  return { from: new Date(Date.UTC(year, 0, 1) - offset), to: new Date(Date.UTC(year + 1, 0, 1) - offset) };
}

/** What the hub has seen the buyer use of the annual limit this (China) calendar year, in fen: its own estimate. */
export async function annualUsedFen(ctx: HubContext, buyerKey: string): Promise<number> {
  const { from, to } = chinaYearBounds(ctx.now());
  return ctx.store.hubDeals.releasedQuotaFen(buyerKey, from, to);
}

export async function preflight(ctx: HubContext, deal: PreflightDeal, buyerKey: string): Promise<Result<MatchedDeal, CheckReason>> {
  return preflightWith(ctx, deal, { registry: await ctx.registry(), tariff: await ctx.tariff(), usedFen: await annualUsedFen(ctx, buyerKey) });
}

/** The pre-flight on what was read before (the registry, the tariff, the buyer's annual usage): no I/O. */
export function preflightWith(
  ctx: HubContext,
  deal: PreflightDeal,
  read: { readonly registry: EnterpriseRegistry; readonly tariff: TariffLookup; readonly usedFen: number },
): Result<MatchedDeal, CheckReason> {
  const now = ctx.now();
  return matchDeal(deal, {
    registry: read.registry,
    tariff: read.tariff,
    annualUsed: formatFen(BigInt(read.usedFen)),
    policy: ctx.policy.match,
    today: chinaDate(now.getTime()),
  });
}

/** The reason customs gives when no payment arrived for an order (−401004), from the matching's own table. */
export const paymentMissing = (order: Order): CheckReason =>
  checkReason('payment.missing', 'payment', 'inventory.orderNo', `no payment has been received for order ${order.orderNo} of platform ${order.ebpCode}`);

/** Reasons as one line, as customs words them in a receipt (the codes first, then the words). */
export { describeReasons };

/** The stable cause of a refusal: the rule of the first reason (its dotted id), for statistics. */
export const causeOf = (reasons: readonly CheckReason[]): string => reasons[0]?.rule ?? 'preflight.refused';
