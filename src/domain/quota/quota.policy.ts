import { CHINA_OFFSET_MINUTES } from '../model/time.js';

/**
 * Limits of the cross-border retail import channel. Every figure is configurable; the defaults and their
 * confidence come from shared/docs/rules.md.
 */
export interface LimitPolicy {
  /** Single-transaction limit, RMB. Default 5000.00 — rules.md A1 [C] (2,000 before 2019). */
  readonly perOrderLimit: string;
  /** Annual per-person limit, RMB. Default 26000.00 — rules.md A1 [C] (20,000 before 2019). */
  readonly annualLimit: string;
  /** The single indivisible item exception — rules.md A2. */
  readonly singleItem: SingleItemPolicy;
}

export interface SingleItemPolicy {
  /** Whether an order of one indivisible item may exceed the per-order limit at all. Default true [C]. */
  readonly enabled: boolean;
  /**
   * Most pieces the one line may hold. Default "1": rules.md A2 says one piece; quantity > 1 of one SKU is
   * marked [U] (open item 3) and treated as failing until checked.
   */
  readonly maxPieces: string;
  /**
   * Whether the item must be flagged `indivisible: true`. Default false: rules.md A2 defines the exception as
   * "one item (quantity 1, one SKU)" with no flag, so one piece qualifies unless flagged `indivisible: false`.
   */
  readonly requireIndivisibleFlag: boolean;
  /**
   * Channel of such an order. Default "cbec": the current rule (rules.md A2 [C], cceeccic.org) keeps it in the
   * CBEC retail channel with full-rate tax, counted in the annual total. "general" follows the 2016-era wording
   * ("taxed in full as general trade") that some older sources still copy.
   */
  readonly channel: 'cbec' | 'general';
}

/** The per-person ledger: how consumption is counted and restored. */
export interface QuotaPolicy {
  /** Annual per-person limit, RMB; the same figure as `LimitPolicy.annualLimit`. */
  readonly annualLimit: string;
  /** A return restores the quota when applied for within this many days of release. Default 30 — rules.md A6 [C]. */
  readonly returnWindowDays: number;
  /**
   * How the window is counted. rules.md gives "within 30 days of release" without the counting rule [U].
   * Default "calendar-days": China calendar dates, release day + 30 days inclusive; "elapsed": 30 × 24 hours.
   */
  readonly returnWindowCounting: 'calendar-days' | 'elapsed';
  /** The returned goods must be back at the site within this many days of release. Default 45 — rules.md A6 [C]. */
  readonly goodsBackWithinDays: number;
  /** The offset of the calendar that defines "calendar year". Default UTC+8 (China Standard Time). */
  readonly timeZoneOffsetMinutes: number;
}

export const DEFAULT_LIMIT_POLICY: LimitPolicy = {
  perOrderLimit: '5000.00',
  annualLimit: '26000.00',
  singleItem: { enabled: true, maxPieces: '1', requireIndivisibleFlag: false, channel: 'cbec' },
};

export const DEFAULT_QUOTA_POLICY: QuotaPolicy = {
  annualLimit: DEFAULT_LIMIT_POLICY.annualLimit,
  returnWindowDays: 30,
  returnWindowCounting: 'calendar-days',
  goodsBackWithinDays: 45,
  timeZoneOffsetMinutes: CHINA_OFFSET_MINUTES,
};
