import { randomBytes } from 'node:crypto';
import { CURVE, G, inverseModN, multiply, type Point, verifyE } from './sm2-reference.js';

/**
 * Crafted SM2 verification inputs that drive a verifier through its exceptional paths: s*G + t*P at infinity,
 * s*G = t*P (the last addition is a doubling), partial sums that meet a table point (doubling, or infinity in the
 * middle of the walk), e >= n, and r, s, t out of range. Each case carries the answer of the independent BigInt
 * reference (`verifyE`), which the fast verifier and OpenSSL must both give.
 */

export interface DigestCase {
  readonly name: string;
  /** Uncompressed public point `04 || x || y`, hex. */
  readonly publicHex: string;
  readonly e: bigint;
  readonly r: bigint;
  readonly s: bigint;
  /** What the BigInt reference says. */
  readonly expected: boolean;
}

const { n, p } = CURVE;
const mod = (v: bigint, m: bigint): bigint => ((v % m) + m) % m;
const hex64 = (v: bigint): string => v.toString(16).padStart(64, '0');

export function pointHex(P: { x: bigint; y: bigint }): string {
  return `04${hex64(P.x)}${hex64(P.y)}`;
}

export function randomScalar(): bigint {
  return mod(BigInt(`0x${randomBytes(40).toString('hex')}`), n - 2n) + 1n;
}

function xOf(point: Point): bigint {
  if (point === null) throw new Error('point at infinity');
  return point.x;
}

/** A case whose e makes (r, s) valid, given the x of s*G + t*P; also its e+1 twin (invalid) and e+n twin if < 2^256. */
function withValidE(name: string, P: { x: bigint; y: bigint }, r: bigint, s: bigint, x1: bigint): DigestCase[] {
  const e = mod(r - x1, n);
  const cases = [
    { name, e },
    { name: `${name}, e + 1`, e: mod(e + 1n, n) },
  ];
  if (e + n < 1n << 256n) cases.push({ name: `${name}, e + n (e >= n)`, e: e + n });
  return cases.map((c) => ({ name: c.name, publicHex: pointHex(P), e: c.e, r, s, expected: verifyE(P, c.e, r, s) }));
}

/** The exceptional-path cases for key d (random when omitted), plus fixed ones for P = G and P = -G. */
export function edgeCases(d: bigint = randomScalar()): DigestCase[] {
  const P = multiply(d, G) as { x: bigint; y: bigint };
  const dInv = inverseModN(d);
  const cases: DigestCase[] = [];
  const add = (name: string, Q: { x: bigint; y: bigint }, e: bigint, r: bigint, s: bigint): void => {
    cases.push({ name, publicHex: pointHex(Q), e, r, s, expected: verifyE(Q, e, r, s) });
  };

  // s*G = -t*P: the sum is the point at infinity.
  {
    const s = randomScalar();
    const t = mod(-s * dInv, n);
    add('s*G = -t*P (sum at infinity)', P, randomScalar(), mod(t - s, n), s);
  }
  // s*G = t*P: the final addition doubles.
  {
    const s = randomScalar();
    const t = mod(s * dInv, n);
    const r = mod(t - s, n);
    cases.push(...withValidE('s*G = t*P (final doubling)', P, r, s, xOf(multiply(mod(2n * s, n), G))));
  }
  // P = G, t = 251, s = 5 + 256: after t*P and byte 0 of s the sum is 256G, and byte 1 adds 256G (doubling).
  {
    const t = 251n;
    const s = 5n + 256n;
    cases.push(...withValidE('P = G, partial sum meets the table point (doubling)', G as { x: bigint; y: bigint }, mod(t - s, n), s, xOf(multiply(t + s, G))));
  }
  // P = G, t = 5, s = 5 + 3*256: byte 0 of s adds 5G to 5G (doubling at the first G-table step).
  {
    const t = 5n;
    const s = 5n + 3n * 256n;
    cases.push(...withValidE('P = G, t*P equals the first G-table point', G as { x: bigint; y: bigint }, mod(t - s, n), s, xOf(multiply(t + s, G))));
  }
  // P = -G, t = 9, s = 9 + 4*256: t*P + 9G is the point at infinity mid-walk, the sum is 1024G.
  {
    const minusG = { x: CURVE.gx, y: p - CURVE.gy };
    const t = 9n;
    const s = 9n + 4n * 256n;
    cases.push(...withValidE('P = -G, infinity in the middle of the walk', minusG, mod(t - s, n), s, xOf(multiply(s - t, G))));
    add('P = -G, s = t (sum at infinity, r = 0)', minusG, 1n, 0n, 9n);
  }
  // Ranges: B1, B2, B5.
  {
    const e = randomScalar();
    const r = randomScalar();
    const s = randomScalar();
    for (const [name, rr, ss] of [
      ['r = 0', 0n, s],
      ['s = 0', r, 0n],
      ['r = n', n, s],
      ['s = n', r, n],
      ['r = n + 1', n + 1n, s],
      ['s = 2^256 - 1', r, (1n << 256n) - 1n],
      ['r + s = n (t = 0)', r, n - r],
      ['r = n - 1, s = 1 (t = 0)', n - 1n, 1n],
      ['r = 1, s = 1', 1n, 1n],
      ['r = n - 1, s = n - 1', n - 1n, n - 1n],
    ] as const) {
      add(name, P, e, rr, ss);
    }
  }
  return cases;
}
