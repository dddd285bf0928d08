import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryNumberRanges } from '../../storage/memory/number-ranges.memory.js';
import { runCarrierContract, type TrackingFixtureState } from '../sdk/contracts/carrier.contract.js';
import type { InboundRequest } from '../sdk/index.js';
import { s10PostCarrier } from './connector.js';
import { parseS10, s10CheckDigit, s10Identifier } from './s10.js';
import { easypostSignature, type TrackerEvent } from './tracking.js';

const SECRET = 'whsec_tracking_test_0123456789';
const template = JSON.parse(readFileSync(new URL('./samples/tracker-updated.delivered.json', import.meta.url), 'utf8')) as TrackerEvent;

const settings = (over: Record<string, unknown> = {}) => ({
  logisticsCode: '3301960004',
  logisticsName: 'Demo Express 示范物流',
  serviceIndicator: 'EA',
  countryCode: 'CN',
  serialFirst: 10_000_000,
  serialLast: 10_999_999,
  sender: { name: 'Demo Bonded Warehouse 示范保税仓', address: '浙江省宁波市北仑区保税南区1号', telephone: '0574-12345678' },
  webhookSecret: SECRET,
  ...over,
});

const consignee = { name: '张晓明', telephone: '13812345678', address: '浙江省杭州市西湖区文三路90号' };

/** The sample tracker, cut back to `state` (returned: back at the sender's after the delivery attempt). */
function trackerEventJson(no: string, state: TrackingFixtureState, id = `evt_${no.replace(/\s/g, '')}_${state}`): string {
  const e = structuredClone(template) as TrackerEvent & { result: { status: string } };
  e.result.tracking_code = no;
  e.id = id;
  const details = e.result.tracking_details;
  if (state === 'in-transit') {
    e.result.status = 'in_transit';
    e.result.tracking_details = details.slice(0, 2);
  } else if (state === 'out-for-delivery') {
    e.result.status = 'out_for_delivery';
    e.result.tracking_details = details.slice(0, 3);
  } else if (state === 'returned') {
    const attempt = details[2] as (typeof details)[number];
    e.result.status = 'return_to_sender';
    e.result.tracking_details = [
      ...details.slice(0, 3),
      { ...attempt, message: 'Returned to sender: refused', status: 'return_to_sender', datetime: '2025-03-05T03:00:00Z' },
    ];
  }
  return JSON.stringify(e);
}
const event = (no: string, state: TrackingFixtureState) => trackerEventJson(no, state);
const signed = (raw: string, at: Date, secret = SECRET): InboundRequest => ({
  headers: { 'content-type': 'application/json', 'X-Hmac-Signature': easypostSignature(secret, Buffer.from(raw)) },
  rawBody: raw,
  receivedAt: at,
});

runCarrierContract({
  name: 's10-post',
  definition: s10PostCarrier,
  create: async () => s10PostCarrier.fromSettings(settings(), { numbers: memoryNumberRanges() }),
  fixtures: {
    settings: settings(),
    personalData: ['13812345678', '张晓明', '文三路90号'],
    waybillRequest: (orderNo) => ({ orderNo, consignee, weightKg: '1.5', freight: '10.00', goodsInfo: '奶粉;腰果' }),
    validNumbers: ['EA100000003CN', 'ea 123 456 785 cn'],
    invalidNumbers: ['EA100000004CN', 'RR473124829GB', 'EA12345678CN', 'CGX0000000001', ''],
    trackingWebhook: (no, state, at) => signed(event(no, state), at),
    forgedTracking: (no, at) => signed(event(no, 'delivered'), at, 'whsec_not_the_tracker_0000'),
    unsignedTracking: (no, at) => ({ headers: {}, rawBody: event(no, 'delivered'), receivedAt: at }),
    malformedTracking: (at) => signed(JSON.stringify({ id: 'evt_1', object: 'Event', description: 'tracker.updated', result: { tracking_code: 3 } }), at),
    withRangeOf: async (size) => s10PostCarrier.fromSettings(settings({ serialFirst: 20_000_000, serialLast: 20_000_000 + size - 1 }), { numbers: memoryNumberRanges() }),
  },
});

describe('UPU S10 numbers', () => {
  it('computes the check digit as the standard does (worked example RR473124829GB)', () => {
    expect(s10CheckDigit('47312482')).toBe(9);
    expect(s10Identifier('RR', 47_312_482, 'GB')).toBe('RR473124829GB');
    expect(s10Identifier('EA', 12_345_678, 'CN')).toBe('EA123456785CN');
  });

  it('maps a remainder of 0 to 5 and of 1 to 0', () => {
    const bySum = (digits: string) => [8, 6, 4, 2, 3, 5, 9, 7].reduce((a, w, i) => a + w * Number(digits[i]), 0) % 11;
    const zero = Array.from({ length: 200 }, (_, i) => String(i).padStart(8, '0')).find((s) => bySum(s) === 0) as string;
    const one = Array.from({ length: 200 }, (_, i) => String(i).padStart(8, '0')).find((s) => bySum(s) === 1) as string;
    expect(s10CheckDigit(zero)).toBe(5);
    expect(s10CheckDigit(one)).toBe(0);
  });

  it('reads printed numbers with spaces and lower case, and says why a number is wrong', () => {
    expect(parseS10(' ea 100 000 003 cn ').normalised).toBe('EA100000003CN');
    expect(parseS10('EA100000004CN').problem).toContain('check digit');
  });
});

describe('s10-post: waybill, label and CEB513', () => {
  const carrier = s10PostCarrier.fromSettings(settings(), { numbers: memoryNumberRanges() });

  it('gives the CEB511 waybill with freight in yuan and the label with the sender', async () => {
    const r = await carrier.allocateWaybill({ orderNo: 'GJ2025030100000001', consignee, weightKg: '1.5', freight: '10.00' });
    expect(r.ok && r.value).toMatchObject({
      logisticsNo: 'EA100000003CN',
      waybill: { logisticsCode: '3301960004', logisticsName: 'Demo Express 示范物流', freight: '10.00', currency: '142', weight: '1.5' },
      label: { service: 'EMS', sender: { name: 'Demo Bonded Warehouse 示范保税仓' }, weightKg: '1.5' },
    });
  });

  it('reports the delivery of the sample event at 2025-03-04 15:58:31 China time', async () => {
    const raw = readFileSync(new URL('./samples/tracker-updated.delivered.json', import.meta.url));
    const r = await carrier.receiveTracking({ headers: { 'x-hmac-signature': easypostSignature(SECRET, raw) }, rawBody: new Uint8Array(raw), receivedAt: new Date() });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.events.map((e) => e.status)).toEqual(['pre-transit', 'in-transit', 'out-for-delivery', 'delivered']);
    expect(carrier.deliveryStatus(r.value)).toEqual({
      logisticsCode: '3301960004',
      logisticsName: 'Demo Express 示范物流',
      logisticsNo: 'EA100000003CN',
      status: 'S',
      time: '20250304155831',
      note: 'delivered and signed for',
    });
  });

  it('refuses a range whose first serial is after its last', () => {
    expect(() => s10PostCarrier.fromSettings(settings({ serialFirst: 5, serialLast: 4 }), { numbers: memoryNumberRanges() })).toThrow(/serialLast/);
  });
});
