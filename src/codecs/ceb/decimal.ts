/**
 * Exact arithmetic on the decimal strings CEB messages carry (xs:decimal, at most 5 fraction digits for
 * amounts). Money never becomes a JS float: values are scaled BigInts internally and strings outside.
 */

const SCALE = 5;
const FACTOR = 10n ** BigInt(SCALE);
const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;

export function isDecimalString(value: string): boolean {
  const m = DECIMAL.exec(value);
  return m !== null && `${m[2] ?? ''}${m[3] ?? ''}`.length > 0;
}

function toScaled(value: string): bigint {
  const m = DECIMAL.exec(value.trim());
  if (!m || `${m[2] ?? ''}${m[3] ?? ''}`.length === 0) throw new RangeError(`not a decimal: ${value}`);
  const fraction = m[3] ?? '';
  if (fraction.replace(/0+$/, '').length > SCALE) throw new RangeError(`more than ${SCALE} fraction digits: ${value}`);
  const scaled = BigInt(m[2] || '0') * FACTOR + BigInt((fraction + '0'.repeat(SCALE)).slice(0, SCALE) || '0');
  return m[1] === '-' ? -scaled : scaled;
}

function fromScaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / FACTOR;
  let fraction = (abs % FACTOR).toString().padStart(SCALE, '0');
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length < places) fraction = fraction.padEnd(places, '0');
  return `${negative && abs !== 0n ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Sum of decimal strings, written with at least `places` fraction digits (default 2). */
export function addDecimals(values: readonly string[], places = 2): string {
  return fromScaled(
    values.reduce((sum, v) => sum + toScaled(v), 0n),
    places,
  );
}

export function subtractDecimal(a: string, b: string, places = 2): string {
  return fromScaled(toScaled(a) - toScaled(b), places);
}

/** a × b, rounded half-up to `places` fraction digits. */
export function multiplyDecimal(a: string, b: string, places = 2): string {
  const product = toScaled(a) * toScaled(b); // scale 2×SCALE
  const unit = 10n ** BigInt(2 * SCALE - places);
  const negative = product < 0n;
  const abs = negative ? -product : product;
  const rounded = ((abs + unit / 2n) / unit) * 10n ** BigInt(SCALE - places);
  return fromScaled(negative ? -rounded : rounded, places);
}

/** -1, 0 or 1 as a is less than, equal to or greater than b (numerically: `1.50` equals `1.5`). */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const d = toScaled(a) - toScaled(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}
