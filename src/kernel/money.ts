import { fail, ok, type Result } from './result.js';

/**
 * Exact money and rates. Money is an integer number of fen (1 yuan = 100 fen) held in a `bigint`; rates and
 * quantities are exact rationals parsed from decimal strings. JavaScript floats never touch an amount.
 *
 * Rounding happens only where a caller asks for it (`roundFen`, `applyRates`), with an explicit mode:
 * - `half-up`: ties go away from zero (0.005 → 0.01). The usual commercial and customs rounding (四舍五入).
 * - `half-even`: ties go to the even neighbour (banker's rounding).
 * - `down`: truncates toward zero.
 */

/** An amount of money in fen (分). */
export type Fen = bigint;

/** An exact rational number; `den` is always positive and the fraction is reduced. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

export type RoundingMode = 'half-up' | 'half-even' | 'down';
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'down'];

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Builds a reduced rational; throws on a zero denominator (a programming error, not an input error). */
export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('rational: zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const ZERO: Rational = rational(0n);
export const ONE: Rational = rational(1n);

export const add = (a: Rational, b: Rational): Rational => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num);
export const cmp = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const isZero = (a: Rational): boolean => a.num === 0n;
export const abs = (a: Rational): Rational => (a.num < 0n ? rational(-a.num, a.den) : a);
export const sum = (items: readonly Rational[]): Rational => items.reduce(add, ZERO);

/** Rounds a rational to an integer with the given mode. */
export function roundInteger(value: Rational, mode: RoundingMode): bigint {
  const negative = value.num < 0n;
  const a = negative ? -value.num : value.num;
  let q = a / value.den;
  const twiceRem = (a % value.den) * 2n;
  if (mode === 'half-up' && twiceRem >= value.den) q += 1n;
  if (mode === 'half-even' && (twiceRem > value.den || (twiceRem === value.den && q % 2n === 1n))) q += 1n;
  return negative ? -q : q;
}

/** Parses a plain decimal string ("12.30", "0.13", "-4") into an exact rational; no exponents, no spaces. */
export function parseDecimal(
  text: string,
  options: { readonly maxScale?: number; readonly allowNegative?: boolean } = {},
): Result<Rational> {
  const m = DECIMAL.exec(text);
  const field = 'value';
  if (m === null) return fail({ code: 'decimal.syntax', message: `"${text}" is not a plain decimal number`, field });
  const [, sign = '', whole = '0', frac = ''] = m;
  if (sign === '-' && options.allowNegative !== true) {
    return fail({ code: 'decimal.negative', message: `"${text}" must not be negative`, field });
  }
  if (options.maxScale !== undefined && frac.length > options.maxScale) {
    return fail({
      code: 'decimal.scale',
      message: `"${text}" has more than ${options.maxScale} decimal places`,
      field,
    });
  }
  const num = BigInt(whole + frac) * (sign === '-' ? -1n : 1n);
  return ok(rational(num, 10n ** BigInt(frac.length)));
}

/** Parses an amount of money with at most two decimals ("12.3", "12.30", "12") into fen. */
export function parseFen(text: string, options: { readonly allowNegative?: boolean } = {}): Result<Fen> {
  const parsed = parseDecimal(text, { maxScale: 2, allowNegative: options.allowNegative ?? false });
  if (!parsed.ok) return parsed;
  return ok((parsed.value.num * 100n) / parsed.value.den);
}

/** Formats fen as yuan with exactly two decimals: 1230n → "12.30", -5n → "-0.05". */
export function formatFen(fen: Fen): string {
  const negative = fen < 0n;
  const a = negative ? -fen : fen;
  const cents = (a % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${a / 100n}.${cents}`;
}

/** Formats a rational with a fixed number of decimals, rounding with `mode` (default half-up). */
export function formatDecimal(value: Rational, scale: number, mode: RoundingMode = 'half-up'): string {
  const scaled = roundInteger(mul(value, rational(10n ** BigInt(scale))), mode);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${frac}` : ''}`;
}

/** Shortest exact decimal form of a rational whose denominator divides a power of ten ("0.70", "0.7" → "0.7"). */
export function toDecimalString(value: Rational, maxScale = 10): string {
  for (let scale = 0; scale <= maxScale; scale += 1) {
    const scaled = mul(value, rational(10n ** BigInt(scale)));
    if (scaled.den === 1n) return formatDecimal(value, scale);
  }
  return formatDecimal(value, maxScale);
}

/** Money (fen) as a rational number of fen. */
export const fenRational = (fen: Fen): Rational => rational(fen);

/** Rounds an exact number of fen to whole fen. */
export const roundFen = (fenAmount: Rational, mode: RoundingMode): Fen => roundInteger(fenAmount, mode);

/** `base × rate₁ × rate₂ …`, computed exactly and rounded once to the fen at the end. */
export function applyRates(base: Fen, rates: readonly Rational[], mode: RoundingMode): Fen {
  return roundFen(rates.reduce(mul, fenRational(base)), mode);
}

/** Converts yuan (a rational, e.g. unit price × quantity) to fen, rounding once. */
export const yuanToFen = (yuan: Rational, mode: RoundingMode): Fen => roundFen(mul(yuan, rational(100n)), mode);

/** A rational number of yuan from fen. */
export const fenToYuan = (fen: Fen): Rational => rational(fen, 100n);

/**
 * Splits `total` fen across parts in proportion to `weights` so that the parts add up exactly to `total`
 * (largest-remainder method; equal remainders favour the earlier part). Zero total weight splits evenly.
 */
export function allocateFen(total: Fen, weights: readonly bigint[]): readonly Fen[] {
  if (weights.length === 0) return [];
  const positive = weights.some((w) => w > 0n);
  const ws = positive ? weights.map((w) => (w > 0n ? w : 0n)) : weights.map(() => 1n);
  const totalWeight = ws.reduce((a, b) => a + b, 0n);
  const shares = ws.map((w) => ({ base: (total * w) / totalWeight, rem: (total * w) % totalWeight }));
  let left = total - shares.reduce((a, s) => a + s.base, 0n);
  const order = shares
    .map((s, i) => ({ i, rem: s.rem }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  const result = shares.map((s) => s.base);
  for (const { i } of order) {
    if (left <= 0n) break;
    result[i] = (result[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return result;
}
