import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { InboundRequest } from '../inbound.js';
import { type CarrierConnector, TRACKING_STATUSES, type TrackingStatus, type WaybillRequest } from '../kinds/carrier.js';
import {
  checkMetadata,
  checkSettings,
  checkSkips,
  type ContractOptions,
  contractCase,
  expectNoPersonalData,
  failureOf,
  garbage,
  tampered,
  successOf,
} from './common.js';

/** The parcel journeys a carrier's fixtures can report. */
export type TrackingFixtureState = 'in-transit' | 'out-for-delivery' | 'delivered' | 'returned';

export interface CarrierFixtures {
  readonly settings: unknown;
  readonly personalData: readonly string[];
  /** A waybill request for an order (consignee included). */
  waybillRequest(orderNo: string): WaybillRequest;
  /** Numbers of this carrier that must validate, and numbers that must not (bad check digit, shape, other carrier). */
  readonly validNumbers: readonly string[];
  readonly invalidNumbers: readonly string[];
  /**
   * A signed tracking webhook for `logisticsNo` in the carrier's own format, the tracker in `state`: in transit, out
   * for delivery, delivered, or returned to the sender. Each state is a different event (its own event id).
   */
  trackingWebhook(logisticsNo: string, state: TrackingFixtureState, at: Date): InboundRequest;
  forgedTracking(logisticsNo: string, at: Date): InboundRequest;
  unsignedTracking(logisticsNo: string, at: Date): InboundRequest;
  /** Correctly signed, not a tracking event in the carrier's format. */
  malformedTracking(at: Date): InboundRequest;
  /** A connector whose number range holds only `size` numbers. */
  withRangeOf(size: number): Promise<CarrierConnector>;
}

export const CARRIER_CASES = ['CA01', 'CA02', 'CA03', 'CA04', 'CA05', 'CA06', 'CA07', 'CA08', 'CA09', 'CA10', 'CA11', 'CA12', 'CA13', 'CA14'] as const;

/** The canonical status each fixture state must read as. */
const STATUS_OF_STATE: Readonly<Record<TrackingFixtureState, TrackingStatus>> = {
  'in-transit': 'in-transit',
  'out-for-delivery': 'out-for-delivery',
  delivered: 'delivered',
  returned: 'returned',
};

/**
 * The carrier contract: CA01 shape; CA02–06 waybill numbers (allocation, idempotency, uniqueness, validation,
 * exhaustion); CA07–14 tracking in (what the hub's delivery state and timeline are built from) and the CEB513
 * delivery status out.
 */
