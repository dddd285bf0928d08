import { createHash } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { bigIntToBytes, decodeSignaturePair, encodeSignaturePair } from './der.js';
import { sm2PublicFromPrivateNative } from './key-derivation.js';

/**
 * SM2 digital signatures (GB/T 32918.2-2016 = GM/T 0003.2-2012) on the recommended curve (GB/T 32918.5).
 *
 * The message representative is e = SM3(Z_A || M), with Z_A computed here (node:crypto SM3) from the signer's
 * distinguishing identifier — by default the standard's `1234567812345678` (GM/T 0009-2012 §10). Only the curve
 * arithmetic comes from sm-crypto-v2 (noble-curves), which is given e directly (`hash: false`).
 */

export const SM2_DEFAULT_USER_ID = '1234567812345678';
export const SM2_ORDER = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;

const CURVE_A = 'fffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffc';
const CURVE_B = '28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93';
const BASE_X = '32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7';
const BASE_Y = 'bc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0';
const CURVE_PREFIX = Buffer.from(CURVE_A + CURVE_B + BASE_X + BASE_Y, 'hex');

/**
 * How the (r, s) pair is written into ds:SignatureValue.
 * `der`: ASN.1 `SEQUENCE { r INTEGER, s INTEGER }` (GM/T 0009-2012 SM2Signature; what OpenSSL, BouncyCastle/JCE
 * `SM3withSM2` and crypto devices emit). `raw`: the 64-byte r || s concatenation (the XML-DSig 1.1 ECDSA convention).
 */
export type Sm2SignatureEncoding = 'der' | 'raw';
export const SM2_DEFAULT_SIGNATURE_ENCODING: Sm2SignatureEncoding = 'der';

/** A public point as sm-crypto-v2 takes it: hex string or a point with precomputed multiplication tables. */
export type Sm2Point = string | ReturnType<typeof sm2.precomputePublicKey>;

/** Uncompressed public point `04 || x || y` (65 bytes) as lowercase hex. */
export type Sm2PublicHex = string;

/** Z_A = SM3(ENTL_A || ID_A || a || b || x_G || y_G || x_A || y_A) — GB/T 32918.2-2016 §5.5. */
export function sm2Za(publicHex: Sm2PublicHex, userId: string = SM2_DEFAULT_USER_ID): Buffer {
  const id = Buffer.from(userId, 'utf8');
  const bits = id.length * 8;
  if (bits > 0xffff) throw new RangeError('SM2 user id longer than 8191 bytes');
  const point = Buffer.from(publicHex, 'hex');
  return createHash('sm3')
    .update(Buffer.from([bits >> 8, bits & 0xff]))
    .update(id)
    .update(CURVE_PREFIX)
    .update(point.subarray(1))
    .digest();
}

/** e = SM3(Z_A || M) — the value the SM2 equations sign. */
export function sm2MessageDigest(za: Uint8Array, message: Uint8Array): Buffer {
  return createHash('sm3').update(za).update(message).digest();
}

/** Q = d·G: through OpenSSL when it can (fast), else the pure-JS curve arithmetic. */
export function sm2PublicFromPrivate(privateHex: string): Sm2PublicHex {
  return sm2PublicFromPrivateNative(privateHex) ?? sm2.getPublicKeyFromPrivateKey(privateHex).toLowerCase();
}

/** Whether `hex` is an uncompressed point on the SM2 curve (not the point at infinity). */
export function isSm2PublicPoint(hex: string): boolean {
  if (!/^04[0-9a-f]{128}$/i.test(hex)) return false;
  try {
    return sm2.verifyPublicKey(hex);
  } catch {
    return false;
  }
}

/** Private scalar must lie in [1, n-2] (GB/T 32918.1 §6.1). */
export function isSm2PrivateScalar(d: bigint): boolean {
  return d >= 1n && d <= SM2_ORDER - 2n;
}

export interface Sm2Pair {
  readonly r: bigint;
  readonly s: bigint;
}

/** Signs the digest e. `fixedNonce` exists only for the standard's known-answer test (GM/T 0003.5 example). */
export function sm2SignDigest(e: Uint8Array, privateHex: string, fixedNonce?: { k: bigint; x1: bigint }): Sm2Pair {
  const pointPool = fixedNonce ? [fixedNonce] : undefined;
  const hex = sm2.doSignature(e, privateHex, { hash: false, der: false, ...(pointPool ? { pointPool } : {}) });
  return { r: BigInt(`0x${hex.slice(0, 64)}`), s: BigInt(`0x${hex.slice(64)}`) };
}

/** Checks the GB/T 32918.2 §7 equations for digest e; false for anything out of range or malformed. */
export function sm2VerifyDigest(e: Uint8Array, pair: Sm2Pair, point: Sm2Point): boolean {
  const { r, s } = pair;
  if (r < 1n || r >= SM2_ORDER || s < 1n || s >= SM2_ORDER) return false;
  const rs = r.toString(16).padStart(64, '0') + s.toString(16).padStart(64, '0');
  try {
    return sm2.doVerifySignature(e, rs, point, { hash: false, der: false });
  } catch {
    return false;
  }
}

export function encodeSm2Signature(pair: Sm2Pair, encoding: Sm2SignatureEncoding): Buffer {
  if (encoding === 'raw') return Buffer.concat([bigIntToBytes(pair.r, 32), bigIntToBytes(pair.s, 32)]);
  return encodeSignaturePair(pair.r, pair.s);
}

/** Reads a signature value; `auto` takes 64 bytes as r || s and anything else as DER. */
export function decodeSm2Signature(
  bytes: Uint8Array,
  encoding: Sm2SignatureEncoding | 'auto',
): Sm2Pair | undefined {
  const asRaw = (): Sm2Pair | undefined =>
    bytes.length === 64
      ? { r: BigInt(`0x${Buffer.from(bytes.subarray(0, 32)).toString('hex')}`), s: BigInt(`0x${Buffer.from(bytes.subarray(32)).toString('hex')}`) }
      : undefined;
  if (encoding === 'raw') return asRaw();
  if (encoding === 'der') return decodeSignaturePair(bytes);
  return bytes.length === 64 ? asRaw() : decodeSignaturePair(bytes);
}
