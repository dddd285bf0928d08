import { createHash } from 'node:crypto';
import type { OrderStatusUpdate } from './kinds/storefront.js';
import { buildSignedWebhook, type OutboundWebhook } from './outbound-webhook.js';
import { redactText } from './redaction.js';

/**
 * The status webhook every storefront connector sends (documented with the generic JSON connector's README):
 *
 *   POST <notifyUrl>
 *   Content-Type: application/json; charset=utf-8
 *   Crossgate-Event-Id: evt_…
 *   Crossgate-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(notifySecret, "<t>.<body>")>
 *
 *   {"id":"evt_…","type":"order.status","createdAt":"…","data":{"orderNo","partnerOrderId","status","reason",
 *    "logisticsNo","carrier"}}
 *
 * The id is derived from order, status and time, so the same update always has the same id and body: a receiver
 * drops a repeat by id. No personal data is ever part of it.
 */
export const STATUS_EVENT_TYPE = 'order.status';

export function statusEventId(update: OrderStatusUpdate): string {
  const digest = createHash('sha256').update(`${update.orderNo}\u0000${update.status}\u0000${update.at.toISOString()}`).digest('hex');
  return `evt_${digest.slice(0, 32)}`;
}

export function statusWebhook(
  update: OrderStatusUpdate,
  target: { readonly url: string; readonly secrets: string | readonly string[]; readonly at: Date; readonly userAgent: string },
): OutboundWebhook {
  const id = statusEventId(update);
  const data = {
    orderNo: update.orderNo,
    ...(update.partnerOrderId !== undefined && { partnerOrderId: update.partnerOrderId }),
    status: update.status,
    ...(update.reason && { reason: { code: update.reason.code, message: redactText(update.reason.message) } }),
    ...(update.logisticsNo !== undefined && { logisticsNo: update.logisticsNo }),
    ...(update.carrier !== undefined && { carrier: update.carrier }),
  };
  return buildSignedWebhook({
    id,
    url: target.url,
    payload: { id, type: STATUS_EVENT_TYPE, createdAt: update.at.toISOString(), data },
    secrets: target.secrets,
    at: target.at,
    userAgent: target.userAgent,
  });
}
