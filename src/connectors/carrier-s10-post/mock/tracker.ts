import { easypostSignature, SIGNATURE_HEADER } from '../tracking.js';

/**
 * A tracking service posting EasyPost `tracker.updated` events for a parcel, signed with `X-Hmac-Signature` as
 * the connector expects (`../README.md`): for the demo and the hub's tests. The journey leads up to `at`, the
 * time of its latest event: accepted at the warehouse (3 days before), departed (2 days before), out for delivery
 * (6 hours before), then delivered or returned to the sender at `at`.
 */
export type TrackerState = 'in-transit' | 'out-for-delivery' | 'delivered' | 'returned';

const HOUR = 3_600_000;
const STATUS: Readonly<Record<TrackerState, string>> = {
  'in-transit': 'in_transit',
  'out-for-delivery': 'out_for_delivery',
  delivered: 'delivered',
  returned: 'return_to_sender',
};

const detail = (status: string, message: string, at: Date, city: string) => ({
  object: 'TrackingDetail',
  message,
  description: '',
  status,
  datetime: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  source: 'ChinaEMS',
  tracking_location: { object: 'TrackingLocation', city, state: 'ZJ', country: 'CN', zip: null },
});

export function trackerEvent(logisticsNo: string, state: TrackerState, options: { readonly at: Date; readonly id?: string }): string {
  const t = options.at.getTime();
  const details = [
    detail('pre_transit', 'Accepted at the bonded warehouse', new Date(t - 72 * HOUR), 'NINGBO'),
    detail('in_transit', 'Released by customs, departed the bonded zone', new Date(t - 48 * HOUR), 'NINGBO'),
  ];
  if (state !== 'in-transit') details.push(detail('out_for_delivery', 'Out for delivery', new Date(t - 6 * HOUR), 'HANGZHOU'));
  if (state === 'delivered') details.push(detail('delivered', 'Delivered, signed for by the recipient', options.at, 'HANGZHOU'));
  if (state === 'returned') details.push(detail('return_to_sender', 'Returned to sender: refused', options.at, 'HANGZHOU'));
  const stamp = options.at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return JSON.stringify({
    id: options.id ?? `evt_${logisticsNo}_${state}`,
    object: 'Event',
    mode: 'production',
    description: 'tracker.updated',
    created_at: stamp,
    updated_at: stamp,
    result: {
      id: `trk_${logisticsNo}`,
      object: 'Tracker',
      mode: 'production',
      tracking_code: logisticsNo,
      status: STATUS[state],
      carrier: 'ChinaEMS',
      tracking_details: details,
    },
  });
}

/** The event as posted: body and headers, signed under the webhook secret. */
export function signedTrackerEvent(
  secret: string,
  logisticsNo: string,
  state: TrackerState,
  options: { readonly at: Date; readonly id?: string },
): { readonly body: string; readonly headers: Readonly<Record<string, string>> } {
  const body = trackerEvent(logisticsNo, state, options);
  return { body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER.toLowerCase()]: easypostSignature(secret, Buffer.from(body, 'utf8')) } };
}
