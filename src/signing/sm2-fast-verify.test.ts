import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sm2 } from 'sm-crypto-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBigInt, decodeSignaturePair } from './der.js';
import { loadVerificationKey, verificationKeyOf } from './key-loading.js';
import { loadKeyStore } from './key-files.js';
import { Sm2PrivateKey, Sm2PublicKey } from './keys.js';
import { type NativeVerifierKey, nativeSm2, referenceKey, sm2PairBytes, sm2Pkcs8, verifyReference } from './native-sm2.js';
import { SM2_ORDER, sm2MessageDigest, sm2SignDigest, sm2Za } from './sm2.js';
import { DISTID, type KeyDir, keyDir, makeSm2Files, openssl } from './testing/openssl.js';
import { type DigestCase, edgeCases } from './testing/sm2-edge-cases.js';
import * as ref from './testing/sm2-reference.js';

/**
 * The native fast verifier (native/sm2_verify.c) against independent implementations: signatures made by OpenSSL
 * (EVP through the addon, and the openssl CLI) and by sm-crypto-v2 all verify; tampered ones, out-of-range values
 * and crafted exceptional points give exactly OpenSSL's answer and the BigInt reference's. Each check runs on a key
 * with its precomputed table and on one without (the windowed fallback).
 */

const native = nativeSm2;
const n = SM2_ORDER;
const be32 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(64, '0'), 'hex');

interface Verifiers {
  readonly table: NativeVerifierKey;
  readonly cold: NativeVerifierKey;
  readonly reference: ReturnType<typeof referenceKey>;
}

function verifiers(publicHex: string): Verifiers {
  if (!native) throw new Error('native addon required');
  const point = Buffer.from(publicHex, 'hex');
  const table = native.verifierKey(point);
  native.precompute(table);
  return { table, cold: native.verifierKey(point), reference: referenceKey(publicHex) };
}

/** Fast (with and without table) and OpenSSL answers for one input. */
function answers(v: Verifiers, e: Uint8Array, r: bigint, s: bigint): { table: boolean; cold: boolean; openssl: boolean } {
  if (!native) throw new Error('native addon required');
  const rs = sm2PairBytes({ r, s });
  return {
    table: rs ? native.verifyDigest(v.table, e, rs) : false,
    cold: rs ? native.verifyDigest(v.cold, e, rs) : false,
    openssl: verifyReference(v.reference, e, { r, s }),
  };
}

