import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-store.js';
import type { DealRecord } from '../../ports/hub.port.js';
import { buildDeal, type DealDocuments, type DealFlaw } from '../../workflows/demo/synthetic-deal.js';
import { createTariffService } from '../../workflows/tariff/tariff-cache.js';
import { loadConfig } from '../config.js';
import { sendDeal } from './demo-run.js';
import { type DemoHub, startDemoHub } from './demo-hub.js';
import { DEMO_SECRETS } from './hub-world.js';
import { genericOrderWebhook, shopifyOrderWebhook } from './partner-sim.js';

/**
 * The hub end to end over real HTTP: storefront webhooks (Crossgate's generic JSON and Shopify's format, signed)
 * posted to the listening API, the deal's steps run by the worker, declarations signed by each party sent to the
 * embedded single window over HTTP, receipts pulled, and the status webhooks received by a local storefront
 * endpoint that verifies their signatures.
 */
let db: TestDatabase;
let demo: DemoHub;
const at = new Date();

async function api(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, key = demo.world.owner.apiKey) {
  const res = await fetch(new URL(path, demo.platform.url), {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
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
const settled = (orderNo: string, statuses: readonly string[]) =>
  until<DealRecord>(`${orderNo} to be ${statuses.join('/')}`, async () => {
    const d = await dealOf(orderNo);
    return d && statuses.includes(d.status) ? d : undefined;
  });

async function deal(n: number, options: Parameters<typeof buildDeal>[4] = {}): Promise<DealDocuments> {
  const tariff = await createTariffService(demo.platform.store).lookup();
  return buildDeal(n, demo.world.parties, tariff, at, options);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const config = loadConfig({ ...db.env, PORT: '0', HOST: '127.0.0.1', CROSSGATE_DROP_DIR: 'off', CROSSGATE_DEMO: 'on' });
  demo = await startDemoHub(config, {
    singleWindowPolicy: {
      ...(await import('../../workflows/single-window/index.js')).DEFAULT_SINGLE_WINDOW_POLICY,
      risk: { seed: 'e2e', rules: [{ id: 'R-SHOES', description: 'leather footwear is reviewed', action: 'review', when: { kind: 'hs-prefix', prefixes: ['6403'] } }] },
    },
  });
});
afterAll(async () => {
  await demo?.close();
  await db?.dispose();
});

describe('the hub, end to end over HTTP', () => {
  it('takes a generic JSON order and a Shopify order to release and tells each storefront, signed', async () => {
    // goods the risk rule does not review: cashews and wine, wine and formula
    const [generic, shopify] = [await deal(2), await deal(3)];
    await sendDeal(demo.world, demo.platform.url, { n: 2, deal: generic, flaw: undefined, route: 'generic' }, at);
    await sendDeal(demo.world, demo.platform.url, { n: 3, deal: shopify, flaw: undefined, route: 'shopify' }, at);
    for (const d of [generic, shopify]) {
      const released = await settled(d.order.orderNo, ['released']);
      expect(released.invtNo).toMatch(/\S/);
      expect(released.customsTaxFen).toBe(Math.round(Number(d.tax) * 100));
      const told = await until('the storefront to hear of the release', async () => {
        const statuses = demo.receiver.byOrder.get(d.order.orderNo)?.map((s) => s.status);
        return statuses?.includes('released') ? statuses : undefined;
      });
      expect(told).toEqual(expect.arrayContaining(['accepted', 'declared', 'released']));
    }
    expect(demo.receiver.refused).toBe(0);

    const shopifyDeal = await dealOf(shopify.order.orderNo);
    // Each party's receipts are pulled on its own connection: the release (ebc) may be applied before the order's
    // acceptance (ebp) is. Wait until no declaration is still only sent.
    const detail = await until('every declaration to have its answer', async () => {
      const d = await api('GET', `/v1/deals/${shopifyDeal?.id}`);
      const list = d.body['declarations'] as { status: string }[] | undefined;
      return d.status === 200 && list?.every((x) => x.status !== 'sent') ? d : undefined;
    });
    const declarations = detail.body['declarations'] as { type: string; declaredBy: string; status: string }[];
    expect(declarations.map((x) => [x.type, x.declaredBy, x.status]).sort()).toEqual([
      ['CEB311', 'hub', 'accepted'],
      ['CEB411', 'institution', 'accepted'],
      ['CEB511', 'hub', 'accepted'],
      ['CEB621', 'hub', 'released'],
    ]);
    const timeline = detail.body['timeline'] as { platform: string; kind: string }[];
    expect(new Set(timeline.map((e) => e.platform))).toEqual(new Set(['storefront', 'carrier', 'payment', 'hub', 'customs']));
    const text = JSON.stringify(detail.body);
    // As whole numbers: a payment transaction id made of a timestamp and a counter may hold the digits of a test phone.
    const standalone = (digits: string) => new RegExp(`(?<![0-9])${digits}(?![0-9])`);
    expect(text).not.toMatch(standalone(shopify.order.buyer.idNumber));
    expect(text).not.toMatch(standalone(shopify.order.consignee.telephone));
  });

  it('counts a repeated webhook once, per event and per order, and refuses a forged one', async () => {
    const d = await deal(14);
    const hook = genericOrderWebhook(d.order, DEMO_SECRETS.genericWebhook, new Date());
    const path = `/v1/hub/storefront/${demo.world.connections.generic.id}/webhook`;
    const post = async (h: { body: string; headers: Readonly<Record<string, string>> }) => {
      const res = await fetch(new URL(path, demo.platform.url), { method: 'POST', headers: { ...h.headers }, body: h.body });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const first = await post(hook);
    const again = await post(hook);
    expect(first).toMatchObject({ status: 202, body: { duplicate: false } });
    expect(again).toMatchObject({ status: 202, body: { duplicate: true, dealId: first.body['dealId'] } });
    const otherEvent = { ...hook, body: hook.body.replace(`"evt_${d.order.orderNo}"`, '"evt_other"') };
    const signed = genericOrderWebhook(d.order, DEMO_SECRETS.genericWebhook, new Date());
    const reSigned = { body: otherEvent.body, headers: { ...signed.headers, 'crossgate-signature': (await import('../../connectors/index.js')).signPayload(DEMO_SECRETS.genericWebhook, otherEvent.body, new Date()) } };
    expect(await post(reSigned)).toMatchObject({ status: 202, body: { duplicate: true, dealId: first.body['dealId'] } });
    const forged = { ...hook, headers: { ...hook.headers, 'crossgate-signature': (hook.headers['crossgate-signature'] ?? '').replace(/v1=[0-9a-f]+/, `v1=${'f'.repeat(64)}`) } };
    expect((await post(forged)).status).toBe(401);
    const shop = shopifyOrderWebhook((await deal(20)).order, 20, DEMO_SECRETS.shopifyApi, new Date());
    const shopPath = `/v1/hub/storefront/${demo.world.connections.shopify.id}/webhook`;
    const once = await fetch(new URL(shopPath, demo.platform.url), { method: 'POST', headers: { ...shop.headers }, body: shop.body });
    const twice = await fetch(new URL(shopPath, demo.platform.url), { method: 'POST', headers: { ...shop.headers }, body: shop.body });
    expect([once.status, twice.status]).toEqual([202, 202]);
    expect(((await twice.json()) as { duplicate: boolean }).duplicate).toBe(true);
    const tampered = await fetch(new URL(shopPath, demo.platform.url), { method: 'POST', headers: { ...shop.headers }, body: shop.body.replace('"paid"', '"pending"') });
    expect(tampered.status).toBe(401);
    const { items } = (await api('GET', '/v1/deals?limit=500')).body as { items: { orderNo: string }[] };
    expect(items.filter((x) => x.orderNo === d.order.orderNo)).toHaveLength(1);
  });

  it('follows a customs rejection back to the deal and the storefront', async () => {
    const d = await deal(1); // leather boots: the single window's risk rule sends it to an officer
    await sendDeal(demo.world, demo.platform.url, { n: 1, deal: d, flaw: undefined, route: 'generic' }, at);
    const declared = await settled(d.order.orderNo, ['declared']);
    const customsKey = demo.world.apiKeys.customs ?? '';
    const inventory = await until('the inventory in review', async () => {
      const page = await api('GET', '/v1/single-window/queues/review?limit=50', undefined, customsKey);
      return (page.body['items'] as { id: string; orderNo: string }[]).find((i) => i.orderNo === d.order.orderNo);
    });
    const decided = await api('POST', `/v1/single-window/inventories/${inventory.id}/decision`, { action: 'reject', reason: 'declared value doubtful' }, customsKey);
    expect(decided.status).toBe(200);
    const rejected = await settled(d.order.orderNo, ['rejected']);
    expect(rejected.id).toBe(declared.id);
    expect(rejected.reason).toContain('declared value doubtful');
    await until('the storefront to hear of the rejection', async () => (demo.receiver.byOrder.get(d.order.orderNo)?.some((s) => s.status === 'rejected') ? true : undefined));
  });

  it('stops each kind of inconsistent deal before the inventory is filed, with customs’ own reason', async () => {
    const cases: [DealFlaw, 'generic' | 'shopify', string, string][] = [
      ['payment-amount', 'generic', 'stopped', 'payment.amount'],
      ['payer-not-buyer', 'generic', 'stopped', 'payment.payer_name'],
      ['consignee-phone', 'generic', 'stopped', 'waybill.consignee_telephone'],
      ['buyer-id', 'generic', 'stopped', 'identity.check_character'],
      ['goods-name', 'generic', 'stopped', 'inventory.goods_name'],
      ['over-limit', 'generic', 'stopped', 'quota.order_limit'],
      ['not-listed', 'generic', 'stopped', 'goods.not_on_positive_list'],
      ['missing-payment', 'generic', 'stopped', 'payment.missing'],
      ['payer-not-buyer', 'shopify', 'stopped', 'payment.payer_id'],
      ['payment-amount', 'shopify', 'stopped', 'payment.amount'],
      ['missing-payment', 'shopify', 'blocked', 'payment.ordernotexist'],
    ];
    const sent = await Promise.all(
      cases.map(async ([flaw, route], i) => {
        const n = 30 + i;
        const d = await deal(n, flaw === 'goods-name' ? {} : { flaw });
        if (flaw === 'consignee-phone') demo.carrierPhones.set(d.order.orderNo, d.waybill.consignee.telephone);
        await sendDeal(demo.world, demo.platform.url, { n, deal: d, flaw, route }, at);
        return d;
      }),
    );
    for (const [i, [flaw, route, status, cause]] of cases.entries()) {
      const d = sent[i]!;
      const stopped = await settled(d.order.orderNo, [status]);
      expect({ flaw, route, cause: stopped.reasonCode }).toEqual({ flaw, route, cause });
      const declared = await demo.platform.store.hubDeclarations.byDeal(stopped.id);
      expect(declared.filter((x) => x.type === 'CEB621')).toEqual([]);
      if (route === 'generic') expect(declared).toEqual([]);
      await until(`${flaw} to reach the storefront`, async () =>
        demo.receiver.byOrder.get(d.order.orderNo)?.find((s) => s.status === 'stopped' && s.reason?.code === cause) ? true : undefined,
      );
    }
  });

  it('records the declarations that went out when another party’s single window refuses, and sends only the rest on resume', async () => {
    const owner = demo.world.owner.participantId;
    const connections = await demo.platform.store.hubConnections.list({ participantId: owner, limit: 100 });
    const payer = connections.find((c) => c.kind === 'single-window' && c.declaresAs === 'payment');
    expect(payer).toBeDefined();
    const patch = (apiKey: string) => api('PATCH', `/v1/connections/${payer?.id}`, { settings: { apiKey } });
    expect((await patch('ntk_not_the_payment_institutions_key')).status).toBe(200);
    const d = await deal(60);
    await sendDeal(demo.world, demo.platform.url, { n: 60, deal: d, flaw: undefined, route: 'generic' }, at);
    const waiting = await settled(d.order.orderNo, ['needs-attention']);
    expect(waiting.reasonCode).toBe('partner.unauthorized');
    const before = await demo.platform.store.hubDeclarations.byDeal(waiting.id);
    const sentBefore = (type: string) => before.find((x) => x.type === type)?.sentAt ?? null;
    // the order and the waybill went out and are recorded; the payment is prepared (its guid fixed), not sent
    expect([sentBefore('CEB311') !== null, sentBefore('CEB511') !== null, sentBefore('CEB411')]).toEqual([true, true, null]);
    expect(before.find((x) => x.type === 'CEB621')).toBeUndefined();

    expect((await patch(demo.world.apiKeys.payment ?? '')).status).toBe(200);
    expect((await api('POST', `/v1/deals/${waiting.id}/resume`)).status).toBe(202);
    const declared = await settled(d.order.orderNo, ['declared', 'released']);
    const after = await demo.platform.store.hubDeclarations.byDeal(declared.id);
    expect(after.map((x) => x.type).sort()).toEqual(['CEB311', 'CEB411', 'CEB511', 'CEB621']);
    expect(after.every((x) => x.sentAt !== null)).toBe(true);
    // the two recorded before were not sent again: same guid, same time, one 'declaration.sent' each
    for (const type of ['CEB311', 'CEB511']) {
      const was = before.find((x) => x.type === type);
      const is = after.find((x) => x.type === type);
      expect({ type, guid: is?.guid, sentAt: is?.sentAt?.toISOString() }).toEqual({ type, guid: was?.guid, sentAt: was?.sentAt?.toISOString() });
    }
    const sends = (await demo.platform.store.hubDeals.events(declared.id)).filter((e) => e.kind === 'declaration.sent');
    expect(sends.map((e) => (e.data as { type: string }).type).sort()).toEqual(['CEB311', 'CEB411', 'CEB511', 'CEB621']);
  });

  it('holds a Shopify order created unpaid until its orders/paid webhook, then declares it (the institution files the payment)', async () => {
    const d = await deal(61);
    const fen = Math.round(Number(d.payment.amountPaid) * 100);
    demo.world.institution.recordPayment({
      mchId: '1900000109',
      outTradeNo: d.order.orderNo,
      transactionId: d.payment.payTransactionId,
      totalFee: fen,
      payer: { name: d.payment.payer.name, idNumber: d.payment.payer.idNumber },
      paidAt: at,
    });
    const post = async (hook: { body: string; headers: Record<string, string> }) =>
      (await fetch(new URL(`/v1/hub/storefront/${demo.world.connections.shopify.id}/webhook`, demo.platform.url), { method: 'POST', headers: hook.headers, body: hook.body })).status;
    expect(await post(shopifyOrderWebhook(d.order, 61, DEMO_SECRETS.shopifyApi, new Date(), { financialStatus: 'pending' }))).toBe(202);
    const waiting = await settled(d.order.orderNo, ['awaiting-payment']);
    expect(waiting.paid).toBe(false);
    expect(await post(shopifyOrderWebhook(d.order, 61, DEMO_SECRETS.shopifyApi, new Date(), { topic: 'orders/paid' }))).toBe(202);
    const declared = await settled(d.order.orderNo, ['declared', 'released']);
    const kinds = (await demo.platform.store.hubDeals.events(declared.id)).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['payment.awaited', 'payment.confirmed', 'preflight.passed', 'payment.declared']));
  });
});
