import { z } from 'zod';
import type { TrackingStatus } from '../sdk/index.js';
import { bodyBytes, headerOf, hmacSha256, type InboundRequest, PARTNER_CODES, type PartnerResult, partnerFail, partnerOk, sameBytes } from '../sdk/index.js';

/**
 * Tracking events arrive in EasyPost's webhook format (EasyPost tracks most postal operators, China EMS
 * included): an `Event` object whose `description` is `tracker.created` / `tracker.updated` and whose `result` is
 * the `Tracker` (tracking_code, status, tracking_details[]). Authentication: `X-Hmac-Signature:
 * hmac-sha256-hex=<hex HMAC-SHA256 of the raw body>` under the webhook secret, NFKD-normalised as EasyPost's client
 * libraries do. EasyPost signs no timestamp: a replay is caught by de-duplicating on the event id.
 * Source: docs.easypost.com/guides/webhooks-guide (events, HMAC validation), EasyPost Tracker statuses.
 */
export const SIGNATURE_HEADER = 'X-Hmac-Signature';

/** EasyPost tracker statuses → canonical tracking statuses. */
export const STATUS_MAP: Readonly<Record<string, TrackingStatus>> = {
  pre_transit: 'pre-transit',
  in_transit: 'in-transit',
  out_for_delivery: 'out-for-delivery',
  available_for_pickup: 'available-for-pickup',
  delivered: 'delivered',
  return_to_sender: 'returned',
  failure: 'failure',
  error: 'failure',
  cancelled: 'cancelled',
  unknown: 'unknown',
};

const location = z
  .object({ city: z.string().nullish(), state: z.string().nullish(), country: z.string().nullish(), zip: z.string().nullish() })
  .nullish();

export const trackerEvent = z.object({
  id: z.string().min(1),
  object: z.literal('Event'),
  description: z.string(),
  created_at: z.string(),
  result: z.object({
    object: z.literal('Tracker'),
    tracking_code: z.string().min(1),
    status: z.string(),
    carrier: z.string().nullish(),
    tracking_details: z
      .array(
        z.object({
          message: z.string().nullish(),
          description: z.string().nullish(),
          status: z.string(),
          datetime: z.string(),
          tracking_location: location,
        }),
      )
      .default([]),
  }),
});

export type TrackerEvent = z.output<typeof trackerEvent>;

export const easypostSignature = (secret: string, body: Uint8Array): string =>
  `hmac-sha256-hex=${hmacSha256(Buffer.from(secret.normalize('NFKD'), 'utf8'), body).toString('hex')}`;

export function verifyTrackingSignature(request: InboundRequest, secret: string, partner: string): PartnerResult<true> {
  const given = headerOf(request, SIGNATURE_HEADER);
  if (given === undefined || given.trim() === '') return partnerFail(partner, PARTNER_CODES.signatureMissing, 'permanent', `no ${SIGNATURE_HEADER} header`);
  const expected = easypostSignature(secret, bodyBytes(request));
  return sameBytes(Buffer.from(given.trim().toLowerCase(), 'utf8'), Buffer.from(expected, 'utf8'))
    ? partnerOk(true)
    : partnerFail(partner, PARTNER_CODES.signatureInvalid, 'permanent', `${SIGNATURE_HEADER} does not match the body under the webhook secret`);
}

export const placeOf = (l: NonNullable<TrackerEvent['result']['tracking_details'][number]['tracking_location']>) =>
  [l.city, l.state, l.country].filter((x): x is string => typeof x === 'string' && x !== '').join(', ') || undefined;
