import { add, div, type Fen, fenRational, mul, ONE, type Rational, rational, sub } from '../../kernel/money.js';

/**
 * The tax arithmetic of one line, exact (rationals of fen); rounding is the caller's step (see tax.policy.ts).
 * Formulas (rules.md A4 and the general import formulas it applies):
 *   duty              = D × dutyRate                               (dutyRate = 0 within the CBEC limits, MFN otherwise)
 *   specific CT       = qty × perUnit
 *   consumption tax   = (D + duty + specific CT) / (1 − ctRate) × ctRate + specific CT      (the composite base)
 *   VAT               = (D + duty + consumption tax) × vatRate
 *   levied            = consumption tax × factor, VAT × factor   (factor 0.7 within the limits, 1 at full rate)
 * where D is the line's dutiable value (goods + its share of freight and insurance). The VAT base uses the
 * statutory consumption tax, before the 70% factor: rules.md's worked example (425 + 75) × 13% × 70% = 45.50.
 * Specific and compound consumption tax is not in rules.md; the formula is the general import composite formula
 * and no case of ours depends on it beyond its own test.
 */
export interface LineRatesExact {
  readonly duty: Rational;
  readonly vat: Rational;
  readonly consumptionTax: Rational;
  /** Yuan per unit. */
  readonly consumptionTaxPerUnit: Rational;
}

export interface LineTaxExact {
  readonly duty: Rational;
  readonly consumptionTax: Rational;
  readonly vat: Rational;
}

/** Exact taxes (in fen) of one line. `factor` applies to VAT and consumption tax only, never to duty. */
export function exactLineTax(dutiable: Fen, qty: Rational, rates: LineRatesExact, factor: Rational): LineTaxExact {
  const d = fenRational(dutiable);
  const duty = mul(d, rates.duty);
  const specific = mul(mul(qty, rates.consumptionTaxPerUnit), rational(100n));
  const compositeBase = div(add(add(d, duty), specific), sub(ONE, rates.consumptionTax));
  const statutoryCt = add(mul(compositeBase, rates.consumptionTax), specific);
  const statutoryVat = mul(add(add(d, duty), statutoryCt), rates.vat);
  return { duty, consumptionTax: mul(statutoryCt, factor), vat: mul(statutoryVat, factor) };
}

/**
 * The CBEC comprehensive rate (rules.md A4): (ctRate + vatRate) / (1 − ctRate) × factor.
 * 13% VAT → 9.1%; 9% → 6.3%; 13% + 15% CT → 23.0588%; 13% + 10% CT → 17.8889%.
 */
export function comprehensiveRate(vat: Rational, consumptionTax: Rational, factor: Rational): Rational {
  return mul(div(add(consumptionTax, vat), sub(ONE, consumptionTax)), factor);
}
