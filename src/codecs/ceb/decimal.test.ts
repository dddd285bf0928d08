import { describe, expect, it } from 'vitest';
import { addDecimals, compareDecimals, isDecimalString, multiplyDecimal, subtractDecimal } from './decimal.js';

describe('decimal strings', () => {
  it('adds exactly where floats would not', () => {
    expect(addDecimals(['0.1', '0.2'])).toBe('0.30');
    expect(addDecimals(['12345678912345.12345', '0.00001'], 0)).toBe('12345678912345.12346');
    expect(subtractDecimal('19050', '50')).toBe('19000.00');
    expect(subtractDecimal('1', '2.5')).toBe('-1.50');
  });

  it('multiplies with half-up rounding to the requested places', () => {
    expect(multiplyDecimal('2', '59.90')).toBe('119.80');
    expect(multiplyDecimal('199.80', '0.091')).toBe('18.18');
    expect(multiplyDecimal('0.005', '1')).toBe('0.01');
    expect(multiplyDecimal('-0.005', '1')).toBe('-0.01');
  });

  it('compares numerically and validates', () => {
    expect(compareDecimals('1.50', '1.5')).toBe(0);
    expect(compareDecimals('-1', '0')).toBe(-1);
    expect(isDecimalString('19050.00')).toBe(true);
    expect(isDecimalString('1e5')).toBe(false);
    expect(() => addDecimals(['0.000001'])).toThrow(RangeError);
  });
});
