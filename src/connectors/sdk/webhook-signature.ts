import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Crossgate's webhook signature, the scheme of Stripe's `Stripe-Signature` (peers.md §2.6): a header
 * `Crossgate-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. The timestamp is inside the
 * signed bytes, so a captured delivery replayed later fails the replay window; several `v1=` entries may be sent
 * while a secret is rotated, and the receiver accepts any that verifies. Used for the generic inbound webhooks
 * (orders, payments) and for every status webhook Crossgate sends to a storefront.
 */
export const SIGNATURE_HEADER = 'Crossgate-Signature';
export const DEFAULT_TOLERANCE_SECONDS = 300;

export const hmacSha256 = (secret: string | Buffer, data: string | Uint8Array): Buffer =>
  createHmac('sha256', secret).update(data).digest();

/** Constant-time equality of two byte strings (false, without comparing, when the lengths differ). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

const unixSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

function signedBytes(timestamp: number, body: string | Uint8Array): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  return Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), b]);
}

/** The header value signing `body` at `at` with one secret, or several during a rotation. */
export function signPayload(secrets: string | readonly string[], body: string | Uint8Array, at: Date): string {
  const t = unixSeconds(at);
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  return [`t=${t}`, ...list.map((s) => `v1=${hmacSha256(s, signedBytes(t, body)).toString('hex')}`)].join(',');
}

export type SignatureCheck =
  | { readonly ok: true; readonly timestamp: Date }
  | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'stale' | 'mismatch'; readonly message: string };

/** Parses `t=…,v1=…[,v1=…]`; unknown schemes (`v0=`) are ignored. */
function parseHeader(header: string): { t: number; v1: Buffer[] } | undefined {
  let t: number | undefined;
  const v1: Buffer[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 't' && v !== undefined && /^\d{1,12}$/.test(v)) t = Number(v);
    else if (k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/i.test(v)) v1.push(Buffer.from(v, 'hex'));
  }
  return t === undefined || v1.length === 0 ? undefined : { t, v1 };
}

/**
 * Verifies a `Crossgate-Signature` header over the raw body: the timestamp must be within `toleranceSeconds` of
 * `now` (either side) and one `v1` must equal the HMAC under one of the secrets (constant-time comparison).
 */
export function verifyPayloadSignature(
  header: string | undefined,
  body: string | Uint8Array,
  secrets: string | readonly string[],
  options: { readonly now: Date; readonly toleranceSeconds?: number },
): SignatureCheck {
  if (header === undefined || header.trim() === '') return { ok: false, reason: 'missing', message: `no ${SIGNATURE_HEADER} header` };
  const parsed = parseHeader(header);
  if (!parsed) return { ok: false, reason: 'malformed', message: `${SIGNATURE_HEADER} must be "t=<unix seconds>,v1=<hex>"` };
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const age = unixSeconds(options.now) - parsed.t;
  if (Math.abs(age) > tolerance) {
    return { ok: false, reason: 'stale', message: `the signed timestamp is ${age} s away from now; at most ${tolerance} s are accepted` };
  }
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  const data = signedBytes(parsed.t, body);
  const matches = list.some((s) => {
    const expected = hmacSha256(s, data);
    return parsed.v1.some((given) => sameBytes(given, expected));
  });
  return matches
    ? { ok: true, timestamp: new Date(parsed.t * 1000) }
    : { ok: false, reason: 'mismatch', message: 'no signature matches the body under the configured secret' };
}
