import { createPrivateKey, createPublicKey } from 'node:crypto';

/**
 * The SM2 public point Q = d·G computed by OpenSSL (the copy Node is linked with) instead of the pure-JS curve
 * library: the JS path costs a fixed-base table build (~100–350 ms) on the first key a process loads, which was a
 * large share of the server's cold start. The scalar goes in as PKCS#8 without a public key (RFC 5915 lets the
 * `publicKey` field be absent), and OpenSSL derives the point while decoding it.
 */

/** PKCS#8 PrivateKeyInfo { 0, id-ecPublicKey + SM2 curve, ECPrivateKey { 1, d } } up to the 32-byte scalar. */
const PKCS8_SCALAR_PREFIX = Buffer.from('3041020100301306072a8648ce3d020106082a811ccf5501822d042730250201010420', 'hex');
/** The SubjectPublicKeyInfo OpenSSL writes for an SM2-curve key ends with the 65-byte uncompressed point. */
const POINT_BYTES = 65;

/** `04||x||y` (lowercase hex) of the private scalar `privateHex` (64 hex digits), or undefined when OpenSSL cannot. */
export function sm2PublicFromPrivateNative(privateHex: string): string | undefined {
  try {
    const der = Buffer.concat([PKCS8_SCALAR_PREFIX, Buffer.from(privateHex, 'hex')]);
    const spki = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' });
    if (spki.length < POINT_BYTES || spki[spki.length - POINT_BYTES] !== 0x04) return undefined;
    return spki.subarray(spki.length - POINT_BYTES).toString('hex');
  } catch {
    return undefined; // an OpenSSL built without SM2: the caller uses the pure-JS derivation
  }
}
