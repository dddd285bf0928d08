import type { HttpClient } from './http-client.js';
import { type PartnerResult, partnerOk } from './partner-result.js';
import { SIGNATURE_HEADER, signPayload } from './webhook-signature.js';

/**
 * A webhook Crossgate sends to a partner (status back to a storefront): built and signed by the connector, handed
 * to the workflow as data, which logs it, delivers it (retrying with backoff on `retryable`) and records each
 * attempt. `id` is stable for the same event, so a receiver can drop a repeat after a crash-and-retry.
 */
export interface OutboundWebhook {
  /** The event id, also sent as `Crossgate-Event-Id`. */
  readonly id: string;
  readonly url: string;
  readonly method: 'POST';
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, exactly the bytes that are signed and sent. */
  readonly body: string;
  readonly signedAt: string;
}

/** One delivery attempt that the receiver accepted (2xx). */
export interface WebhookDelivery {
  readonly id: string;
  readonly url: string;
  readonly status: number;
  readonly durationMs: number;
  readonly deliveredAt: string;
}

export const EVENT_ID_HEADER = 'Crossgate-Event-Id';

export function buildSignedWebhook(input: {
  readonly id: string;
  readonly url: string;
  readonly payload: unknown;
  readonly secrets: string | readonly string[];
  readonly at: Date;
  readonly userAgent: string;
}): OutboundWebhook {
  const body = JSON.stringify(input.payload);
  return {
    id: input.id,
    url: input.url,
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': input.userAgent,
      [EVENT_ID_HEADER.toLowerCase()]: input.id,
      [SIGNATURE_HEADER.toLowerCase()]: signPayload(input.secrets, body, input.at),
    },
    body,
    signedAt: input.at.toISOString(),
  };
}

/**
 * Sends a webhook once, signed afresh at `now` (a retry hours later must still pass the receiver's replay window);
 * the body and id do not change between attempts.
 */
export async function deliverWebhook(
  http: HttpClient,
  webhook: OutboundWebhook,
  secrets: string | readonly string[],
  now: Date,
): Promise<PartnerResult<WebhookDelivery>> {
  const headers = { ...webhook.headers, [SIGNATURE_HEADER.toLowerCase()]: signPayload(secrets, webhook.body, now) };
  const r = await http.request({ method: 'POST', url: webhook.url, headers, body: webhook.body });
  if (!r.ok) return r;
  return partnerOk({ id: webhook.id, url: webhook.url, status: r.value.status, durationMs: r.value.durationMs, deliveredAt: now.toISOString() });
}
