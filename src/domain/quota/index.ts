export {
  type AppendOutcome,
  appendEntry,
  outstanding,
  type QuotaCancel,
  type QuotaEntry,
  type QuotaLedger,
  type QuotaRelease,
  type QuotaReturn,
} from './ledger.rules.js';
export {
  CODE_OVER_ANNUAL_LIMIT,
  CODE_OVER_ORDER_LIMIT,
  CODE_SINGLE_ITEM_FULL_RATE,
  checkAnnualLimit,
  checkOrderLimit,
  classifyAgainstLimits,
  isSingleIndivisibleItem,
  type LimitDecision,
  type LimitLine,
  type LimitRoute,
  type LimitSubject,
} from './limits.rules.js';
export {
  DEFAULT_LIMIT_POLICY,
  DEFAULT_QUOTA_POLICY,
  type LimitPolicy,
  type QuotaPolicy,
  type SingleItemPolicy,
} from './quota.policy.js';
export { type AnnualUsage, annualUsage, usedAt, usedInYear } from './usage.rules.js';
