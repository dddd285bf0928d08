import { describe, expect, it } from 'vitest';
import { newId, randomToken } from './ids.js';

describe('newId', () => {
  it('is the prefix, ten characters of time and fourteen random, in Crockford base32', () => {
    expect(newId('rcp', Date.UTC(2026, 10, 21))).toMatch(/^rcp_[0-9a-hjkmnp-tv-z]{24}$/);
  });

  it('never repeats across many pool refills, within one millisecond', () => {
    const at = Date.now();
    const ids = new Set(Array.from({ length: 20_000 }, () => newId('x', at)));
    expect(ids.size).toBe(20_000);
  });

  it('sorts by time first', () => {
    const earlier = newId('x', Date.UTC(2026, 0, 1));
    const later = newId('x', Date.UTC(2026, 0, 1, 0, 0, 0, 1));
    expect(earlier < later).toBe(true);
  });

  it('draws its random part evenly over the alphabet', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5_000; i++) for (const c of newId('x', 0).slice(12)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 70,000 draws over 32 symbols: about 2,188 each; a stuck or reused pool would skew this far beyond ±15%
    for (const n of counts.values()) expect(Math.abs(n - 70_000 / 32)).toBeLessThan(0.15 * (70_000 / 32));
  });
});

describe('randomToken', () => {
  it('has the requested length and differs each time', () => {
    expect(randomToken(26)).toHaveLength(26);
    expect(randomToken(26)).not.toBe(randomToken(26));
  });
});
