import { createRequire } from 'node:module';

/**
 * The optional native SM2 path: OpenSSL (the copy Node is linked with) signs and verifies the digest
 * e = SM3(Z_A || M) that this module computes with the standard's distinguishing ID, so the signatures are the same
 * GB/T 32918 signatures as the pure-JS path, about four times faster. Built by `npm install` (node-gyp,
 * `native/crossgate_sm2.c`); when the build or the load fails, or CROSSGATE_SM2_NATIVE=off, the pure-JS path is used.
 */
export interface NativeKeyHandle {
  readonly __nativeSm2Key: unique symbol;
}

export interface NativeSm2 {
  publicKey(spkiDer: Buffer): NativeKeyHandle;
  privateKey(pkcs8Der: Buffer): NativeKeyHandle;
  verify(key: NativeKeyHandle, e: Uint8Array, signatureDer: Uint8Array): boolean;
  sign(key: NativeKeyHandle, e: Uint8Array): Buffer;
}

function load(): NativeSm2 | undefined {
  if (process.env.CROSSGATE_SM2_NATIVE === 'off') return undefined;
  try {
    // src/signing and dist/signing both sit two levels below the package root, where node-gyp builds.
    return createRequire(import.meta.url)('../../build/Release/crossgate_sm2.node') as NativeSm2;
  } catch {
    return undefined;
  }
}

export const nativeSm2: NativeSm2 | undefined = load();

/** SubjectPublicKeyInfo (DER) of an SM2 public point: id-ecPublicKey with the SM2 curve (1.2.156.10197.1.301). */
const SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');

export function sm2Spki(publicHex: string): Buffer {
  return Buffer.concat([SPKI_PREFIX, Buffer.from(publicHex, 'hex')]);
}

/** PKCS#8 (DER) of an SM2 private scalar with its public point (RFC 5915 ECPrivateKey inside). */
export function sm2Pkcs8(privateHex: string, publicHex: string): Buffer {
  return Buffer.concat([
    Buffer.from('308187020100301306072a8648ce3d020106082a811ccf5501822d046d306b0201010420', 'hex'),
    Buffer.from(privateHex, 'hex'),
    Buffer.from('a144034200', 'hex'),
    Buffer.from(publicHex, 'hex'),
  ]);
}
