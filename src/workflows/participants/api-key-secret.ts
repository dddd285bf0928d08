import { createHash, timingSafeEqual } from 'node:crypto';
import { randomToken } from '../../kernel/ids.js';

/**
 * API keys look like `cg_<prefix>_<secret>`: the prefix (12 characters) finds the record, the secret
 * (40 base32 characters, 200 bits) is checked against its SHA-256. A high-entropy secret needs no slow hash;
 * the plain key is shown once and never stored.
 */
export interface MintedKey {
  readonly plain: string;
  readonly prefix: string;
  readonly secretHash: string;
}

const KEY_PATTERN = /^cg_([0-9a-z]{12})_([0-9a-z]{40})$/;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function mintKey(): MintedKey {
  const prefix = randomToken(12);
  const secret = randomToken(40);
  return { plain: `cg_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function splitKey(plain: string): { prefix: string; secret: string } | undefined {
  const match = KEY_PATTERN.exec(plain);
  return match ? { prefix: match[1]!, secret: match[2]! } : undefined;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