/** A key pair made by OpenSSL (node:crypto); scalar and point read from the SEC1 / SPKI DER. */
function opensslKeyPair(): { d: string; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
  const sec1 = privateKey.export({ type: 'sec1', format: 'der' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return { d: sec1.subarray(7, 39).toString('hex'), publicHex: spki.subarray(spki.length - 65).toString('hex') };
}

interface Mismatch {
  readonly what: string;
  readonly table: boolean;
  readonly cold: boolean;
  readonly openssl: boolean;
  readonly expected: boolean;
}

describe.runIf(native !== undefined)('native fast SM2 verifier vs independent implementations', () => {
  it('OpenSSL signatures over 400 random keys x 5 digests (incl. e = 0, e = n, e = 2^256 - 1) verify; tampered ones fail as in OpenSSL', () => {
    if (!native) return;
    const mismatches: Mismatch[] = [];
    const check = (what: string, v: Verifiers, e: Uint8Array, r: bigint, s: bigint, expected: boolean): void => {
      const got = answers(v, e, r, s);
      if (got.table !== expected || got.cold !== expected || got.openssl !== expected) mismatches.push({ what, ...got, expected });
    };
    const special = [Buffer.alloc(32), be32(n), Buffer.alloc(32, 0xff)];
    let previous: Verifiers | undefined;
    let signatures = 0;
    for (let k = 0; k < 400; k++) {
      const { d, publicHex } = opensslKeyPair();
      const signer = native.privateKey(sm2Pkcs8(d, publicHex));
      const v = verifiers(publicHex);
      for (let m = 0; m < 5; m++) {
        const e = k < 3 && m === 0 ? special[k]! : randomBytes(32);
        const pair = decodeSignaturePair(native.sign(signer, e));
        if (!pair) throw new Error('OpenSSL made an unreadable signature');
        const { r, s } = pair;
        signatures += 1;
        check(`key ${k} sig ${m}`, v, e, r, s, true);
        const flipped = Buffer.from(e);
        flipped[(k + m) % 32]! ^= 1 << (m % 8);
        const tamper = (k * 5 + m) % 6;
        if (tamper === 0) check(`key ${k} sig ${m}: r + 1`, v, e, (r + 1n) % n, s, false);
        if (tamper === 1) check(`key ${k} sig ${m}: s + 1`, v, e, r, (s + 1n) % n, false);
        if (tamper === 2) check(`key ${k} sig ${m}: e with a bit flipped`, v, flipped, r, s, false);
        if (tamper === 3) check(`key ${k} sig ${m}: r and s swapped`, v, e, s, r, false);
        if (tamper === 4 && previous) check(`key ${k} sig ${m}: another key`, previous, e, r, s, false);
        if (tamper === 5) check(`key ${k} sig ${m}: r + n`, v, e, r + n, s, false);
      }
      previous = v;
    }
    expect(signatures).toBe(2000);
    expect(mismatches).toEqual([]);
  });

  it('sm-crypto-v2 signatures over 300 random keys x 2 digests verify, in the fast verifier and in OpenSSL', () => {
    const mismatches: string[] = [];
    for (let k = 0; k < 300; k++) {
      const pair = sm2.generateKeyPairHex();
      const v = verifiers(pair.publicKey);
      for (let m = 0; m < 2; m++) {
        const e = randomBytes(32);
        const { r, s } = sm2SignDigest(e, pair.privateKey);
        const got = answers(v, e, r, s);
        if (!got.table || !got.cold || !got.openssl) mismatches.push(`key ${k} sig ${m}: ${JSON.stringify(got)}`);
        const bad = answers(v, e, r, (s + 1n) % n);
        if (bad.table || bad.cold || bad.openssl) mismatches.push(`key ${k} sig ${m} tampered: ${JSON.stringify(bad)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('crafted exceptional points and out-of-range values: fast verifier = OpenSSL = BigInt reference', () => {
    const cases: DigestCase[] = [...edgeCases(), ...edgeCases(1n + 2n ** 128n), ...edgeCases(n - 2n)];
    const results = cases.map((c) => ({ name: c.name, expected: c.expected, ...answers(verifiers(c.publicHex), be32(c.e), c.r, c.s) }));
    for (const result of results) {
      expect(result, result.name).toEqual({ name: result.name, expected: result.expected, table: result.expected, cold: result.expected, openssl: result.expected });
    }
    // The crafted valid cases exist: the doubling and mid-walk-infinity paths were taken on signatures that verify.
    expect(results.filter((r) => r.expected).map((r) => r.name)).toEqual(
      expect.arrayContaining([
        's*G = t*P (final doubling)',
        'P = G, partial sum meets the table point (doubling)',
        'P = G, t*P equals the first G-table point',
        'P = -G, infinity in the middle of the walk',
      ]),
    );
  });

  it('agrees with the BigInt reference on random OpenSSL signatures and their tampered forms', () => {
    if (!native) return;
    for (let k = 0; k < 6; k++) {
      const { d, publicHex } = opensslKeyPair();
      const v = verifiers(publicHex);
      const P = ref.pointFromHex(publicHex);
      const e = randomBytes(32);
      const pair = decodeSignaturePair(native.sign(native.privateKey(sm2Pkcs8(d, publicHex)), e))!;
      for (const [r, s] of [
        [pair.r, pair.s],
        [pair.r, (pair.s + 1n) % n],
      ] as const) {
        const expected = ref.verifyE(P, bytesToBigInt(e), r, s);
        expect(answers(v, e, r, s)).toEqual({ table: expected, cold: expected, openssl: expected });
      }
    }
  });

  it('refuses public points that are not on the curve, coordinates >= p, and other encodings', () => {
    if (!native) return;
    const { gx, gy, p } = ref.CURVE;
    const hex = (x: bigint, y: bigint): Buffer => Buffer.concat([Buffer.from([4]), be32(x), be32(y)]);
    expect(() => native.verifierKey(hex(gx, gy + 1n))).toThrow(/not an uncompressed point on the SM2 curve/);
    expect(() => native.verifierKey(hex(gx + p, gy))).toThrow(/not an uncompressed point/); // wraps to G mod p
    expect(() => native.verifierKey(hex(gx, gy + p))).toThrow(/not an uncompressed point/);
    expect(() => native.verifierKey(Buffer.concat([Buffer.from([2]), be32(gx)]))).toThrow(/not an uncompressed point/);
    expect(() => native.verifierKey(Buffer.alloc(65))).toThrow(/not an uncompressed point/);
    expect(() => referenceKey(hex(gx, gy + 1n).toString('hex'))).toThrow(); // OpenSSL refuses it too
    const offCurve = new Sm2PublicKey(hex(gx, gy + 1n).toString('hex'), {}, 'eager');
    expect(offCurve.verify(Buffer.from('m'), Buffer.alloc(64, 1))).toBe(false);
    expect(offCurve.verify(Buffer.from('m'), Buffer.alloc(64, 1), { backend: 'openssl' })).toBe(false);
    expect(offCurve.verify(Buffer.from('m'), Buffer.alloc(64, 1), { backend: 'js' })).toBe(false);
    // Handles are type-tagged: an OpenSSL key is not a fast-verifier key.
    const evp = referenceKey(hex(gx, gy).toString('hex'));
    expect(() => native.verifyDigest(evp as never, Buffer.alloc(32), Buffer.alloc(64))).toThrow(TypeError);
    const vk = native.verifierKey(hex(gx, gy));
    expect(() => native.verifyDigest(vk, Buffer.alloc(31), Buffer.alloc(64))).toThrow(TypeError);
    expect(() => native.verify(vk as never, Buffer.alloc(32), Buffer.alloc(70))).toThrow(TypeError);
  });
});

describe.runIf(native !== undefined)('Sm2PublicKey on the fast verifier: messages from the openssl CLI, table policies', () => {
  let dir: KeyDir;
  beforeAll(() => {
    dir = keyDir();
  });
  afterAll(() => dir?.cleanup());

  it('messages signed by openssl dgst -sm3 (3 keys x 6 messages) verify with every backend; altered ones with none', () => {
    for (let k = 0; k < 3; k++) {
      const files = makeSm2Files(dir, `cli-${k}`);
      const keyPem = readFileSync(files.pub, 'utf8');
      const eager = loadVerificationKeyPem(keyPem, 'eager');
      const cold = loadVerificationKeyPem(keyPem, 'never');
      for (let m = 0; m < 6; m++) {
        const message = randomBytes(50 + m * 300);
        const data = dir.write(`cli-${k}-${m}.bin`, message);
        const signature = openssl(['dgst', '-sm3', '-sign', files.key, '-sigopt', DISTID, data]);
        const altered = Buffer.concat([message, Buffer.from([m])]);
        for (const key of [eager, cold]) {
          for (const backend of ['auto', 'js', 'openssl'] as const) {
            expect(key.verify(message, signature, { backend }), `${k}/${m} ${backend}`).toBe(true);
            expect(key.verify(altered, signature, { backend }), `${k}/${m} ${backend} altered`).toBe(false);
          }
        }
      }
      expect(eager.precomputed).toBe(true);
      expect(cold.precomputed).toBe(false); // `never`: no tables on any backend
    }
  });

  it('eager builds the native table at load (so a KeyStore has it ready), auto from the second use, never not at all', async () => {
    const signer = new Sm2PrivateKey(sm2.generateKeyPairHex().privateKey, { keyName: 'k1' });
    const message = Buffer.from('<ceb:CEB311Message/>');
    const signature = signer.sign(message);
    const eager = verificationKeyOf(signer, 'eager');
    expect(eager.type === 'sm2' && eager.precomputed).toBe(true);
    const auto = verificationKeyOf(signer, 'auto');
    const never = verificationKeyOf(signer, 'never');
    if (auto.type !== 'sm2' || never.type !== 'sm2') throw new Error('expected SM2 keys');
    expect(auto.verify(message, signature)).toBe(true);
    expect(auto.precomputed).toBe(false);
    expect(auto.verify(message, signature)).toBe(true);
    expect(auto.precomputed).toBe(true);
    for (let i = 0; i < 3; i++) expect(never.verify(message, signature)).toBe(true);
    expect(never.precomputed).toBe(false);

    const storeDir = keyDir();
    storeDir.write('sender-a.pem', publicPem(signer.publicKey.publicHex));
    const store = await loadKeyStore(storeDir.dir);
    storeDir.cleanup();
    const loaded = store.get('sender-a');
    expect(loaded?.type === 'sm2' && loaded.precomputed).toBe(true);
    expect(loaded?.type === 'sm2' && loaded.verify(message, signature)).toBe(true);
    const z = sm2Za(signer.publicKey.publicHex);
    const pair = decodeSignaturePair(signature)!;
    expect(verifyReference(signer.publicKey.publicHex, sm2MessageDigest(z, message), pair)).toBe(true);
  });
});

function publicPem(publicHex: string): string {
  const spki = Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex'), Buffer.from(publicHex, 'hex')]);
  return `-----BEGIN PUBLIC KEY-----\n${spki.toString('base64')}\n-----END PUBLIC KEY-----\n`;
}

function loadVerificationKeyPem(pem: string, precompute: 'eager' | 'never'): Sm2PublicKey {
  const key = loadVerificationKey(pem, { precompute });
  if (key.type !== 'sm2') throw new Error('expected an SM2 key');
  return key;
}
