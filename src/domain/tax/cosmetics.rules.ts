import { cmp, div, formatDecimal, parseDecimal, parseFen, rational, ZERO } from '../../kernel/money.js';
import { fail, ok, type Result } from '../../kernel/result.js';
import { decimalSetting } from '../model/policy-values.js';

/**
 * High-end cosmetics (rules.md A4, [C], Cai Guan Shui [2016] No. 48 and GACC 2022 No. 51): a dutiable price of
 * at least RMB 10 per ml or g, or at least RMB 15 per piece or sheet, attracts a 15% consumption tax.
 * The thresholds and the rate are configuration.
 */
export interface CosmeticsPolicy {
  readonly perMlOrGram: string;
  readonly perPieceOrSheet: string;
  readonly consumptionTaxRate: string;
}

export const DEFAULT_COSMETICS_POLICY: CosmeticsPolicy = {
  perMlOrGram: '10.00',
  perPieceOrSheet: '15.00',
  consumptionTaxRate: '0.15',
};

export interface CosmeticsSubject {
  /** Dutiable price of the whole package, e.g. "425.00". */
  readonly dutiableValue: string;
  /** Net content of the package. */
  readonly content: { readonly amount: string; readonly unit: 'ml' | 'g' | 'piece' | 'sheet' };
}

export interface CosmeticsVerdict {
  readonly highEnd: boolean;
  /** Dutiable price per ml, g, piece or sheet, two decimals. */
  readonly unitValue: string;
  readonly threshold: string;
  /** The consumption tax rate that applies: the configured rate if high-end, else "0". */
  readonly consumptionTaxRate: string;
}

/** Decides whether a cosmetic is high-end, e.g. 425.00 for 20 g = 21.25 per g ≥ 10.00 → high-end, 15%. */
export function classifyCosmetic(
  subject: CosmeticsSubject,
  policy: CosmeticsPolicy = DEFAULT_COSMETICS_POLICY,
): Result<CosmeticsVerdict> {
  const value = parseFen(subject.dutiableValue);
  if (!value.ok) return fail(...value.reasons.map((r) => ({ ...r, field: 'dutiableValue' })));
  const amount = parseDecimal(subject.content.amount);
  if (!amount.ok || cmp(amount.value, ZERO) <= 0) {
    return fail({
      code: 'cosmetics.content',
      message: 'the net content must be a positive decimal',
      field: 'content.amount',
    });
  }
  const byVolume = subject.content.unit === 'ml' || subject.content.unit === 'g';
  const threshold = decimalSetting(
    byVolume ? 'perMlOrGram' : 'perPieceOrSheet',
    byVolume ? policy.perMlOrGram : policy.perPieceOrSheet,
  );
  const unitValue = div(rational(value.value, 100n), amount.value);
  const highEnd = cmp(unitValue, threshold) >= 0;
  return ok({
    highEnd,
    unitValue: formatDecimal(unitValue, 2),
    threshold: formatDecimal(threshold, 2),
    consumptionTaxRate: highEnd ? policy.consumptionTaxRate : '0',
  });
}
