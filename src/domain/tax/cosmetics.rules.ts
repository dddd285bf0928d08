import { cmp, div, formatDecimal, parseDecimal, parseFen, type Rational, rational, ZERO } from '../../kernel/money.js';
import { fail, ok, type Result } from '../../kernel/result.js';
import { decimalSetting } from '../model/policy-values.js';

/**
 * High-end cosmetics (rules.md A4, [C], Cai Guan Shui [2016] No. 48 and GACC 2022 No. 51): a dutiable price of
 * at least RMB 10 per ml or g, or at least RMB 15 per piece or sheet, attracts a 15% consumption tax.
 * The thresholds and the rate are configuration.
 */
export type ContentUnit = 'ml' | 'g' | 'piece' | 'sheet';

export interface CosmeticsPolicy {
  readonly perMlOrGram: string;
  readonly perPieceOrSheet: string;
  readonly consumptionTaxRate: string;
  /**
   * HS code prefixes whose tariff consumption tax applies only to high-end goods (the rate itself comes from the
   * tariff row). Default ["3304"] (beauty and skincare preparations, the heading of rules.md's examples); the
   * operator adds others (e.g. "3303" perfumes) if the law covers them.
   */
  readonly hsPrefixes: readonly string[];
  /**
   * Customs measurement-unit codes (the inventory's unit1 of qty1) → a content unit and how many of it one unit
   * holds. UNOFFICIAL defaults from reference/ceb/codes/units-UNOFFICIAL.csv: 035 千克, 036 克, 095 升,
   * 096 毫升, 007 个, 011 件, 010 张, 020 片. Verify against the GACC code table before relying on it.
   */
  readonly contentUnits: Readonly<Record<string, { readonly unit: ContentUnit; readonly factor: string }>>;
}

export const DEFAULT_COSMETICS_POLICY: CosmeticsPolicy = {
  perMlOrGram: '10.00',
  perPieceOrSheet: '15.00',
  consumptionTaxRate: '0.15',
  hsPrefixes: ['3304'],
  contentUnits: {
    '035': { unit: 'g', factor: '1000' },
    '036': { unit: 'g', factor: '1' },
    '095': { unit: 'ml', factor: '1000' },
    '096': { unit: 'ml', factor: '1' },
    '007': { unit: 'piece', factor: '1' },
    '011': { unit: 'piece', factor: '1' },
    '010': { unit: 'sheet', factor: '1' },
    '020': { unit: 'sheet', factor: '1' },
  },
};

export interface CosmeticsSubject {
  /** Dutiable price of the whole package, e.g. "425.00". */
  readonly dutiableValue: string;
  /** Net content of the package. */
  readonly content: { readonly amount: string; readonly unit: ContentUnit };
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
  return ok(classifyContent(rational(value.value, 100n), amount.value, subject.content.unit, policy));
}

/**
 * The exact rule: dutiable value (yuan) ÷ net content, compared with the threshold of the content's unit. Callers
 * pass the whole line (its dutiable value and its total content), so no per-package rounding moves the verdict.
 */
export function classifyContent(
  dutiableYuan: Rational,
  content: Rational,
  unit: ContentUnit,
  policy: CosmeticsPolicy = DEFAULT_COSMETICS_POLICY,
): CosmeticsVerdict {
  const byVolume = unit === 'ml' || unit === 'g';
  const threshold = decimalSetting(
    byVolume ? 'perMlOrGram' : 'perPieceOrSheet',
    byVolume ? policy.perMlOrGram : policy.perPieceOrSheet,
  );
  const unitValue = div(dutiableYuan, content);
  const highEnd = cmp(unitValue, threshold) >= 0;
  return {
    highEnd,
    unitValue: formatDecimal(unitValue, 2),
    threshold: formatDecimal(threshold, 2),
    consumptionTaxRate: highEnd ? policy.consumptionTaxRate : '0',
  };
}

/** Whether an HS code's consumption tax is the conditional high-end cosmetics tax. */
export const isConditionalCosmetic = (hsCode: string, policy: CosmeticsPolicy): boolean =>
  policy.hsPrefixes.some((prefix) => hsCode.startsWith(prefix));
