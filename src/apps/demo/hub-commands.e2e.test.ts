import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-store.js';
import { type CanonicalDocument, newGuid, readDeclaration, writeDeclaration } from '../../codecs/ceb/canonical/index.js';
import { sample } from '../../codecs/ceb/sample/sample.js';
import type { WarehouseEntry } from '../../domain/model/index.js';
import type { DealRecord } from '../../ports/hub.port.js';
import { signMessage } from '../../signing/index.js';
import { buildDeal, type DealDocuments } from '../../workflows/demo/synthetic-deal.js';
import { createTariffService } from '../../workflows/tariff/tariff-cache.js';
import { loadConfig } from '../config.js';
import { sendDeal } from './demo-run.js';
import { type DemoHub, startDemoHub } from './demo-hub.js';
import { DEMO_SECRETS } from './hub-world.js';
import { genericOrderWebhook, paymentNotification } from './partner-sim.js';

/** What people ask of deals (cancel, return, resume), bonded stock (1210), and the webhook delivery log. */
let db: TestDatabase;
let demo: DemoHub;
const at = new Date();

async function api(method: 'GET' | 'POST', path: string, body?: unknown, key = demo.world.owner.apiKey) {
  const res = await fetch(new URL(path, demo.platform.url), {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const dealOf = (orderNo: string) => demo.platform.store.hubDeals.byOrder(demo.world.parties.ebp.code, demo.world.parties.ebc.code, orderNo);
const settled = (orderNo: string, status: string) =>
  until<DealRecord>(`${orderNo} to be ${status}`, async () => {
    const d = await dealOf(orderNo);
    return d?.status === status ? d : undefined;
  });

async function deal(n: number, options: Parameters<typeof buildDeal>[4] = {}): Promise<DealDocuments> {
  return buildDeal(n, demo.world.parties, await createTariffService(demo.platform.store).lookup(), at, options);
}

async function postTo(connectionId: string, d: DealDocuments, withPayment = true): Promise<void> {
  const hooks: [string, { body: string; headers: Readonly<Record<string, string>> }][] = [
    [`/v1/hub/storefront/${connectionId}/webhook`, genericOrderWebhook(d.order, DEMO_SECRETS.genericWebhook, at)],
    ...(withPayment ? [[`/v1/hub/payment/${demo.world.connections.genericPayment.id}/webhook`, paymentNotification(d.payment, DEMO_SECRETS.paymentWebhook, at)] as [string, { body: string; headers: Record<string, string> }]] : []),
  ];
  for (const [path, hook] of hooks) {
    const res = await fetch(new URL(path, demo.platform.url), { method: 'POST', headers: { ...hook.headers }, body: hook.body });
    expect(res.status).toBe(202);
  }
}

/** Bonded stock entered at customs (CEB711 with Crossgate's stock lines, from the warehouse) and at the hub's warehouse. */
async function enterStock(lines: readonly { itemNo: string; qty: string }[]): Promise<void> {
  const { parties, signers, apiKeys, connections } = demo.world;
  const warehouse = parties.warehouse ?? { code: '', name: '' };
  const template = readDeclaration(sample('CEB711'), { unsigned: true }).documents[0] as CanonicalDocument & { kind: 'delivery'; doc: WarehouseEntry };
  const xml = writeDeclaration({
    type: 'CEB711',
    transfer: { copCode: warehouse.code, copName: warehouse.name, dxpMode: 'DXP', dxpId: `DXPENT${warehouse.code.slice(-10)}` },
    documents: [
      {
        ...template,
        head: { ...template.head, guid: newGuid() },
        doc: { ...template.doc, customsCode: parties.customsCode, operatorCode: warehouse.code, operatorName: warehouse.name, billNo: `BILL${Date.now()}`, stockLines: lines.map((l) => ({ ...l, ownerCode: parties.ebc.code })) },
      },
    ],
  });
  const res = await fetch(new URL('/v1/single-window/messages', demo.platform.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKeys.warehouse}`, 'content-type': 'application/xml' },
    body: signMessage(xml, signers.warehouse!),
  });
  expect(res.status).toBe(202);
  const received = await demo.platform.hub.ctx.connectors.warehouse(connections.warehouse).receiveStock({ ref: `entry-${Date.now()}`, ownerCode: parties.ebc.code, lines });
  expect(received.ok).toBe(true);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const config = loadConfig({ ...db.env, PORT: '0', HOST: '127.0.0.1', CROSSGATE_DROP_DIR: 'off', CROSSGATE_DEMO: 'on' });
  demo = await startDemoHub(config, { hubPolicy: { webhook: { backoff: { baseMs: 20, maxMs: 50, jitter: 0 }, maxAttempts: 3 } } });
});
afterAll(async () => {
  await demo?.close();
  await db?.dispose();
});

describe('hub commands, bonded stock and webhook deliveries', () => {
  it('reserves bonded stock before the inventory, takes it out at release, and puts it back after a cancel (CEB623)', async () => {
    const d = await deal(50, { tradeMode: '1210' });
    await enterStock(d.inventory.lines.map((l) => ({ itemNo: l.itemNo ?? '', qty: '10' })));
    await postTo(demo.world.connections.bonded.id, d);
    const released = await settled(d.order.orderNo, 'released');
    await until('the stock to leave the warehouse', async () => ((await dealOf(d.order.orderNo))?.stockState === 'released' ? true : undefined));
    const wh = demo.platform.hub.ctx.connectors.warehouse(demo.world.connections.warehouse);
    const levels = async () => {
      const r = await wh.stockLevels(demo.world.parties.ebc.code);
      return r.ok ? Object.fromEntries(r.value.map((l) => [l.itemNo, l.onHand])) : {};
    };
    const after = await levels();
    for (const line of d.inventory.lines) expect(Number(after[line.itemNo ?? ''])).toBe(10 - Number(line.qty));
    const events = (await demo.platform.store.hubDeals.events(released.id)).map((e) => e.kind);
    expect(events.indexOf('stock.reserve')).toBeLessThan(events.lastIndexOf('declaration.sent'));

    const cancel = await api('POST', `/v1/deals/${released.id}/cancel`, { reason: '买家取消订单 cancelled by the buyer' });
    expect(cancel.status).toBe(202);
    await settled(d.order.orderNo, 'cancelled');
    await until('the goods back in stock', async () => ((await dealOf(d.order.orderNo))?.stockState === 'returned' ? true : undefined));
    for (const line of d.inventory.lines) expect(Number((await levels())[line.itemNo ?? ''])).toBe(10);
  });

  it('returns goods of a released deal (CEB625) and refuses to return more than was declared', async () => {
    const d = await deal(52);
    await sendDeal(demo.world, demo.platform.url, { n: 52, deal: d, flaw: undefined, route: 'generic' }, at);
    const released = await settled(d.order.orderNo, 'released');
    const tooMany = await api('POST', `/v1/deals/${released.id}/returns`, { lines: [{ gnum: 1, qty: '99' }], reason: 'return' });
    expect(tooMany).toMatchObject({ status: 409, body: { error: { code: 'deal.action_refused' } } });
    const asked = await api('POST', `/v1/deals/${released.id}/returns`, { lines: [{ gnum: 1, qty: '1' }], reason: '七天无理由退货 return' });
    expect(asked).toMatchObject({ status: 202, body: { seq: 1 } });
    await settled(d.order.orderNo, 'returned');
    await until('the storefront to hear of the return', async () => (demo.receiver.byOrder.get(d.order.orderNo)?.some((s) => s.status === 'returned') ? true : undefined));
  });

  it('cancels a deal that has filed nothing yet at once, and a person resumes a deal that waited for them', async () => {
    const waiting = await deal(53);
    await postTo(demo.world.connections.generic.id, waiting, false);
    const awaiting = await settled(waiting.order.orderNo, 'awaiting-payment');
    const cancelled = await api('POST', `/v1/deals/${awaiting.id}/cancel`, { reason: 'changed my mind' });
    expect(cancelled).toMatchObject({ status: 202, body: { status: 'cancelled' } });

    const d = await deal(54, { items: [{ hsCode: '9102110000', name: '机械手表', unit: '011', price: '900.00', qty: '1', origin: '110', itemNo: 'SKU-WATCH' }] });
    await postTo(demo.world.connections.generic.id, d);
    const stuck = await settled(d.order.orderNo, 'needs-attention');
    expect(stuck.reasonCode).toBe('product.unregistered');
    const product = await api('POST', '/v1/products', { sku: 'SKU-WATCH', name: '机械手表', hsCode: '9102110000', originCountry: '110', declaredUnit: '011' });
    expect(product.status).toBe(200);
    expect((await api('POST', `/v1/deals/${stuck.id}/resume`)).status).toBe(202);
    await settled(d.order.orderNo, 'released');
  });

  it('logs every status webhook attempt, retries with backoff, and replays a failed one', async () => {
    const d = await deal(56);
    demo.receiver.failNext(1000);
    await sendDeal(demo.world, demo.platform.url, { n: 56, deal: d, flaw: undefined, route: 'generic' }, at);
    const released = await settled(d.order.orderNo, 'released');
    const failed = await until('the deliveries to fail', async () => {
      const page = await api('GET', `/v1/webhook-deliveries?status=failed&dealId=${released.id}`);
      const items = page.body['items'] as { id: string; attempts: number; lastStatusCode: number }[];
      return items.length >= 3 ? items : undefined;
    });
    expect(failed.every((f) => f.attempts === 3 && f.lastStatusCode === 503)).toBe(true);
    const log = await api('GET', `/v1/webhook-deliveries/${failed[0]!.id}`);
    expect((log.body['attempts_log'] as { statusCode: number }[]).map((a) => a.statusCode)).toEqual([503, 503, 503]);
    demo.receiver.failNext(0);
    for (const f of failed) expect((await api('POST', `/v1/webhook-deliveries/${f.id}/replay`)).status).toBe(202);
    await until('the replays to be delivered', async () => {
      const page = await api('GET', `/v1/webhook-deliveries?dealId=${released.id}`);
      return (page.body['items'] as { status: string }[]).every((x) => x.status === 'delivered') ? true : undefined;
    });
    expect(demo.receiver.byOrder.get(d.order.orderNo)?.map((s) => s.status)).toEqual(expect.arrayContaining(['accepted', 'declared', 'released']));
    expect((await api('POST', `/v1/webhook-deliveries/${failed[0]!.id}/replay`)).status).toBe(409);
  });
});
