import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeSignaturePair } from './der.js';
import { Sm2PrivateKey, Sm2PublicKey } from './keys.js';
import { nativeSm2, sm2Pkcs8, sm2Spki } from './native-sm2.js';
import { sm2MessageDigest, sm2Za } from './sm2.js';
import * as reference from './testing/sm2-reference.js';

const inCi = process.env.CI === 'true';

describe('native SM2 (OpenSSL via the crossgate_sm2 addon)', () => {
  it('is built and loaded (npm install builds it; CI must have it)', () => {
    if (!nativeSm2) {
      const message = 'native SM2 addon is NOT built: signing falls back to pure JS (run `npm run build:native`)';
      if (inCi) throw new Error(message);
      console.warn(`\n*** ${message} ***\n`);
    }
    expect(inCi ? nativeSm2 : true).toBeTruthy();
  });

  const native = nativeSm2;
  it.runIf(native !== undefined)('signs standard SM2 (default ID) that the independent reference verifies, and the reverse', () => {
    if (!native) return;
    const d = 0x3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8n;
    const P = reference.publicOf(d);
    const publicHex = `04${P.x.toString(16).padStart(64, '0')}${P.y.toString(16).padStart(64, '0')}`;
    const message = Buffer.from('<ceb:CEB621Message>张三</ceb:CEB621Message>');
    const e = sm2MessageDigest(sm2Za(publicHex), message);

    const priv = native.privateKey(sm2Pkcs8(d.toString(16).padStart(64, '0'), publicHex));
    const pub = native.publicKey(sm2Spki(publicHex));
    for (let i = 0; i < 5; i++) {
      const der = native.sign(priv, e);
      const { r, s } = reference.derToPair(der);
      expect(reference.verify(P, message, '1234567812345678', r, s)).toBe(true);
      expect(reference.verify(P, message, '', r, s)).toBe(false); // not the empty ID node:crypto would use
    }
    const byReference = reference.sign(d, message, '1234567812345678');
    expect(native.verify(pub, e, encodeSignaturePair(byReference.r, byReference.s))).toBe(true);
    expect(native.verify(pub, e, encodeSignaturePair(byReference.r, byReference.s + 1n))).toBe(false);
    const otherE = sm2MessageDigest(sm2Za(publicHex), Buffer.from('tampered'));
    expect(native.verify(pub, otherE, encodeSignaturePair(byReference.r, byReference.s))).toBe(false);
  });

  it.runIf(native !== undefined)('is what the key classes use, interoperating with keys node:crypto generates', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const der = privateKey.export({ type: 'sec1', format: 'der' });
    const d = der.subarray(7, 39).toString('hex');
    const key = new Sm2PrivateKey(d);
    const verifier = new Sm2PublicKey(key.publicKey.publicHex);
    const message = Buffer.from('crossgate');
    const signature = key.sign(message);
    expect(verifier.verify(message, signature)).toBe(true);
    const pair = reference.derToPair(signature);
    expect(reference.verify(reference.pointFromHex(key.publicKey.publicHex), message, '1234567812345678', pair.r, pair.s)).toBe(true);
  });

  it('refuses keys that are not SM2', () => {
    if (!native) return;
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    expect(() => native.publicKey(publicKey.export({ type: 'spki', format: 'der' }))).toThrow(/not an SM2 public key/);
  });
});
