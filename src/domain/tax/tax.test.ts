import { describe, expect, it } from 'vitest';
import { formatDecimal, mul, parseDecimal, type Rational, rational } from '../../kernel/money.js';
import { loadCases, loadJson, merged } from '../testing/cases.js';
import {
  classifyCosmetic,
  type CosmeticsSubject,
  comprehensiveRate,
  DEFAULT_TAX_POLICY,
  type QuoteRequest,
  quoteTax,
  type TariffRow,
  type TaxLine,
  tariffFromRows,
} from './index.js';

interface QuoteCase {
  readonly name: string;
  readonly policy?: unknown;
  readonly request: QuoteRequest;
  readonly expect: {
    readonly reasons: readonly string[];
    readonly fields?: readonly string[];
    readonly lines?: readonly Partial<TaxLine>[];
    readonly notes?: readonly string[];
    readonly noteFields?: readonly string[];
    readonly [key: string]: unknown;
  };
  readonly why: string;
}
interface RateCase {
  readonly name: string;
  readonly vatRate: string;
  readonly consumptionTaxRate: string;
  readonly percent: string;
  readonly why: string;
}
interface CosmeticCase extends CosmeticsSubject {
  readonly name: string;
  readonly highEnd: boolean;
  readonly unitValue: string;
  readonly rate: string;
  readonly why: string;
}

const tariff = tariffFromRows(loadJson<{ rows: TariffRow[] }>(import.meta.url, 'tariff.json').rows);
const dec = (text: string): Rational => {
  const r = parseDecimal(text);
  if (!r.ok) throw new Error(text);
  return r.value;
};

describe('tax quote', () => {
  it.each(loadCases<QuoteCase>(import.meta.url, 'quote.json').cases)('$name — $why', (c) => {
    const policy = merged(DEFAULT_TAX_POLICY, c.policy);
    const quote = quoteTax(c.request, { tariff, policy });
    const { reasons, fields, lines, notes, noteFields, ...totals } = c.expect;
    expect(quote).toMatchObject(totals);
    expect(quote.reasons.map((r) => r.code)).toEqual(reasons);
    if (fields !== undefined) expect(quote.reasons.map((r) => r.field)).toEqual(fields);
    if (lines !== undefined) expect(quote.lines).toMatchObject(lines);
    if (notes !== undefined) expect(quote.notes.map((r) => r.code)).toEqual(notes);
    if (noteFields !== undefined) expect(quote.notes.map((r) => r.field)).toEqual(noteFields);
    if (quote.channel !== 'refused') {
      const sum = (pick: (l: TaxLine) => string) =>
        quote.lines.reduce((a, l) => a + Number(pick(l).replace('.', '')), 0);
      if (policy.rounding.step === 'line') expect(sum((l) => l.total)).toBe(Number(quote.total.replace('.', '')));
      expect(sum((l) => l.dutiableValue)).toBe(Number(quote.dutiableValue.replace('.', '')));
    }
  });
});

describe('comprehensive rate', () => {
  it.each(loadCases<RateCase>(import.meta.url, 'comprehensive-rates.json').cases)('$name — $why', (c) => {
    const r = comprehensiveRate(dec(c.vatRate), dec(c.consumptionTaxRate), dec('0.7'));
    expect(formatDecimal(mul(r, rational(100n)), 4)).toBe(c.percent);
  });
});

describe('high-end cosmetics', () => {
  it.each(loadCases<CosmeticCase>(import.meta.url, 'cosmetics.json').cases)('$name — $why', (c) => {
    const r = classifyCosmetic({ dutiableValue: c.dutiableValue, content: c.content });
    expect(r).toMatchObject({
      ok: true,
      value: { highEnd: c.highEnd, unitValue: c.unitValue, consumptionTaxRate: c.rate },
    });
  });
});
