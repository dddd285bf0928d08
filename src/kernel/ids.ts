import { randomBytes, randomFillSync } from 'node:crypto';

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
 * Random bytes for identifiers, drawn from a pool the CSPRNG refills 4 KiB at a time (as `crypto.randomUUID` does):
 * one system call per 292 ids instead of one per id. Each byte is handed out once. Not for secrets (`randomToken`).
 */
const POOL = new Uint8Array(4096);
let poolAt = POOL.length;

function pooledBytes(length: number): Uint8Array {
  if (poolAt + length > POOL.length) {
    randomFillSync(POOL);
    poolAt = 0;
  }
  const out = POOL.subarray(poolAt, poolAt + length);
  poolAt += length;
  return out;
}

/**
 * A prefixed, roughly time-ordered identifier: `par_01jd3k…`. The prefix names the entity kind
 * (par_ participant, key_ API key, job_ …) so an id read in a log says what it is.
 */
export function newId(prefix: string, nowMs: number = Date.now()): string {
  return `${prefix}_${timePart(nowMs)}${base32(pooledBytes(14), 14)}`;
}

/** A random token of `length` base32 characters (5 bits each). */
export function randomToken(length: number): string {
  return base32(randomBytes(length), length);
}
