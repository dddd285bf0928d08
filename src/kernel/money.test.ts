import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allocateFen,
  applyRates,
  formatDecimal,
  formatFen,
  parseDecimal,
  parseFen,
  type Rational,
  type RoundingMode,
  rational,
  roundFen,
  toDecimalString,
} from './money.js';

interface MoneyCases {
  readonly parseFen: readonly { input: string; fen?: string; error?: string; why: string }[];
  readonly formatFen: readonly { fen: string; text: string; why: string }[];
  readonly rounding: readonly { fenAmount: string; mode: RoundingMode; fen: string; why: string }[];
  readonly applyRates: readonly { base: string; rates: string[]; mode: RoundingMode; result: string; why: string }[];
  readonly allocate: readonly { total: string; weights: string[]; parts: string[]; why: string }[];
  readonly formatDecimal: readonly { value: string; scale: number; text: string; why: string }[];
}

const cases = JSON.parse(readFileSync(new URL('./cases/money.json', import.meta.url), 'utf8')) as MoneyCases;

const fraction = (text: string): Rational => {
  const [n = '0', d = '1'] = text.split('/');
  return rational(BigInt(n), BigInt(d));
};
const fen = (text: string): bigint => {
  const r = parseFen(text);
  if (!r.ok) throw new Error(`bad fixture ${text}`);
  return r.value;
};
const rate = (text: string): Rational => {
  const r = parseDecimal(text);
  if (!r.ok) throw new Error(`bad fixture ${text}`);
  return r.value;
};

describe('parseFen', () => {
  it.each(cases.parseFen)('$input — $why', (c) => {
    const r = parseFen(c.input);
    if (c.error !== undefined) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reasons[0]?.code).toBe(c.error);
    } else {
      expect(r).toEqual({ ok: true, value: BigInt(c.fen ?? 'x') });
    }
  });
});

describe('formatFen', () => {
  it.each(cases.formatFen)('$fen → $text — $why', (c) => {
    expect(formatFen(BigInt(c.fen))).toBe(c.text);
  });
});

describe('roundFen', () => {
  it.each(cases.rounding)('$fenAmount $mode → $fen — $why', (c) => {
    expect(roundFen(fraction(c.fenAmount), c.mode)).toBe(BigInt(c.fen));
  });
});

describe('applyRates', () => {
  it.each(cases.applyRates)('$base × $rates — $why', (c) => {
    expect(formatFen(applyRates(fen(c.base), c.rates.map(rate), c.mode))).toBe(c.result);
  });
});

describe('allocateFen', () => {
  it.each(cases.allocate)('$total over $weights — $why', (c) => {
    const parts = allocateFen(fen(c.total), c.weights.map(fen));
    expect(parts.map(formatFen)).toEqual(c.parts);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(fen(c.total));
  });
});

describe('formatDecimal', () => {
  it.each(cases.formatDecimal)('$value at $scale — $why', (c) => {
    expect(formatDecimal(fraction(c.value), c.scale)).toBe(c.text);
  });

  it('writes the shortest exact form', () => {
    expect(toDecimalString(rate('0.70'))).toBe('0.7');
    expect(toDecimalString(rate('5000.00'))).toBe('5000');
  });

  it('refuses negative input unless allowed, and keeps the sign when allowed', () => {
    expect(parseDecimal('-0.5').ok).toBe(false);
    expect(parseDecimal('-0.5', { allowNegative: true })).toEqual({ ok: true, value: rational(-1n, 2n) });
  });
});
