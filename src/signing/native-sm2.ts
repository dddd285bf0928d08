import { createRequire } from 'node:module';
import { encodeSignaturePair } from './der.js';

/**
 * The optional native SM2 addon (`native/`, built by `npm install` with node-gyp). Two verifiers live in it:
 * - the fast verifier (`verifierKey` … `verifyDigest`, native/sm2_verify.c): SM2-specific field arithmetic and
 *   precomputed fixed-base tables for G and for each public key — what `Sm2PublicKey.verify` uses;
 * - OpenSSL EVP (the copy Node is linked with) — signing, and `verifyReference`, the independent verifier the
 *   fast one is tested and benchmarked against.
 * Both take the digest e = SM3(Z_A || M) that this module computes with the standard's distinguishing ID. When the
 * build or the load fails, or CROSSGATE_SM2_NATIVE=off, `nativeSm2` is undefined and the pure-JS path is used.
 * Node-API addons are context-aware: it loads in worker threads (each thread makes its own key handles).
 */
export interface NativeKeyHandle {
  readonly __nativeSm2Key: unique symbol;
}

export interface NativeVerifierKey {
  readonly __nativeSm2VerifierKey: unique symbol;
}

export interface NativeSm2 {
  /** OpenSSL EVP key from SubjectPublicKeyInfo DER. */
  publicKey(spkiDer: Buffer): NativeKeyHandle;
  privateKey(pkcs8Der: Buffer): NativeKeyHandle;
  /** OpenSSL EVP verification of e (the reference). */
  verify(key: NativeKeyHandle, e: Uint8Array, signatureDer: Uint8Array): boolean;
  sign(key: NativeKeyHandle, e: Uint8Array): Buffer;
  /** Fast-verifier key from the uncompressed point `04 || x || y`; throws when it is not on the curve. */
  verifierKey(point: Uint8Array): NativeVerifierKey;
  /** Builds the key's fixed-base table (idempotent); returns its size in bytes. Freed with the handle. */
  precompute(key: NativeVerifierKey): number;
  precomputed(key: NativeVerifierKey): boolean;
  /** GB/T 32918.2 §7.1 for e (32 bytes) and r || s (64 bytes), big-endian. */
  verifyDigest(key: NativeVerifierKey, e: Uint8Array, rs: Uint8Array): boolean;
}

function load(): NativeSm2 | undefined {
  if (process.env.CROSSGATE_SM2_NATIVE === 'off') return undefined;
  try {
    // src/signing and dist/signing both sit two levels below the package root, where node-gyp builds.
    const addon = createRequire(import.meta.url)('../../build/Release/crossgate_sm2.node') as Partial<NativeSm2>;
    // A build from before the fast verifier is not used (rebuild with `npm run build:native`).
    return typeof addon.verifyDigest === 'function' ? (addon as NativeSm2) : undefined;
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

const TWO_256 = 1n << 256n;

/**
 * r || s as 64 big-endian bytes for `verifyDigest`; undefined when either does not fit 32 bytes (then it is >= n,
 * and the signature is invalid anyway). Range checks against n are the verifier's.
 */
export function sm2PairBytes(pair: { readonly r: bigint; readonly s: bigint }): Buffer | undefined {
  const { r, s } = pair;
  if (r < 0n || s < 0n || r >= TWO_256 || s >= TWO_256) return undefined;
  return Buffer.from(r.toString(16).padStart(64, '0') + s.toString(16).padStart(64, '0'), 'hex');
}

function requireNative(): NativeSm2 {
  if (!nativeSm2) throw new Error('the native SM2 addon is not loaded (npm run build:native; CROSSGATE_SM2_NATIVE unset)');
  return nativeSm2;
}

/** A reference (OpenSSL EVP) key handle for `verifyReference`; throws when the point is not an SM2 key. */
export function referenceKey(publicHex: string): NativeKeyHandle {
  return requireNative().publicKey(sm2Spki(publicHex));
}

/**
 * OpenSSL's SM2 verification of digest e (EVP_PKEY_verify on an SM2 key): the independent reference the fast
 * verifier is tested against. Throws when the addon is not loaded.
 */
export function verifyReference(
  key: string | NativeKeyHandle,
  e: Uint8Array,
  pair: { readonly r: bigint; readonly s: bigint },
): boolean {
  const native = requireNative();
  if (pair.r < 0n || pair.s < 0n) return false;
  const handle = typeof key === 'string' ? referenceKey(key) : key;
  return native.verify(handle, e, encodeSignaturePair(pair.r, pair.s));
}