export function runCarrierContract(options: ContractOptions<CarrierConnector, CarrierFixtures>): void {
  const { fixtures: fx, skip } = options;
  describe(`carrier contract: ${options.name}`, () => {
    let carrier: CarrierConnector;
    const now = new Date('2025-03-04T08:00:00.000Z');
    beforeAll(async () => {
      carrier = await options.create();
    });
    afterAll(async () => options.teardown?.());

    checkSkips(skip, CARRIER_CASES);

    contractCase(skip, 'CA01', 'metadata and settings schema follow the rules', () => {
      checkMetadata(carrier.metadata, 'carrier');
      expect(carrier.metadata).toEqual(options.definition.metadata);
      checkSettings(options.definition.settings, fx.settings);
    });

    contractCase(skip, 'CA02', 'an allocated waybill number is valid, and the CEB511 waybill and label carry it', async () => {
      const request = fx.waybillRequest('CA02-ORDER');
      const w = successOf(await carrier.allocateWaybill(request));
      expect(w.fresh).toBe(true);
      expect(successOf(carrier.validateWaybillNo(w.logisticsNo))).toBe(w.logisticsNo);
      expect(w.waybill).toMatchObject({ logisticsNo: w.logisticsNo, orderNo: 'CA02-ORDER', consignee: request.consignee });
      expect(w.waybill.logisticsCode).toMatch(/^[0-9A-Z]{1,18}$/);
      expect(w.label).toMatchObject({ logisticsNo: w.logisticsNo, orderNo: 'CA02-ORDER', barcode: { value: w.logisticsNo }, recipient: request.consignee });
      expect(carrier.label(w.waybill)).toEqual(w.label);
    });

    contractCase(skip, 'CA03', 'the same order always gets the same number', async () => {
      const a = successOf(await carrier.allocateWaybill(fx.waybillRequest('CA03-ORDER')));
      const b = successOf(await carrier.allocateWaybill(fx.waybillRequest('CA03-ORDER')));
      expect(b.logisticsNo).toBe(a.logisticsNo);
      expect(b.fresh).toBe(false);
    });

    contractCase(skip, 'CA04', 'concurrent orders get distinct valid numbers', async () => {
      const all = await Promise.all(Array.from({ length: 25 }, (_, i) => carrier.allocateWaybill(fx.waybillRequest(`CA04-${i}`))));
      const numbers = all.map((r) => successOf(r).logisticsNo);
      expect(new Set(numbers).size).toBe(25);
      for (const n of numbers) expect(carrier.validateWaybillNo(n).ok).toBe(true);
    });

    contractCase(skip, 'CA05', 'known-good numbers validate; bad ones are refused permanently', () => {
      for (const n of fx.validNumbers) expect(carrier.validateWaybillNo(n).ok, n).toBe(true);
      for (const n of fx.invalidNumbers) expect(failureOf(carrier.validateWaybillNo(n)), n).toMatchObject({ code: 'waybill.invalid_number', disposition: 'permanent' });
    });

    contractCase(skip, 'CA06', 'a used-up number range needs a person, and never repeats a number', async () => {
      const small = await fx.withRangeOf(2);
      const a = successOf(await small.allocateWaybill(fx.waybillRequest('CA06-1')));
      const b = successOf(await small.allocateWaybill(fx.waybillRequest('CA06-2')));
      expect(a.logisticsNo).not.toBe(b.logisticsNo);
      expect(failureOf(await small.allocateWaybill(fx.waybillRequest('CA06-3')))).toMatchObject({ code: 'waybill.range_exhausted', disposition: 'needs-human' });
      expect(successOf(await small.allocateWaybill(fx.waybillRequest('CA06-1'))).logisticsNo).toBe(a.logisticsNo);
    });

    contractCase(skip, 'CA07', 'a delivered tracking event gives the CEB513 status: signed for (S), China time', async () => {
      const no = successOf(await carrier.allocateWaybill(fx.waybillRequest('CA07-ORDER'))).logisticsNo;
      const update = successOf(await carrier.receiveTracking(fx.trackingWebhook(no, 'delivered', now)));
      expect(update).toMatchObject({ logisticsNo: no, status: 'delivered' });
      expect(update.deliveredAt).toBeDefined();
      const times = update.events.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((x, y) => x - y));
      const status = carrier.deliveryStatus(update);
      expect(status).toMatchObject({ logisticsNo: no, status: 'S' });
      expect(status?.time).toMatch(/^\d{14}$/);
      expect(status?.logisticsCode).toMatch(/^[0-9A-Z]{1,18}$/);
    });

    contractCase(skip, 'CA08', 'a parcel still in transit has no delivery status', async () => {
      const no = successOf(await carrier.allocateWaybill(fx.waybillRequest('CA08-ORDER'))).logisticsNo;
      const update = successOf(await carrier.receiveTracking(fx.trackingWebhook(no, 'in-transit', now)));
      expect(update.status).not.toBe('delivered');
      expect(carrier.deliveryStatus(update)).toBeUndefined();
    });

    contractCase(skip, 'CA09', 'forged, tampered and unsigned tracking webhooks are refused', async () => {
      const no = fx.validNumbers[0] as string;
      for (const r of [fx.forgedTracking(no, now), tampered(fx.trackingWebhook(no, 'delivered', now))]) {
        expect(failureOf(await carrier.receiveTracking(r))).toMatchObject({ code: 'webhook.signature_invalid', disposition: 'permanent' });
      }
      expect(failureOf(await carrier.receiveTracking(fx.unsignedTracking(no, now)))).toMatchObject({ code: 'webhook.signature_missing' });
    });

    contractCase(skip, 'CA10', 'unreadable events, and events for numbers that are not this carrier’s, are refused', async () => {
      expect(failureOf(await carrier.receiveTracking(fx.malformedTracking(now)))).toMatchObject({ code: 'webhook.payload_invalid', disposition: 'permanent' });
      const bad = fx.invalidNumbers[0] as string;
      expect(failureOf(await carrier.receiveTracking(fx.trackingWebhook(bad, 'delivered', now)))).toMatchObject({ code: 'waybill.invalid_number', disposition: 'permanent' });
    });

    contractCase(skip, 'CA11', 'the same tracking event twice gives the same event id', async () => {
      const no = fx.validNumbers[0] as string;
      const a = successOf(await carrier.receiveTracking(fx.trackingWebhook(no, 'in-transit', now)));
      const b = successOf(await carrier.receiveTracking(fx.trackingWebhook(no, 'in-transit', now)));
      expect(b.eventId).toBe(a.eventId);
    });

    contractCase(skip, 'CA13', 'in transit, out for delivery, delivered and returned read as such; only delivered gives a CEB513 status', async () => {
      const no = successOf(await carrier.allocateWaybill(fx.waybillRequest('CA13-ORDER'))).logisticsNo;
      const ids = new Set<string>();
      for (const [state, status] of Object.entries(STATUS_OF_STATE) as [TrackingFixtureState, TrackingStatus][]) {
        const update = successOf(await carrier.receiveTracking(fx.trackingWebhook(no, state, now)));
        expect({ state, status: update.status, logisticsNo: update.logisticsNo }).toEqual({ state, status, logisticsNo: no });
        ids.add(update.eventId);
        if (state === 'delivered') continue;
        expect(carrier.deliveryStatus(update), state).toBeUndefined();
        expect(update.deliveredAt, state).toBeUndefined();
      }
      expect(ids.size, 'each tracking event has its own event id').toBe(Object.keys(STATUS_OF_STATE).length);
    });

    contractCase(skip, 'CA14', 'tracking events are canonical: known statuses, ISO times oldest first, the number as validateWaybillNo gives it', async () => {
      for (const printed of fx.validNumbers) {
        const no = successOf(carrier.validateWaybillNo(printed));
        for (const state of Object.keys(STATUS_OF_STATE) as TrackingFixtureState[]) {
          const update = successOf(await carrier.receiveTracking(fx.trackingWebhook(printed, state, now)));
          expect(update.logisticsNo).toBe(no);
          expect(update.eventId.trim()).not.toBe('');
          expect(TRACKING_STATUSES).toContain(update.status);
          expect(update.events.length, state).toBeGreaterThan(0);
          for (const e of update.events) {
            expect(TRACKING_STATUSES).toContain(e.status);
            expect(e.partnerStatus.trim()).not.toBe('');
            expect(Number.isNaN(Date.parse(e.at)), `${state}: ${e.at}`).toBe(false);
          }
          const times = update.events.map((e) => Date.parse(e.at));
          expect(times).toEqual([...times].sort((x, y) => x - y));
          if (update.deliveredAt !== undefined) expect(Number.isNaN(Date.parse(update.deliveredAt))).toBe(false);
        }
      }
    });

    contractCase(skip, 'CA12', 'errors carry no personal data, and receiving never throws', async () => {
      const junk: InboundRequest[] = [{ headers: {}, rawBody: '', receivedAt: now }, garbage(fx.trackingWebhook(fx.validNumbers[0] as string, 'delivered', now))];
      for (const r of junk) expect((await carrier.receiveTracking(r)).ok).toBe(false);
      const e = failureOf(await carrier.allocateWaybill({ ...fx.waybillRequest(''), orderNo: '' }));
      expectNoPersonalData(e, fx.personalData);
    });
  });
}
