import { ok, type Result } from '../../kernel/result.js';
import type { Deal, Inventory } from '../model/documents.js';
import { type Instant, parseInstant } from '../model/time.js';
import { type CheckReason, checkReason } from './match.codes.js';
import type { MatchPolicy } from './match.policy.js';

/**
 * What an inventory is still waiting for. The order is named by −301005 ("[order]订单信息查询不存在"), the payment
 * by −401004 ("[order]对应支付凭证查询不存在"); the standard's waybill codes (−504xxx) have no "not found" entry,
 * so a missing waybill is our own `waybill.missing`.
 */
export function missingDocuments(deal: Deal & { readonly inventory: Inventory }): readonly CheckReason[] {
  const inv = deal.inventory;
  const missing: CheckReason[] = [];
  if (deal.order === undefined) {
    missing.push(
      checkReason(
        'order.missing',
        'order',
        'inventory.orderNo',
        `order ${inv.orderNo} of platform ${inv.ebpCode} has not been received`,
      ),
    );
  }
  if (deal.payment === undefined) {
    missing.push(
      checkReason(
        'payment.missing',
        'payment',
        'inventory.orderNo',
        `no payment has been received for order ${inv.orderNo} of platform ${inv.ebpCode}`,
      ),
    );
  }
  if (deal.waybill === undefined) {
    missing.push(
      checkReason(
        'waybill.missing',
        'waybill',
        'inventory.logisticsNo',
        `waybill ${inv.logisticsNo} of carrier ${inv.logisticsCode} has not been received`,
      ),
    );
  }
  return missing;
}

export type WaitState =
  | { readonly state: 'complete' }
  | { readonly state: 'waiting'; readonly missing: readonly CheckReason[]; readonly deadline: Instant }
  | { readonly state: 'timed-out'; readonly missing: readonly CheckReason[] };

/**
 * Whether an inventory can be matched now, must keep waiting, or has waited long enough (policy.waitMinutes after
 * it was received) and is to be rejected with the codes of what is missing. `now` is an argument.
 */
export function waitState(
  deal: Deal & { readonly inventory: Inventory },
  receivedAt: Instant,
  now: Instant,
  policy: Pick<MatchPolicy, 'waitMinutes'>,
): Result<WaitState> {
  const missing = missingDocuments(deal);
  if (missing.length === 0) return ok({ state: 'complete' });
  const [received, current] = [parseInstant(receivedAt, 'receivedAt'), parseInstant(now, 'now')];
  if (!received.ok) return received;
  if (!current.ok) return current;
  const deadline = received.value + policy.waitMinutes * 60_000;
  if (current.value >= deadline) return ok({ state: 'timed-out', missing });
  return ok({ state: 'waiting', missing, deadline: new Date(deadline).toISOString() });
}
