import { createHash } from 'node:crypto';
import { bodyBytes, headerOf, hmacSha256, type InboundRequest, PARTNER_CODES, type PartnerResult, partnerFail, partnerOk, sameBytes } from '../sdk/index.js';

/** Shopify's webhook headers (case-insensitive on the wire). */
export const SHOPIFY_HEADERS = {
  hmac: 'X-Shopify-Hmac-Sha256',
  topic: 'X-Shopify-Topic',
  shop: 'X-Shopify-Shop-Domain',
  webhookId: 'X-Shopify-Webhook-Id',
  eventId: 'X-Shopify-Event-Id',
  triggeredAt: 'X-Shopify-Triggered-At',
  apiVersion: 'X-Shopify-API-Version',
  test: 'X-Shopify-Test',
} as const;

/**
 * Shopify's webhook authentication: `X-Shopify-Hmac-Sha256` is the base64 HMAC-SHA256 of the raw body under the
 * app's client secret. The header is decoded and compared with the expected digest in constant time. The shop
 * header must name the configured shop. Shopify signs no timestamp: replays are caught by de-duplicating on
 * `X-Shopify-Event-Id` / `X-Shopify-Webhook-Id` (the event id returned to the workflow).
 */
export function verifyShopifyWebhook(
  request: InboundRequest,
  secret: string,
  shopDomain: string,
  partner: string,
): PartnerResult<{ readonly eventId: string }> {
  const given = headerOf(request, SHOPIFY_HEADERS.hmac);
  if (given === undefined || given.trim() === '') {
    return partnerFail(partner, PARTNER_CODES.signatureMissing, 'permanent', `no ${SHOPIFY_HEADERS.hmac} header`);
  }
  const body = bodyBytes(request);
  const expected = hmacSha256(secret, body);
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(given.trim()) ? Buffer.from(given.trim(), 'base64') : Buffer.alloc(0);
  if (!sameBytes(decoded, expected)) {
    return partnerFail(partner, PARTNER_CODES.signatureInvalid, 'permanent', `${SHOPIFY_HEADERS.hmac} does not match the body under the app secret`);
  }
  const shop = headerOf(request, SHOPIFY_HEADERS.shop);
  if (shop !== undefined && shop.toLowerCase() !== shopDomain) {
    return partnerFail(partner, 'webhook.shop_mismatch', 'permanent', `the webhook is from shop ${shop}, this connection is for ${shopDomain}`);
  }
  const eventId =
    headerOf(request, SHOPIFY_HEADERS.eventId) ??
    headerOf(request, SHOPIFY_HEADERS.webhookId) ??
    `sha256:${createHash('sha256').update(body).digest('hex')}`;
  return partnerOk({ eventId });
}
