import {
  allocateFen,
  type Fen,
  formatFen,
  type Rational,
  type RoundingMode,
  roundFen,
  sum,
  toDecimalString,
} from '../../kernel/money.js';
import { exactLineTax, type LineTaxExact } from './cbec-tax.rules.js';
import type { ParsedItem } from './quote.input.js';
import type { TaxLine } from './quote.types.js';
import type { ResolvedRates } from './rates.rules.js';

export interface PricedLine {
  readonly item: ParsedItem;
  readonly rates: ResolvedRates;
  readonly dutiable: Fen;
}

export interface LineTotals {
  readonly duty: Fen;
  readonly vat: Fen;
  readonly consumptionTax: Fen;
}

/** Each line's dutiable value: its goods value plus its share of freight + insurance, split by goods value. */
export function dutiableValues(items: readonly ParsedItem[], freightAndInsurance: Fen): readonly Fen[] {
  const shares = allocateFen(
    freightAndInsurance,
    items.map((i) => i.goodsValue),
  );
  return items.map((item, i) => item.goodsValue + (shares[i] ?? 0n));
}

export interface TreatmentRates {
  /** Duty rate to apply, or 'mfn' to use each line's MFN rate. */
  readonly duty: Rational | 'mfn';
  readonly factor: Rational;
}

/** Computes every line and the order totals with the rounding policy. */
export function computeLines(
  priced: readonly PricedLine[],
  treatment: TreatmentRates,
  rounding: { readonly mode: RoundingMode; readonly step: 'line' | 'order' },
): { readonly lines: readonly TaxLine[]; readonly totals: LineTotals } {
  const exact: LineTaxExact[] = [];
  const lines = priced.map((p) => {
    const duty = treatment.duty === 'mfn' ? p.rates.duty : treatment.duty;
    if (duty === undefined)
      throw new Error(`computeLines: no MFN duty rate for line ${p.item.gnum} (callers check first)`);
    const tax = exactLineTax(p.dutiable, p.item.qty, { ...p.rates, duty }, treatment.factor);
    exact.push(tax);
    const [d, c, v] = [tax.duty, tax.consumptionTax, tax.vat].map((x) => roundFen(x, rounding.mode));
    const [fd, fc, fv] = [d ?? 0n, c ?? 0n, v ?? 0n];
    return {
      line: {
        gnum: p.item.gnum,
        hsCode: p.item.hsCode,
        name: p.item.name,
        qty: p.item.qtyText,
        goodsValue: formatFen(p.item.goodsValue),
        dutiableValue: formatFen(p.dutiable),
        rates: {
          duty: toDecimalString(duty),
          vat: toDecimalString(p.rates.vat),
          consumptionTax: toDecimalString(p.rates.consumptionTax),
          consumptionTaxPerUnit: toDecimalString(p.rates.consumptionTaxPerUnit),
          factor: toDecimalString(treatment.factor),
        },
        customsDuty: formatFen(fd),
        vat: formatFen(fv),
        consumptionTax: formatFen(fc),
        total: formatFen(fd + fv + fc),
      },
      rounded: { duty: fd, vat: fv, consumptionTax: fc },
    };
  });
  const totals: LineTotals =
    rounding.step === 'line'
      ? {
          duty: lines.reduce((a, l) => a + l.rounded.duty, 0n),
          vat: lines.reduce((a, l) => a + l.rounded.vat, 0n),
          consumptionTax: lines.reduce((a, l) => a + l.rounded.consumptionTax, 0n),
        }
      : {
          duty: roundFen(sum(exact.map((t) => t.duty)), rounding.mode),
          vat: roundFen(sum(exact.map((t) => t.vat)), rounding.mode),
          consumptionTax: roundFen(sum(exact.map((t) => t.consumptionTax)), rounding.mode),
        };
  return { lines: lines.map((l) => l.line), totals };
}
