import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] ?? 0) & 31];
  return out;
}

function timePart(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/**
 * A prefixed, roughly time-ordered identifier: `par_01jd3k…`. The prefix names the entity kind
 * (par_ participant, key_ API key, job_ …) so an id read in a log says what it is.
 */
export function newId(prefix: string, nowMs: number = Date.now()): string {
  return `${prefix}_${timePart(nowMs)}${base32(randomBytes(14), 14)}`;
}

/** A random token of `length` base32 characters (5 bits each). */
export function randomToken(length: number): string {
  return base32(randomBytes(length), length);
}
