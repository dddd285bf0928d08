import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import type { Order } from '../../domain/model/index.js';
import { newId } from '../../kernel/ids.js';
import type { NewDeal } from '../../ports/hub.port.js';
import type { Store } from '../../ports/store.port.js';
import { type DemoKey, seedDemoWorld } from '../../workflows/demo/seed-demo-world.js';
import { buildApi } from './server.js';

/**
 * The deals list (GET /v1/deals): filters, search and the keyset in both directions, walked page by page against
 * the same deals sorted here; the capped count; owners only; and the raw XML of a deal's declaration and receipt.
 */
let store: Store & { close(): Promise<void> };
let app: FastifyInstance;
let keys: DemoKey[];
const party = (role: string) => keys.find((k) => k.role === role) as DemoKey;

interface Summary {
  id: string;
  orderNo: string;
  status: string;
  createdAt: string;
  storefrontConnectionId: string;
  amount: string;
}
interface ListBody {
  items: Summary[];
  next: string | null;
  total: { count: number; capped: boolean };
}

async function get(url: string, role = 'ebc') {
  const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${party(role).key}` } });
  const json = res.headers['content-type']?.toString().startsWith('application/json');
  return { status: res.statusCode, body: (json ? res.json() : {}) as ListBody & Record<string, unknown>, text: res.body, type: res.headers['content-type'] };
}

/** Every page of a list, following `next`; fails on a page that repeats an earlier deal. */
async function walk(base: string, role = 'ebc'): Promise<Summary[]> {
  const out: Summary[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 200; pages++) {
    const page = await get(`${base}${base.includes('?') ? '&' : '?'}limit=7${after ? `&after=${after}` : ''}`, role);
    expect(page.status).toBe(200);
    out.push(...page.body.items);
    after = page.body.next;
    if (!after) return out;
  }
  throw new Error('too many pages');
}

const T0 = Date.parse('2026-03-01T00:00:00Z');
const HOUR = 3_600_000;
const NAMES = ['张伟', '王芳', 'Li Na', 'LIU YANG'];

const order = (orderNo: string, name: string, n: number): Order => ({
  orderNo,
  ebpCode: 'EBP1',
  ebcCode: 'EBC1',
  goodsValue: `${100 + n}.00`,
  freight: '0',
  discount: '0',
  taxTotal: '0',
  actualPaid: `${100 + n}.00`,
  currency: '142',
  buyer: { idType: '1', idNumber: '11010519491231002X', name },
  consignee: { name, telephone: '13800000000', address: '地址' },
  lines: [],
});

/** What the test seeded, sorted as the API sorts (created_at, then id). */
const seeded: (Summary & { createdMs: number; name: string; sf: string })[] = [];
let shopA = '';
let shopB = '';
const STATUSES = ['received', 'declared', 'released', 'stopped'] as const;

beforeAll(async () => {
  store = await createTestStore();
  keys = await seedDemoWorld(store);
  app = await buildApi({ store, log: pino({ level: 'silent' }), version: 'test' });
  const owner = party('ebc').participantId;
  const shop = async (label: string, participantId = owner) =>
    (await store.hubConnections.insert({ id: newId('con'), participantId, kind: 'storefront', connectorId: 'generic-json', label, settings: {} })).id;
  shopA = await shop('Shop A');
  shopB = await shop('Shop B');
  const deal = (n: number, sf: string, createdMs: number, over: Partial<NewDeal> = {}): NewDeal & { createdAt: Date } => {
    const orderNo = `ORD${String(n).padStart(5, '0')}`;
    return {
      id: newId('deal'),
      participantId: owner,
      storefrontConnectionId: sf,
      orderNo,
      ebpCode: 'EBP1',
      ebcCode: 'EBC1',
      partnerOrderId: `so_${n}`,
      tradeMode: '9610',
      status: STATUSES[n % 4] ?? 'received',
      paid: true,
      test: false,
      buyerKey: `buyer-${n % 4}`,
      payTransactionId: null,
      copNo: `COP${n}`,
      documents: { order: order(orderNo, NAMES[n % 4] ?? '', n) },
      links: { storefront: sf, singleWindow: {} },
      createdAt: new Date(createdMs),
      ...over,
    };
  };
  // 60 deals on shop A, an hour apart, and groups of three at the very same instant (ties broken by id);
  // 960 on shop B: more than the count's cap of 1,000 in all
  const many: (NewDeal & { createdAt: Date })[] = [];
  for (let n = 0; n < 60; n++) many.push(deal(n, shopA, T0 + Math.floor(n / 3) * HOUR));
  for (let n = 60; n < 1020; n++) many.push(deal(n, shopB, T0 + 100 * HOUR + n * 1000));
  expect(await store.hubDeals.insertMany(many)).toBe(1020);
  expect(await store.hubDeals.insertMany(many.slice(0, 5))).toBe(0);
  await store.hubDeals.update(many[7]?.id ?? '', { logisticsNo: 'EA100000007CN' });
  for (const d of many) {
    seeded.push({
      id: d.id,
      orderNo: d.orderNo,
      status: d.status,
      createdAt: d.createdAt.toISOString(),
      createdMs: d.createdAt.getTime(),
      storefrontConnectionId: d.storefrontConnectionId,
      amount: d.documents.order.actualPaid,
      name: d.documents.order.buyer.name,
      sf: d.storefrontConnectionId,
    });
  }
  seeded.sort((a, b) => a.createdMs - b.createdMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // another merchant's deal with the same order number as one of ours
  const other = await shop('Other shop', party('ebp').participantId);
  await store.hubDeals.insertMany([{ ...deal(1, other, T0), participantId: party('ebp').participantId, ebcCode: 'EBC2' }]);
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const ids = (items: readonly { id: string }[]) => items.map((d) => d.id);

describe('GET /v1/deals', () => {
  it('walks a filtered list page by page, both ways, with neither duplicates nor gaps (ties on time included)', async () => {
    const shopADeals = seeded.filter((d) => d.sf === shopA);
    const asc = await walk(`/v1/deals?storefront=${shopA}`);
    expect(ids(asc)).toEqual(ids(shopADeals));
    const desc = await walk(`/v1/deals?storefront=${shopA}&order=desc`);
    expect(ids(desc)).toEqual(ids(shopADeals).reverse());
    const released = await walk('/v1/deals?status=released&order=desc');
    expect(ids(released)).toEqual(ids(seeded.filter((d) => d.status === 'released')).reverse());
    expect(new Set(ids(released)).size).toBe(released.length);
    // what the list shows of a deal
    expect(asc[0]).toMatchObject({ orderNo: shopADeals[0]?.orderNo, storefrontConnectionId: shopA, amount: shopADeals[0]?.amount });
  });

  it('filters by status, storefront and creation time, together', async () => {
    const since = new Date(T0 + 5 * HOUR).toISOString();
    const until = new Date(T0 + 12 * HOUR).toISOString();
    const got = await walk(`/v1/deals?storefront=${shopA}&status=declared&since=${encodeURIComponent(since)}&until=${encodeURIComponent(until)}`);
    const want = seeded.filter((d) => d.sf === shopA && d.status === 'declared' && d.createdMs >= T0 + 5 * HOUR && d.createdMs < T0 + 12 * HOUR);
    expect(want.length).toBeGreaterThan(2);
    expect(ids(got)).toEqual(ids(want));
  });

  it('searches by order number, deal id, waybill number and buyer name, never by ID number', async () => {
    const prefix = await walk('/v1/deals?q=ORD0001');
    expect(prefix.map((d) => d.orderNo)).toEqual(seeded.filter((d) => d.orderNo.startsWith('ORD0001')).map((d) => d.orderNo));
    expect(prefix).toHaveLength(10);
    const target = seeded[42] as Summary;
    expect(ids((await get(`/v1/deals?q=${target.id}`)).body.items)).toEqual([target.id]);
    expect((await get('/v1/deals?q=EA100000007CN')).body.items.map((d) => d.orderNo)).toEqual(['ORD00007']);
    expect((await get('/v1/deals?q=EA1000')).body.items).toEqual([]); // a waybill number is matched whole
    const byName = await walk(`/v1/deals?q=${encodeURIComponent('li')}&storefront=${shopA}`);
    expect(ids(byName)).toEqual(ids(seeded.filter((d) => d.sf === shopA && d.name.toLowerCase().startsWith('li'))));
    expect(byName.length).toBe(30);
    expect((await get(`/v1/deals?q=${encodeURIComponent('张')}&storefront=${shopA}`)).body.total.count).toBe(15);
    expect((await get('/v1/deals?q=11010519491231002X')).body.items).toEqual([]);
    expect((await get('/v1/deals?q=%25')).body.items).toEqual([]); // "%" is a character, not a wildcard
  });

  it('counts the matches up to a cap instead of counting the table', async () => {
    const all = await get('/v1/deals?limit=5');
    expect(all.body.total).toEqual({ count: 1000, capped: true });
    expect(all.body.items).toHaveLength(5);
    expect((await get(`/v1/deals?storefront=${shopA}&limit=5`)).body.total).toEqual({ count: 60, capped: false });
    expect((await get('/v1/deals?status=stopped&q=ORD000')).body.total).toEqual({ count: 25, capped: false });
  });

  it("shows a participant its own deals only, the administrator everyone's", async () => {
    expect((await get('/v1/deals?q=ORD00001', 'ebp')).body.items.map((d) => d.orderNo)).toEqual(['ORD00001']);
    expect((await get(`/v1/deals?storefront=${shopA}`, 'ebp')).body.items).toEqual([]);
    expect((await get('/v1/deals?q=ORD00001&limit=10', 'admin')).body.total.count).toBe(2);
    expect((await get('/v1/deals?q=ORD00001', 'ebc')).body.total.count).toBe(1);
  });

  it('refuses a filter it does not know, naming it', async () => {
    const bad = await get('/v1/deals?status=lost');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('status');
    expect((await get(`/v1/deals?q=${'x'.repeat(101)}`)).status).toBe(400);
    expect((await get('/v1/deals?until=yesterday')).status).toBe(400);
  });
});

describe('raw XML of a deal’s messages', () => {
  it('serves a declaration and its receipt to the deal’s owner only', async () => {
    const deal = seeded[3] as Summary;
    const declaration = await store.hubDeclarations.prepare({
      id: newId('dcl'),
      dealId: deal.id,
      type: 'CEB621',
      seq: 1,
      guid: crypto.randomUUID().toUpperCase(),
      receiptKey: `CEB622:${deal.orderNo}`,
      connectionId: null,
      declaredBy: 'hub',
    });
    await store.hubDeclarations.markSent(declaration.id, { messageId: 'msg_1', xml: '<ceb:CEB621Message>signed</ceb:CEB621Message>', at: new Date() });
    const note = { type: 'CEB622', status: '120', info: '海关入库', at: new Date().toISOString(), receiptId: 'rcp_1' };
    await store.hubDeclarations.applyReceipt(declaration.id, note, { status: 'accepted', final: false }, '<ceb:CEB622Message>receipt</ceb:CEB622Message>');
    await store.hubDeclarations.applyReceipt(declaration.id, { ...note, status: '399', receiptId: 'rcp_2' }, { status: 'accepted', final: false });

    const detail = await get(`/v1/deals/${deal.id}`);
    expect(detail.status).toBe(200);
    const [shown] = detail.body['declarations'] as { id: string; xml: boolean; receipts: { id: string | null; xml: boolean }[] }[];
    expect(shown).toMatchObject({ id: declaration.id, xml: true, receipts: [{ id: 'rcp_1', xml: true }, { id: 'rcp_2', xml: false }] });

    const sent = await get(`/v1/deals/${deal.id}/declarations/${declaration.id}/xml`);
    expect([sent.status, sent.text, sent.type]).toEqual([200, '<ceb:CEB621Message>signed</ceb:CEB621Message>', 'application/xml; charset=utf-8']);
    const receipt = await get(`/v1/deals/${deal.id}/declarations/${declaration.id}/receipts/rcp_1/xml`);
    expect([receipt.status, receipt.text]).toEqual([200, '<ceb:CEB622Message>receipt</ceb:CEB622Message>']);
    expect((await get(`/v1/deals/${deal.id}/declarations/${declaration.id}/receipts/rcp_2/xml`)).status).toBe(404);
    // another participant, or the declaration under another deal: not found
    expect((await get(`/v1/deals/${deal.id}/declarations/${declaration.id}/xml`, 'ebp')).status).toBe(404);
    expect((await get(`/v1/deals/${seeded[4]?.id}/declarations/${declaration.id}/xml`)).status).toBe(404);
    expect((await get(`/v1/deals/${deal.id}/declarations/${declaration.id}/receipts/rcp_1/xml`, 'admin')).status).toBe(200);
  });
});
