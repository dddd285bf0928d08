import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appErrorOf } from './to-app-error.js';
import { partnerError } from './partner-result.js';
import { signPayload, verifyPayloadSignature } from './webhook-signature.js';

describe('Crossgate-Signature', () => {
  const at = new Date('2025-03-01T02:00:00Z');
  const body = '{"id":"evt_1"}';

  it('is t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">', () => {
    const expected = createHmac('sha256', 'secret').update(`1740794400.${body}`).digest('hex');
    expect(signPayload('secret', body, at)).toBe(`t=1740794400,v1=${expected}`);
  });

  it('verifies within the window on either side, and refuses outside it', () => {
    const header = signPayload('secret', body, at);
    expect(verifyPayloadSignature(header, body, 'secret', { now: new Date(at.getTime() + 299_000) }).ok).toBe(true);
    expect(verifyPayloadSignature(header, body, 'secret', { now: new Date(at.getTime() - 299_000) }).ok).toBe(true);
    expect(verifyPayloadSignature(header, body, 'secret', { now: new Date(at.getTime() + 301_000) })).toMatchObject({ ok: false, reason: 'stale' });
  });

  it('refuses missing, malformed and mismatching signatures', () => {
    expect(verifyPayloadSignature(undefined, body, 'secret', { now: at })).toMatchObject({ reason: 'missing' });
    expect(verifyPayloadSignature('v1=abc', body, 'secret', { now: at })).toMatchObject({ reason: 'malformed' });
    expect(verifyPayloadSignature(signPayload('other', body, at), body, 'secret', { now: at })).toMatchObject({ reason: 'mismatch' });
    expect(verifyPayloadSignature(signPayload('secret', body, at), `${body} `, 'secret', { now: at })).toMatchObject({ reason: 'mismatch' });
  });

  it('accepts any of several secrets and any of several v1 values (rotation)', () => {
    expect(verifyPayloadSignature(signPayload(['new', 'old'], body, at), body, 'old', { now: at }).ok).toBe(true);
    expect(verifyPayloadSignature(signPayload('old', body, at), body, ['new', 'old'], { now: at }).ok).toBe(true);
  });
});

describe('partner errors at the HTTP edge', () => {
  it('maps to the catalogue: inbound 401/400, outbound 503/409/502', () => {
    const e = (code: string, disposition: 'retryable' | 'permanent' | 'needs-human') => partnerError('storefront/x', code, disposition, 'm');
    expect(appErrorOf(e('webhook.signature_invalid', 'permanent'), 'inbound')).toMatchObject({ code: 'connector.webhook_unauthenticated', status: 401 });
    expect(appErrorOf(e('webhook.payload_invalid', 'permanent'), 'inbound')).toMatchObject({ code: 'connector.webhook_invalid', status: 400 });
    expect(appErrorOf(e('partner.timeout', 'retryable'), 'outbound')).toMatchObject({ code: 'connector.partner_unavailable', status: 503 });
    expect(appErrorOf(e('stock.insufficient', 'needs-human'), 'outbound')).toMatchObject({ code: 'connector.needs_attention', status: 409 });
    expect(appErrorOf(e('partner.rejected', 'permanent'), 'outbound')).toMatchObject({ code: 'connector.partner_rejected', status: 502 });
  });
});
