import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-store.js';
import { signedTrackerEvent, type TrackerState } from '../../connectors/carrier-s10-post/mock/tracker.js';
import { s10Identifier } from '../../connectors/carrier-s10-post/s10.js';
import { easypostSignature } from '../../connectors/carrier-s10-post/tracking.js';
import type { DealRecord, DeclarationRecord } from '../../ports/hub.port.js';
import { buildDeal, type DealDocuments } from '../../workflows/demo/synthetic-deal.js';
import { DEFAULT_SINGLE_WINDOW_POLICY } from '../../workflows/single-window/index.js';
import { createTariffService } from '../../workflows/tariff/tariff-cache.js';
import { loadConfig } from '../config.js';
import { sendDeal } from './demo-run.js';
import { type DemoHub, startDemoHub } from './demo-hub.js';
import { DEMO_SECRETS } from './hub-world.js';

/**
 * Carrier tracking through the hub over real HTTP: the postal carrier's signed tracking webhooks (EasyPost events)
 * for a released deal move its delivery state and timeline; delivered, the storefront hears `delivered` and the
 * hub files the delivery status (CEB513, signed by the logistics party) to the single window once, even when the
 * carrier sends the event twice; customs accepts it (CEB514 120) and closes the inventory (899).
 */
let db: TestDatabase;
let demo: DemoHub;
const at = new Date();

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function api(method: 'GET' | 'POST', path: string, body?: unknown, key = demo.world.owner.apiKey) {
  const res = await fetch(new URL(path, demo.platform.url), {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

interface Posted {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

async function postTracking(hook: { body: string; headers: Readonly<Record<string, string>> }, connectionId = demo.world.connections.carrier.id): Promise<Posted> {
  const res = await fetch(new URL(`/v1/hub/carrier/${connectionId}/webhook`, demo.platform.url), { method: 'POST', headers: { ...hook.headers }, body: hook.body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const track = (logisticsNo: string, state: TrackerState, id?: string) =>
  postTracking(signedTrackerEvent(DEMO_SECRETS.carrierWebhook, logisticsNo, state, { at, ...(id && { id }) }));

const dealOf = (orderNo: string) => demo.platform.store.hubDeals.byOrder(demo.world.parties.ebp.code, demo.world.parties.ebc.code, orderNo);
const settled = (orderNo: string, status: string) =>
  until<DealRecord>(`${orderNo} to be ${status}`, async () => {
    const d = await dealOf(orderNo);
    return d?.status === status ? d : undefined;
  });
const declaration = (dealId: string, type: string, status: string) =>
  until<DeclarationRecord>(`${type} of ${dealId} to be ${status}`, async () =>
    (await demo.platform.store.hubDeclarations.byDeal(dealId)).find((x) => x.type === type && x.status === status),
  );

async function deal(n: number): Promise<DealDocuments> {
  return buildDeal(n, demo.world.parties, await createTariffService(demo.platform.store).lookup(), at);
}

/** The single window's receipts to a party (read through its API; reading does not consume them). */
async function receiptsOf(role: 'logistics' | 'ebc'): Promise<{ messageType: string; returnStatus: string; xml: string }[]> {
  const page = await api('GET', '/v1/single-window/receipts?since=0&limit=500', undefined, demo.world.apiKeys[role] ?? '');
  expect(page.status).toBe(200);
  return page.body['items'] as { messageType: string; returnStatus: string; xml: string }[];
}

beforeAll(async () => {
  db = await createTestDatabase();
  const config = loadConfig({ ...db.env, PORT: '0', HOST: '127.0.0.1', CROSSGATE_DROP_DIR: 'off', CROSSGATE_DEMO: 'on' });
  demo = await startDemoHub(config, {
    singleWindowPolicy: {
      ...DEFAULT_SINGLE_WINDOW_POLICY,
      risk: { seed: 'e2e', rules: [{ id: 'R-SHOES', description: 'leather footwear is reviewed', action: 'review', when: { kind: 'hs-prefix', prefixes: ['6403'] } }] },
    },
  });
});
afterAll(async () => {
  await demo?.close();
  await db?.dispose();
});

describe('carrier tracking and the delivery status (CEB513)', () => {
  it('moves a released deal to delivered and files CEB513 once, though the carrier sends the event twice', async () => {
    const d = await deal(2); // cashews and wine: released without review
    await sendDeal(demo.world, demo.platform.url, { n: 2, deal: d, flaw: undefined, route: 'generic' }, at);
    const released = await settled(d.order.orderNo, 'released');
    const no = released.logisticsNo ?? '';
    expect(no).toMatch(/^EA\d{9}CN$/);

    expect(await track(no, 'in-transit')).toMatchObject({ status: 202, body: { duplicate: false, dealId: released.id, deliveryState: 'in-transit' } });
    expect(await track(no, 'out-for-delivery')).toMatchObject({ status: 202, body: { deliveryState: 'out-for-delivery' } });
    // the carrier delivers the same event twice, at the same moment: one of them counts
    const both = await Promise.all([track(no, 'delivered'), track(no, 'delivered')]);
    const [delivered, again] = both[0].body['duplicate'] ? [both[1], both[0]] : both;
    expect(delivered).toMatchObject({ status: 202, body: { duplicate: false, dealId: released.id, deliveryState: 'delivered' } });
    expect(again).toMatchObject({ status: 202, body: { duplicate: true, dealId: released.id } });
    // the tracker updated again (a new event id, still delivered), and an older event arriving late: nothing moves back
    expect(await track(no, 'delivered', `evt_${no}_delivered_again`)).toMatchObject({ status: 202, body: { duplicate: false, deliveryState: 'delivered' } });
    expect(await track(no, 'in-transit', `evt_${no}_late`)).toMatchObject({ status: 202, body: { duplicate: false, deliveryState: 'delivered' } });

    const accepted = await declaration(released.id, 'CEB513', 'accepted');
    expect(accepted).toMatchObject({ declaredBy: 'hub', final: true, returnStatus: '120' });
    expect(accepted.hasXml).toBe(true);
    const sentXml = await demo.platform.store.hubDeclarations.xmlOf(accepted.id);
    expect(sentXml).toContain(`<ceb:logisticsNo>${no}</ceb:logisticsNo>`);
    expect(sentXml).toContain('<ceb:logisticsStatus>S</ceb:logisticsStatus>');
    expect(sentXml).toContain('ds:Signature');
    // customs closes the released inventory on the delivery status, and the hub follows it there
    await declaration(released.id, 'CEB621', 'closed');

    const detail = await api('GET', `/v1/deals/${released.id}`);
    expect(detail.status).toBe(200);
    const summary = detail.body['deal'] as { status: string; delivery: { state: string; deliveredAt: string | null } };
    expect(summary).toMatchObject({ status: 'released', delivery: { state: 'delivered', deliveredAt: new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString() } });
    const declarations = detail.body['declarations'] as { type: string }[];
    expect(declarations.filter((x) => x.type === 'CEB513')).toHaveLength(1);
    const kinds = (detail.body['timeline'] as { kind: string }[]).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['tracking.in-transit', 'delivery.in-transit', 'delivery.out-for-delivery', 'tracking.delivered', 'delivery.delivered', 'customs.delivery_accepted', 'customs.closed']),
    );
    expect(kinds.filter((k) => k === 'delivery.delivered')).toHaveLength(1);
    // five events, each stored and on the timeline once; the repeated delivery is neither
    expect(kinds.filter((k) => k.startsWith('tracking.'))).toHaveLength(5);
    expect(await demo.platform.store.hubTracking.byDeal(released.id)).toHaveLength(5);

    // once at the single window: one CEB514 for the waybill, one closing CEB622 (899)
    const logistics = (await receiptsOf('logistics')).filter((r) => r.messageType === 'CEB514' && r.xml.includes(no));
    expect(logistics.map((r) => r.returnStatus)).toEqual(['120']);
    const closing = (await receiptsOf('ebc')).filter((r) => r.messageType === 'CEB622' && r.returnStatus === '899' && r.xml.includes(released.copNo));
    expect(closing).toHaveLength(1);

    const told = await until('the storefront to hear of the delivery', async () => {
      const statuses = demo.receiver.byOrder.get(d.order.orderNo)?.map((s) => s.status);
      return statuses?.includes('delivered') ? statuses : undefined;
    });
    expect(told.filter((s) => s === 'delivered')).toHaveLength(1);
    expect(told).toEqual(expect.arrayContaining(['accepted', 'declared', 'released', 'delivered']));
  });

  it('holds the delivery status of a parcel delivered before the release until customs releases it', async () => {
    const d = await deal(1); // leather boots: an officer reviews the inventory
    await sendDeal(demo.world, demo.platform.url, { n: 1, deal: d, flaw: undefined, route: 'generic' }, at);
    const declared = await settled(d.order.orderNo, 'declared');
    const customsKey = demo.world.apiKeys.customs ?? '';
    const inventory = await until('the inventory in review', async () => {
      const page = await api('GET', '/v1/single-window/queues/review?limit=50', undefined, customsKey);
      return (page.body['items'] as { id: string; orderNo: string }[]).find((i) => i.orderNo === d.order.orderNo);
    });
    expect(await track(declared.logisticsNo ?? '', 'delivered')).toMatchObject({ status: 202, body: { deliveryState: 'delivered' } });
    const waiting = await dealOf(d.order.orderNo);
    expect(waiting?.documents.waybillStatus).toMatchObject({ logisticsNo: declared.logisticsNo, status: 'S' });
    expect((await demo.platform.store.hubDeclarations.byDeal(declared.id)).map((x) => x.type)).not.toContain('CEB513');
    expect((await demo.platform.store.hubDeals.events(declared.id)).map((e) => e.kind)).toContain('delivery.status_waiting');

    expect((await api('POST', `/v1/single-window/inventories/${inventory.id}/decision`, { action: 'release', reason: 'checked' }, customsKey)).status).toBe(200);
    await settled(d.order.orderNo, 'released');
    await declaration(declared.id, 'CEB513', 'accepted');
  });

  it('refuses forged and unreadable events with a coded 4xx, and keeps events for waybills without a deal', async () => {
    const forged = signedTrackerEvent('whsec_not_the_carrier_0000000', 'EA100000003CN', 'delivered', { at });
    expect(await postTracking(forged)).toMatchObject({ status: 401, body: { error: { code: 'connector.webhook_unauthenticated' } } });

    const body = JSON.stringify({ id: 'evt_bad', object: 'Event', description: 'tracker.updated', created_at: at.toISOString(), result: { object: 'Tracker', tracking_code: 42, status: 'delivered' } });
    const badHook = signedTrackerEvent(DEMO_SECRETS.carrierWebhook, 'EA100000003CN', 'delivered', { at });
    const unreadable = await postTracking({ body, headers: { ...badHook.headers, 'x-hmac-signature': easypostSignature(DEMO_SECRETS.carrierWebhook, Buffer.from(body)) } });
    expect(unreadable.status).toBe(400);
    expect(unreadable.body).toMatchObject({ error: { code: 'connector.webhook_invalid' } });
    expect(JSON.stringify(unreadable.body)).toContain('result.tracking_code');

    const badNumber = await track('EA100000004CN', 'delivered');
    expect(badNumber).toMatchObject({ status: 400, body: { error: { code: 'connector.webhook_invalid' } } });
    expect(JSON.stringify(badNumber.body)).toContain('check digit');

    expect((await postTracking(signedTrackerEvent(DEMO_SECRETS.carrierWebhook, 'EA100000003CN', 'delivered', { at }), 'con_unknown')).status).toBe(404);

    const unknown = s10Identifier('EA', 99_999_999, 'CN'); // the end of the demo range: never allocated here
    const stray = await track(unknown, 'in-transit');
    expect(stray).toMatchObject({ status: 202, body: { duplicate: false, dealId: null, deliveryState: null } });
    expect(await demo.platform.store.hubTracking.byEvent(demo.world.connections.carrier.id, `evt_${unknown}_in-transit`)).toMatchObject({ dealId: null, status: 'in-transit' });
  });
});
