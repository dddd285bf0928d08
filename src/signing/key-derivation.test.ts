import { randomBytes } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { sm2PublicFromPrivateNative } from './key-derivation.js';

describe('SM2 public point through OpenSSL', () => {
  it('equals the pure-JS derivation, scalars with leading zero bytes included', () => {
    const scalars = [...Array.from({ length: 8 }, () => randomBytes(32).toString('hex')), `0000${randomBytes(30).toString('hex')}`];
    for (const d of scalars) expect(sm2PublicFromPrivateNative(d)).toBe(sm2.getPublicKeyFromPrivateKey(d).toLowerCase());
  });

  it('gives undefined (not a wrong point) for a scalar OpenSSL rejects', () => {
    expect(sm2PublicFromPrivateNative('00'.repeat(32))).toBeUndefined();
  });
});
