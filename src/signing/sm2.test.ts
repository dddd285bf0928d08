import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeSignaturePair, encodeSignaturePair } from './der.js';
import { Sm2PrivateKey, Sm2PublicKey } from './keys.js';
import {
  decodeSm2Signature,
  SM2_ORDER,
  sm2MessageDigest,
  sm2PublicFromPrivate,
  sm2SignDigest,
  sm2VerifyDigest,
  sm2Za,
} from './sm2.js';
import * as ref from './testing/sm2-reference.js';

// GM/T 0003.5-2012 example on the recommended curve (also used by OpenSSL-derived, GmSSL and BouncyCastle tests).
const KAT = {
  d: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  pub:
    '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' +
    'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  userId: '1234567812345678',
  message: Buffer.from('message digest'),
  k: 0x59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21n,
  e: 'f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640',
  r: 0xf5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3n,
  s: 0xb1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aan,
};

describe('SM2 known-answer test (GM/T 0003.5 example, default user id)', () => {
  it('the BigInt reference implementation reproduces the standard example', () => {
    const P = ref.publicOf(BigInt(`0x${KAT.d}`));
    expect(P).toEqual(ref.pointFromHex(KAT.pub));
    expect(ref.digestE(KAT.userId, P, KAT.message).toString(16)).toBe(KAT.e);
    expect(ref.sign(BigInt(`0x${KAT.d}`), KAT.message, KAT.userId, KAT.k)).toEqual({ r: KAT.r, s: KAT.s });
    expect(ref.verify(P, KAT.message, KAT.userId, KAT.r, KAT.s)).toBe(true);
  });

  it('our Z_A, e and signing equations reproduce the standard example', () => {
    expect(sm2PublicFromPrivate(KAT.d)).toBe(KAT.pub);
    const e = sm2MessageDigest(sm2Za(KAT.pub), KAT.message);
    expect(e.toString('hex')).toBe(KAT.e);
    const x1 = ref.multiply(KAT.k, ref.G)!.x;
    expect(sm2SignDigest(e, KAT.d, { k: KAT.k, x1 })).toEqual({ r: KAT.r, s: KAT.s });
    expect(sm2VerifyDigest(e, { r: KAT.r, s: KAT.s }, KAT.pub)).toBe(true);
    expect(new Sm2PublicKey(KAT.pub).verify(KAT.message, encodeSignaturePair(KAT.r, KAT.s))).toBe(true);
  });
});

describe('SM2 against the independent BigInt reference', () => {
  const d = ref.CURVE.n - 12345678901234567890n;
  const P = ref.publicOf(d);
  const pubHex = `04${P.x.toString(16).padStart(64, '0')}${P.y.toString(16).padStart(64, '0')}`;
  const privateKey = new Sm2PrivateKey(d.toString(16).padStart(64, '0'));

  it('our signatures (DER and raw) satisfy the reference verification equations', () => {
    for (let i = 0; i < 4; i++) {
      const message = randomBytes(100 + i);
      const der = privateKey.sign(message, { encoding: 'der' });
      const { r, s } = ref.derToPair(der);
      expect(ref.verify(P, message, '1234567812345678', r, s)).toBe(true);
      const raw = privateKey.sign(message, { encoding: 'raw' });
      expect(raw).toHaveLength(64);
      const rr = BigInt(`0x${raw.subarray(0, 32).toString('hex')}`);
      const rs = BigInt(`0x${raw.subarray(32).toString('hex')}`);
      expect(ref.verify(P, message, '1234567812345678', rr, rs)).toBe(true);
      expect(ref.verify(P, Buffer.concat([message, Buffer.from([0])]), '1234567812345678', rr, rs)).toBe(false);
    }
  });

  it('reference signatures verify with our key, and only for the signed message, key and user id', () => {
    const publicKey = new Sm2PublicKey(pubHex, {}, 'eager');
    for (let i = 0; i < 3; i++) {
      const message = randomBytes(64);
      const { r, s } = ref.sign(d, message, '1234567812345678');
      expect(publicKey.verify(message, encodeSignaturePair(r, s))).toBe(true);
      expect(publicKey.verify(message, encodeSignaturePair(r, s), { backend: 'js' })).toBe(true);
      expect(publicKey.verify(message, Buffer.concat([Buffer.from(r.toString(16).padStart(64, '0'), 'hex'), Buffer.from(s.toString(16).padStart(64, '0'), 'hex')]))).toBe(true);
      expect(publicKey.verify(message, encodeSignaturePair(r, s), { userId: 'ALICE123@YAHOO.COM' })).toBe(false);
      expect(publicKey.verify(randomBytes(64), encodeSignaturePair(r, s))).toBe(false);
      expect(new Sm2PublicKey(KAT.pub).verify(message, encodeSignaturePair(r, s))).toBe(false);
    }
    expect(publicKey.precomputed).toBe(true);
  });

  it('a non-default user id is honoured on both sides', () => {
    const message = Buffer.from('报文');
    const sig = privateKey.sign(message, { userId: 'ALICE123@YAHOO.COM' });
    const { r, s } = ref.derToPair(sig);
    expect(ref.verify(P, message, 'ALICE123@YAHOO.COM', r, s)).toBe(true);
    expect(ref.verify(P, message, '1234567812345678', r, s)).toBe(false);
  });
});

describe('SM2 signature value encodings and ranges', () => {
  const pair = { r: KAT.r, s: KAT.s };
  const e = sm2MessageDigest(sm2Za(KAT.pub), KAT.message);

  it('rejects r or s outside [1, n-1]', () => {
    expect(sm2VerifyDigest(e, { r: 0n, s: KAT.s }, KAT.pub)).toBe(false);
    expect(sm2VerifyDigest(e, { r: KAT.r, s: SM2_ORDER }, KAT.pub)).toBe(false);
    expect(sm2VerifyDigest(e, { r: KAT.r + SM2_ORDER, s: KAT.s }, KAT.pub)).toBe(false);
  });

  it('reads strict DER only, and raw only at 64 bytes', () => {
    const der = encodeSignaturePair(pair.r, pair.s);
    expect(decodeSignaturePair(der)).toEqual(pair);
    expect(decodeSignaturePair(Buffer.concat([der, Buffer.from([0])]))).toBeUndefined();
    const nonMinimal = Buffer.from(der);
    nonMinimal[3] = nonMinimal[3]! + 1; // claims a longer r than present
    expect(decodeSignaturePair(nonMinimal)).toBeUndefined();
    expect(decodeSm2Signature(der, 'raw')).toBeUndefined();
    expect(decodeSm2Signature(Buffer.alloc(63), 'auto')).toBeUndefined();
    expect(decodeSm2Signature(Buffer.alloc(64, 1), 'der')).toBeUndefined();
  });

  it('builds the precomputed tables from the second use under the auto policy', () => {
    const key = new Sm2PublicKey(KAT.pub);
    const sig = encodeSignaturePair(pair.r, pair.s);
    const js = { backend: 'js' } as const; // the pure-JS path (the native tables are covered in sm2-fast-verify.test.ts)
    expect(key.verify(KAT.message, sig, js)).toBe(true);
    expect(key.precomputed).toBe(false);
    expect(key.verify(KAT.message, sig, js)).toBe(true);
    expect(key.precomputed).toBe(true);
    const never = new Sm2PublicKey(KAT.pub, {}, 'never');
    never.verify(KAT.message, sig, js);
    never.verify(KAT.message, sig, js);
    expect(never.precomputed).toBe(false);
  });
});
