import type { RoundingMode } from '../../kernel/money.js';
import { type CosmeticsPolicy, DEFAULT_COSMETICS_POLICY } from './cosmetics.rules.js';
import type { ResidentIdOptions } from '../identity/resident-id.rules.js';
import { DEFAULT_LIMIT_POLICY, type LimitPolicy } from '../quota/quota.policy.js';

/**
 * Everything the tax computation treats as configuration. Defaults and their confidence (rules.md tags):
 * - limits: per-order 5,000 / annual 26,000 and the single indivisible item exception — rules.md A1, A2 [C];
 * - cbec.dutyRate "0": customs duty 0% within the limits ("provisionally") — rules.md A1 [C];
 * - cbec.taxFactor "0.7": VAT and consumption tax at 70% of the statutory amount — rules.md A1 [C];
 * - rounding: rules.md gives no rounding rule (its worked examples are exact to the fen), so both the mode and the
 *   step are parameters. Default: half-up (四舍五入) to the fen, once per tax (duty, consumption tax, VAT) per line,
 *   intermediate amounts kept exact; the order totals are the sums of the rounded line amounts, the way the e-tax
 *   bill (CEB816) carries one amount per tax per line (TaxListRd) and their totals in the head.
 *   step "order" instead rounds each tax once on the exact order total.
 *   The line goods value (unit price × quantity) is rounded to the fen with the same mode before anything else.
 * - enforcePositiveList: goods must be on the CBEC positive list — rules.md A5 [C].
 * - cosmetics: the high-end cosmetics thresholds (≥ RMB 10 per ml or g, ≥ RMB 15 per piece or sheet) — rules.md A4
 *   [C]; which HS codes the condition covers and the measurement-unit table are configuration (see cosmetics.rules).
 */
export interface TaxPolicy {
  readonly limits: LimitPolicy;
  readonly cbec: {
    readonly dutyRate: string;
    readonly taxFactor: string;
  };
  readonly rounding: {
    readonly mode: RoundingMode;
    readonly step: 'line' | 'order';
  };
  readonly enforcePositiveList: boolean;
  /** Options of the buyer identity check (accepted province prefixes, birth-year bound). */
  readonly identity: Omit<ResidentIdOptions, 'today'>;
  readonly cosmetics: CosmeticsPolicy;
}

export const DEFAULT_TAX_POLICY: TaxPolicy = {
  limits: DEFAULT_LIMIT_POLICY,
  cbec: { dutyRate: '0', taxFactor: '0.7' },
  rounding: { mode: 'half-up', step: 'line' },
  enforcePositiveList: true,
  identity: {},
  cosmetics: DEFAULT_COSMETICS_POLICY,
};
