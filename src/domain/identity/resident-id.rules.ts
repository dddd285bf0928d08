import { fail, ok, type Reason, type Result } from '../../kernel/result.js';
import { isCalendarDate } from '../model/time.js';

/**
 * The 18-character PRC citizen identity number (GB 11643-1999), as rules.md A7 describes it:
 * 6-digit address code (GB/T 2260) + 8-digit birth date YYYYMMDD + 3-digit sequence (odd = male, even = female)
 * + 1 check character computed with ISO 7064:1983 MOD 11-2 over the first 17 digits.
 * Weight of position i (1..17) = 2^(18−i) mod 11; check character = "10X98765432"[Σ aᵢ·Wᵢ mod 11].
 * Test vector (GB 11643 Appendix A, recomputed in rules.md): 11010519491231002X.
 */
export const ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const ID_CHECK_CHARACTERS = '10X98765432';

/**
 * Province-level prefixes of GB/T 2260 address codes for the 31 mainland provinces, regions and municipalities.
 * The list itself is not in rules.md (only "6-digit address code (GB/T 2260)"); rules.md marks other 18-digit
 * credentials (Hong Kong/Macau/Taiwan residence permits 81/82/83, foreigners' permanent residence cards) as
 * unconfirmed for customs, so they are refused by default and can be admitted through `provincePrefixes`.
 */
export const MAINLAND_PROVINCE_PREFIXES: readonly string[] = (
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'
).split(' ');

export interface ResidentIdOptions {
  /** Accepted first two digits of the address code; default: the 31 mainland provinces. */
  readonly provincePrefixes?: readonly string[];
  /** Earliest accepted birth year (our own plausibility bound; default 1900). */
  readonly minBirthYear?: number;
  /** Today's date (YYYY-MM-DD) to refuse birth dates in the future; no check when absent (no clock here). */
  readonly today?: string;
}

export interface ResidentId {
  /** The number as checked, with a lower-case check "x" written upper-case. */
  readonly number: string;
  readonly regionCode: string;
  readonly birthDate: string;
  readonly sequence: string;
  readonly sex: 'male' | 'female';
  readonly checkCharacter: string;
}

/** The MOD 11-2 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i += 1) s += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARACTERS[s % 11] ?? '?';
}

const FIELD = 'idNumber';
const reason = (code: string, message: string): Reason => ({ code, message, field: FIELD });

function birthDateProblem(digits: string, options: ResidentIdOptions): Reason | undefined {
  const [y, m, d] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].map(Number);
  const year = y ?? 0;
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isCalendarDate(year, m ?? 0, d ?? 0)) {
    return reason('identity.birth_date', `characters 7–14 (${digits}) are not a real calendar date`);
  }
  if (year < (options.minBirthYear ?? 1900)) {
    return reason('identity.birth_date', `birth date ${iso} is before ${options.minBirthYear ?? 1900}`);
  }
  if (options.today !== undefined && iso > options.today) {
    return reason('identity.birth_date', `birth date ${iso} is in the future (today is ${options.today})`);
  }
  return undefined;
}

/**
 * Checks an 18-character resident identity number: shape, address-code province, birth date, check character.
 * Returns every problem found (not only the first) once the shape is right.
 */
export function checkResidentId(text: string, options: ResidentIdOptions = {}): Result<ResidentId> {
  if (!/^\d{17}[\dXx]$/.test(text)) {
    return fail(
      reason('identity.format', 'a resident identity number has 17 digits followed by a digit or X (18 characters)'),
    );
  }
  const number = text.toUpperCase();
  const problems: Reason[] = [];
  const prefixes = options.provincePrefixes ?? MAINLAND_PROVINCE_PREFIXES;
  if (!prefixes.includes(number.slice(0, 2))) {
    problems.push(
      reason('identity.region', `address code ${number.slice(0, 6)} does not start with a known province code`),
    );
  }
  const birth = birthDateProblem(number.slice(6, 14), options);
  if (birth !== undefined) problems.push(birth);
  const expected = idCheckCharacter(number.slice(0, 17));
  const given = number.slice(17);
  if (expected !== given) {
    problems.push(
      reason('identity.check_character', `the check character is ${given} but the first 17 digits give ${expected}`),
    );
  }
  if (problems.length > 0) return fail(...problems);
  return ok({
    number,
    regionCode: number.slice(0, 6),
    birthDate: `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`,
    sequence: number.slice(14, 17),
    sex: Number(number[16]) % 2 === 1 ? 'male' : 'female',
    checkCharacter: given,
  });
}

/** Convenience for callers that only need yes/no (e.g. the `id check` CLI). */
export const isValidResidentId = (text: string, options: ResidentIdOptions = {}): boolean =>
  checkResidentId(text, options).ok;
