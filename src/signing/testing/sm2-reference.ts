import { createHash, randomBytes } from 'node:crypto';

/**
 * An independent, deliberately naive SM2 (GB/T 32918.2-2016) in BigInt affine arithmetic, written from the
 * standard's equations — no code shared with sm-crypto-v2/noble or with src/signing. Slow (tens of ms); tests only.
 */

export const CURVE = {
  p: 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn,
  a: 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn,
  b: 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n,
  n: 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n,
  gx: 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  gy: 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
} as const;

export type Point = { readonly x: bigint; readonly y: bigint } | null;

const mod = (v: bigint, m: bigint): bigint => ((v % m) + m) % m;

function inverse(v: bigint, m: bigint): bigint {
  let [a, b, x0, x1] = [mod(v, m), m, 1n, 0n];
  while (b !== 0n) {
    const q = a / b;
    [a, b] = [b, a - q * b];
    [x0, x1] = [x1, x0 - q * x1];
  }
  if (a !== 1n) throw new Error('not invertible');
  return mod(x0, m);
}

export function add(P: Point, Q: Point): Point {
  const { p, a } = CURVE;
  if (P === null) return Q;
  if (Q === null) return P;
  if (P.x === Q.x && mod(P.y + Q.y, p) === 0n) return null;
  const lambda =
    P.x === Q.x && P.y === Q.y
      ? mod((3n * P.x * P.x + a) * inverse(2n * P.y, p), p)
      : mod((Q.y - P.y) * inverse(Q.x - P.x, p), p);
  const x = mod(lambda * lambda - P.x - Q.x, p);
  return { x, y: mod(lambda * (P.x - x) - P.y, p) };
}

export function multiply(k: bigint, P: Point): Point {
  let result: Point = null;
  let addend = P;
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) result = add(result, addend);
    addend = add(addend, addend);
  }
  return result;
}

export const G: Point = { x: CURVE.gx, y: CURVE.gy };

export function isOnCurve(P: Point): boolean {
  if (P === null) return false;
  const { p, a, b } = CURVE;
  return mod(P.y * P.y - (P.x * P.x * P.x + a * P.x + b), p) === 0n;
}

const be32 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(64, '0'), 'hex');
const num = (bytes: Uint8Array): bigint => BigInt(`0x${Buffer.from(bytes).toString('hex')}`);

/** Z_A per §5.5, hashed with node's OpenSSL SM3. */
export function za(userId: string, P: { x: bigint; y: bigint }): Buffer {
  const id = Buffer.from(userId, 'utf8');
  const entl = Buffer.from([(id.length * 8) >> 8, (id.length * 8) & 0xff]);
  const { a, b, gx, gy } = CURVE;
  return createHash('sm3')
    .update(Buffer.concat([entl, id, be32(a), be32(b), be32(gx), be32(gy), be32(P.x), be32(P.y)]))
    .digest();
}

export function digestE(userId: string, P: { x: bigint; y: bigint }, message: Uint8Array): bigint {
  return num(createHash('sm3').update(za(userId, P)).update(message).digest());
}

export function publicOf(d: bigint): { x: bigint; y: bigint } {
  const P = multiply(d, G);
  if (P === null) throw new Error('bad private key');
  return P;
}

/** §6.1 signature generation; `k` fixed for known-answer tests, random otherwise. */
export function sign(d: bigint, message: Uint8Array, userId: string, k?: bigint): { r: bigint; s: bigint } {
  const { n } = CURVE;
  const e = digestE(userId, publicOf(d), message);
  for (;;) {
    const nonce = k ?? mod(num(randomBytes(40)), n - 1n) + 1n;
    const x1 = multiply(nonce, G)!.x;
    const r = mod(e + x1, n);
    if (r === 0n || r + nonce === n) continue;
    const s = mod(inverse(1n + d, n) * (nonce - r * d), n);
    if (s !== 0n) return { r, s };
  }
}

/** §7.1 signature verification. */
export function verify(P: { x: bigint; y: bigint }, message: Uint8Array, userId: string, r: bigint, s: bigint): boolean {
  return verifyE(P, digestE(userId, P, message), r, s);
}

/** §7.1 B1, B2 and B5-B7 for a given message representative e (any 256-bit value). */
export function verifyE(P: { x: bigint; y: bigint }, e: bigint, r: bigint, s: bigint): boolean {
  const { n } = CURVE;
  if (r < 1n || r >= n || s < 1n || s >= n || !isOnCurve(P)) return false;
  const t = mod(r + s, n);
  if (t === 0n) return false;
  const point = add(multiply(s, G), multiply(t, P));
  if (point === null) return false;
  return mod(e + point.x, n) === r;
}

/** a^-1 mod n (scalars). */
export function inverseModN(a: bigint): bigint {
  return inverse(a, CURVE.n);
}

/** Uncompressed point hex `04||x||y` ⇄ affine point. */
export function pointFromHex(hex: string): { x: bigint; y: bigint } {
  return { x: BigInt(`0x${hex.slice(2, 66)}`), y: BigInt(`0x${hex.slice(66, 130)}`) };
}

/** DER SEQUENCE{r, s} decoding written independently of src/signing/der.ts (short lengths only). */
export function derToPair(der: Uint8Array): { r: bigint; s: bigint } {
  const b = Buffer.from(der);
  if (b[0] !== 0x30 || b[1] !== b.length - 2 || b[2] !== 0x02) throw new Error('not a DER signature');
  const rLen = b[3]!;
  const r = num(b.subarray(4, 4 + rLen));
  if (b[4 + rLen] !== 0x02) throw new Error('not a DER signature');
  const sLen = b[5 + rLen]!;
  return { r, s: num(b.subarray(6 + rLen, 6 + rLen + sLen)) };
}

/** DER SEQUENCE{r, s} encoding, independent of src/signing/der.ts. */
export function pairToDer(r: bigint, s: bigint): Buffer {
  const int = (v: bigint): Buffer => {
    let hex = v.toString(16);
    if (hex.length % 2) hex = `0${hex}`;
    if (Number.parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
    return Buffer.concat([Buffer.from([0x02, hex.length / 2]), Buffer.from(hex, 'hex')]);
  };
  const body = Buffer.concat([int(r), int(s)]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}
