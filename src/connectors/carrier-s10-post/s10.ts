/**
 * UPU S10 item identifiers (UPU standard S10, "Identification of postal items: 13-character identifier"), e.g.
 * `EA123456785CN`:
 *
 *   EA        service indicator, 2 letters (first letter: E = EMS, C = parcel, R = registered, L/U/V… others)
 *   12345678  serial number, 8 digits, from the range the operator assigned
 *   5         check digit over the serial
 *   CN        ISO 3166-1 alpha-2 code of the issuing postal operator's country
 *
 * Check digit: weight the 8 serial digits by 8, 6, 4, 2, 3, 5, 9, 7 and add them up (S); C = 11 − (S mod 11);
 * C = 10 → 0, C = 11 → 5. Worked example: serial 47312482 → 4·8 + 7·6 + 3·4 + 1·2 + 2·3 + 4·5 + 8·9 + 2·7 = 200;
 * 200 mod 11 = 2; 11 − 2 = 9 → RR473124829GB.
 */
export const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;
const SHAPE = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;

export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError('an S10 serial has 8 digits');
  const s = S10_WEIGHTS.reduce((acc, w, i) => acc + w * Number(serial[i]), 0);
  const c = 11 - (s % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

/** The identifier of serial `n` (0 … 99,999,999). */
export function s10Identifier(serviceIndicator: string, serial: number, country: string): string {
  const digits = String(serial).padStart(8, '0');
  return `${serviceIndicator}${digits}${s10CheckDigit(digits)}${country}`;
}

export interface S10Parts {
  readonly serviceIndicator: string;
  readonly serial: string;
  readonly checkDigit: number;
  readonly country: string;
}

/** Upper-cases and drops spaces (labels print "EA 123 456 785 CN"); the parts when shape and check digit are right. */
export function parseS10(text: string): { readonly normalised: string; readonly parts?: S10Parts; readonly problem?: string } {
  const normalised = text.replace(/\s+/g, '').toUpperCase();
  const m = SHAPE.exec(normalised);
  if (!m) return { normalised, problem: 'not 2 letters, 8 digits, a check digit and 2 letters' };
  const [, serviceIndicator = '', serial = '', check = '', country = ''] = m;
  const expected = s10CheckDigit(serial);
  if (Number(check) !== expected) return { normalised, problem: `check digit ${check} is wrong (expected ${expected})` };
  return { normalised, parts: { serviceIndicator, serial, checkDigit: expected, country } };
}

/** What the first letter of the service indicator says (S10 service indicator conventions). */
export function serviceName(indicator: string): string {
  switch (indicator[0]) {
    case 'E':
      return 'EMS';
    case 'C':
    case 'H':
      return 'Parcel';
    case 'R':
      return 'Registered';
    case 'L':
    case 'U':
      return 'Tracked letter post';
    case 'V':
      return 'Insured';
    default:
      return 'Postal item';
  }
}
