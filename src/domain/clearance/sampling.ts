import { type Rational, rational } from '../../kernel/money.js';

/**
 * Deterministic random sampling: the same seed, rule and inventory always give the same draw, so a sampling
 * decision can be replayed and tested. FNV-1a over the UTF-16 code units, then the murmur3 finaliser to spread
 * the bits; no clock, no global random state.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A draw in [0, 1) as an exact fraction of 2^32. */
export function draw(seed: string, ruleId: string, key: string): Rational {
  return rational(BigInt(hash32(`${seed}\u0000${ruleId}\u0000${key}`)), 2n ** 32n);
}
