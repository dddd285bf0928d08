import { checkResidentId, maskIdNumber } from '../../domain/identity/index.js';
import { calendarYear } from '../../domain/model/index.js';
import { type AnnualUsage, annualUsage } from '../../domain/quota/index.js';
import type { SingleWindowContext } from './context.js';
import { buyerKeyOf, quotaLedgerOf } from './quota-ledger.js';

export interface QuotaView extends Omit<AnnualUsage, 'idNumber'> {
  /** Masked: the number is personal data. */
  readonly idNumber: string;
  readonly valid: boolean;
}

/** A buyer's annual quota: limit, used, remaining and the releases that count, in a calendar year (China time). */
export async function quotaOf(ctx: SingleWindowContext, idNumber: string, year?: number): Promise<QuotaView> {
  const key = buyerKeyOf(idNumber);
  const ledger = await quotaLedgerOf(ctx.store, key);
  const inYear = year ?? calendarYear(ctx.now().getTime(), ctx.policy.quota.timeZoneOffsetMinutes);
  const usage = annualUsage(ledger, key, inYear, ctx.policy.quota);
  const releases = await Promise.all(
    usage.releases.map(async (r) => ({ ...r, invtNo: (await ctx.store.swInventories.byId(r.invtNo))?.invtNo ?? r.invtNo })),
  );
  return { ...usage, releases, idNumber: maskIdNumber(idNumber), valid: checkResidentId(idNumber).ok };
}
