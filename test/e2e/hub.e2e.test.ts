import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ConnectionView, DealDetailView, DealSummaryView, DeliveryView } from '../../src/apps/api/hub.schemas.js';
import { loadConfig } from '../../src/apps/config.js';
import { genericOrderWebhook, paymentNotification } from '../../src/apps/demo/partner-sim.js';
import { type Platform, startPlatform } from '../../src/apps/platform.js';
import type { Role } from '../../src/domain/participants/index.js';
import { buildDeal, type DealDocuments, type DealParties, DEMO_GOODS } from '../../src/workflows/demo/synthetic-deal.js';
import { createTariffService } from '../../src/workflows/tariff/tariff-cache.js';
import { createTestDatabase, type TestDatabase } from '../support/test-store.js';
import { eventually, type Page } from './e2e-kit.js';

/**
 * The integration hub end to end over real HTTP, as a merchant and its partners see it: the platform started as
 * `npm start` starts it (API listening, in-process worker, embedded single window), the merchant's connections and
 * products configured through the API, a Shopify `orders/create` webhook and a generic JSON order webhook posted
 * with their partners' own signatures, payment notifications, and the storefront's status endpoint a local HTTP
 * server that verifies every status webhook (timestamped HMAC-SHA256, replay window) before it believes it.
 */
type Deal = z.infer<typeof DealDetailView>;
type DealSummary = z.infer<typeof DealSummaryView>;
type Delivery = z.infer<typeof DeliveryView>;
type Connection = z.infer<typeof ConnectionView>;
interface ErrorReply {
  readonly error: { readonly code: string; readonly message: string };
}

const SECRETS = {
  generic: 'whsec_e2e_generic_0123456789',
  shopify: 'shpss_e2e_app_secret_0123456789',
  payment: 'whsec_e2e_payment_0123456789',
  notify: 'ntsec_e2e_storefront_0123456789',
  carrier: 'whsec_e2e_carrier_0123456789',
} as const;
const SHOP = 'crossgate-e2e.myshopify.com';
const REPLAY_WINDOW_S = 300;
const at = new Date();

// --- the storefront's status endpoint -----------------------------------------------------------------------------

interface Told {
  readonly eventId: string;
  readonly status: string;
  readonly reason?: { readonly code: string; readonly message: string };
}

/**
 * Verifies `Crossgate-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` as a storefront
 * would (written here from the documented scheme, not with Crossgate's code): the timestamp within the replay
 * window, one v1 equal in constant time; repeats dropped by event id. It answers 503 to the first `failures`
 * deliveries of an (order, status) listed in `failing`.
 */
class StorefrontEndpoint {
  readonly byOrder = new Map<string, Told[]>();
  readonly failing = new Map<string, number>();
  refused = 0;
  private readonly seen = new Set<string>();
  private server: Server | undefined;
  url = '';

  static verify(header: string | undefined, body: Buffer, secret: string, nowS: number): string | undefined {
    if (!header) return 'no signature';
    const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]);
    const t = Number(parts.find(([k]) => k === 't')?.[1] ?? Number.NaN);
    if (!Number.isInteger(t)) return 'no timestamp';
    if (Math.abs(nowS - t) > REPLAY_WINDOW_S) return 'outside the replay window';
    const expected = createHmac('sha256', secret).update(`${t}.`).update(body).digest();
    const ok = parts.some(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v) && timingSafeEqual(Buffer.from(v, 'hex'), expected));
    return ok ? undefined : 'signature mismatch';
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/orders`;
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const header = req.headers['crossgate-signature'];
    const problem = StorefrontEndpoint.verify(typeof header === 'string' ? header : undefined, body, SECRETS.notify, Math.floor(Date.now() / 1000));
    if (problem) {
      this.refused += 1;
      res.writeHead(401).end(problem);
      return;
    }
    const event = JSON.parse(body.toString('utf8')) as { id: string; type: string; data: { orderNo: string; status: string; reason?: Told['reason'] } };
    const key = `${event.data.orderNo}/${event.data.status}`;
    const failures = this.failing.get(key) ?? 0;
    if (failures > 0) {
      this.failing.set(key, failures - 1);
      res.writeHead(503).end('busy');
      return;
    }
    if (!this.seen.has(event.id)) {
      this.seen.add(event.id);
      const list = this.byOrder.get(event.data.orderNo) ?? [];
      list.push({ eventId: event.id, status: event.data.status, ...(event.data.reason && { reason: event.data.reason }) });
      this.byOrder.set(event.data.orderNo, list);
    }
    res.writeHead(204).end();
  }

  statuses(orderNo: string): string[] {
    return (this.byOrder.get(orderNo) ?? []).map((t) => t.status);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }
}

// --- the partners' webhooks ---------------------------------------------------------------------------------------

interface Outgoing {
  readonly body: string;
  readonly headers: Record<string, string>;
}

const SHOPIFY_SAMPLE = JSON.parse(readFileSync(new URL('../../src/connectors/storefront-shopify/samples/orders-create.json', import.meta.url), 'utf8')) as Record<string, unknown> & {
  line_items: Record<string, unknown>[];
  shipping_lines: Record<string, unknown>[];
  shipping_address: Record<string, unknown>;
  billing_address: Record<string, unknown>;
  customer: Record<string, unknown>;
};

const money = (amount: string) => ({ shop_money: { amount, currency_code: 'CNY' }, presentment_money: { amount, currency_code: 'CNY' } });

/**
 * Shopify's `orders/create` webhook for a deal's order: Shopify's own sample payload (REST Order resource) with the
 * order's values, signed as Shopify signs (base64 HMAC-SHA256 of the raw body under the app's client secret).
 */
function shopifyWebhook(deal: DealDocuments, n: number, secret: string = SECRETS.shopify): Outgoing {
  const o = deal.order;
  const id = 820982911946154508n + BigInt(n);
  const [family, ...given] = [...o.consignee.name];
  const body = JSON.stringify({
    ...SHOPIFY_SAMPLE,
    id: Number(id),
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    name: `#${o.orderNo}`,
    number: n,
    order_number: 1000 + n,
    created_at: at.toISOString(),
    processed_at: at.toISOString(),
    updated_at: at.toISOString(),
    financial_status: 'paid',
    phone: o.buyer.telephone ?? null,
    discount_codes: [],
    tax_lines: [],
    subtotal_price: o.goodsValue,
    subtotal_price_set: money(o.goodsValue),
    current_subtotal_price: o.goodsValue,
    total_line_items_price: o.goodsValue,
    total_line_items_price_set: money(o.goodsValue),
    total_discounts: o.discount,
    total_discounts_set: money(o.discount),
    current_total_discounts: o.discount,
    total_tax: o.taxTotal,
    total_tax_set: money(o.taxTotal),
    current_total_tax: o.taxTotal,
    total_price: o.actualPaid,
    total_price_set: money(o.actualPaid),
    current_total_price: o.actualPaid,
    total_shipping_price_set: money(o.freight),
    note_attributes: [
      { name: 'buyer_name', value: o.buyer.name },
      { name: 'buyer_id_number', value: o.buyer.idNumber },
      ...(o.payTransactionId ? [{ name: 'pay_transaction_id', value: o.payTransactionId }] : []),
    ],
    line_items: o.lines.map((l, i) => ({
      ...SHOPIFY_SAMPLE.line_items[0],
      id: Number(487817672276298554n + BigInt(i)), // Shopify's ids exceed 2^53 (the exact one is in admin_graphql_api_id)
      admin_graphql_api_id: `gid://shopify/LineItem/${487817672276298554n + BigInt(i)}`,
      name: l.itemName,
      title: l.itemName,
      variant_title: null,
      price: l.price,
      price_set: money(l.price),
      quantity: Number(l.qty),
      sku: l.itemNo ?? null,
      discount_allocations: [],
    })),
    shipping_lines: [{ ...SHOPIFY_SAMPLE.shipping_lines[0], price: o.freight, price_set: money(o.freight), discounted_price: o.freight, discounted_price_set: money(o.freight) }],
    shipping_address: { ...SHOPIFY_SAMPLE.shipping_address, name: o.consignee.name, first_name: given.join(''), last_name: family, phone: o.consignee.telephone, address1: o.consignee.address },
    billing_address: { ...SHOPIFY_SAMPLE.billing_address, name: o.buyer.name },
    customer: { ...SHOPIFY_SAMPLE.customer, admin_graphql_api_id: `gid://shopify/Customer/${7000 + n}`, phone: o.buyer.telephone ?? null },
  });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-shopify-topic': 'orders/create',
      'x-shopify-hmac-sha256': createHmac('sha256', secret).update(body, 'utf8').digest('base64'),
      'x-shopify-shop-domain': SHOP,
      'x-shopify-api-version': '2025-01',
      'x-shopify-webhook-id': `b54557e4-0000-4000-8000-${String(n).padStart(12, '0')}`,
      'x-shopify-triggered-at': at.toISOString(),
    },
  };
}

// --- the platform and the merchant ----------------------------------------------------------------------------------

let db: TestDatabase;
let platform: Platform;
const storefront = new StorefrontEndpoint();
let merchantKey = '';
let customsKey = '';
let parties: DealParties;
const connections: Record<string, Connection> = {};
let genericInput: Record<string, unknown> = {};

interface Answer<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

async function http<T>(method: 'GET' | 'POST', path: string, options: { body?: unknown; key?: string; headers?: Record<string, string> } = {}): Promise<Answer<T>> {
  const res = await fetch(new URL(path, platform.url), {
    method,
    headers: {
      ...(options.key !== '' && { authorization: `Bearer ${options.key ?? merchantKey}` }),
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

async function postRaw(path: string, hook: Outgoing) {
  const res = await fetch(new URL(path, platform.url), { method: 'POST', headers: hook.headers, body: hook.body });
  return { status: res.status, body: (await res.json()) as { eventId: string; duplicate: boolean; dealId: string | null } & Partial<ErrorReply> };
}

async function connect(input: Record<string, unknown>, idempotencyKey?: string): Promise<Answer<Connection>> {
  return http<Connection>('POST', '/v1/connections', { body: input, ...(idempotencyKey && { headers: { 'idempotency-key': idempotencyKey } }) });
}

async function dealsOf(orderNo: string): Promise<DealSummary[]> {
  const page = await http<Page<DealSummary>>('GET', '/v1/deals?limit=500');
  expect(page.status).toBe(200);
  return page.body.items.filter((d) => d.orderNo === orderNo);
}

const detail = async (id: string) => (await http<Deal>('GET', `/v1/deals/${id}`)).body;

const dealSettled = (id: string, statuses: readonly string[]) =>
  eventually(
    async () => {
      const d = await detail(id);
      // Each party's receipts come on its own connection: a release may be applied before the order's acceptance.
      const answered = d.declarations.every((x) => x.status !== 'sent');
      return statuses.includes(d.deal.status) && answered ? d : undefined;
    },
    90_000,
    `deal ${id} to be ${statuses.join('/')}`,
  );

async function newDeal(n: number, options: Parameters<typeof buildDeal>[4] = {}): Promise<DealDocuments> {
  return buildDeal(n, parties, await createTariffService(platform.store).lookup(), at, options);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await storefront.start();
  const config = loadConfig({ ...db.env, PORT: '0', HOST: '127.0.0.1', CROSSGATE_DROP_DIR: 'off', CROSSGATE_DEMO: 'on', CROSSGATE_WORKER_CONCURRENCY: '4' });
  platform = await startPlatform(config, pino({ level: 'silent' }), {
    hubPolicy: {
      receiptPollMs: 150,
      paymentWaitMs: 60_000,
      webhook: { backoff: { baseMs: 100, maxMs: 400, jitter: 0.2 }, maxAttempts: 3 },
    },
  });
  expect(platform.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

  // the demo parties (seeded at the first start): each one's API key and message-signing key
  const byRole = (role: Role) => {
    const k = platform.demoKeys.find((d) => d.role === role);
    if (!k) throw new Error(`no demo ${role}`);
    return k;
  };
  const party = (role: Role) => ({ code: byRole(role).code, name: byRole(role).name });
  parties = { ebp: party('ebp'), ebc: party('ebc'), payment: party('payment'), logistics: party('logistics'), customsCode: party('customs').code };
  merchantKey = byRole('ebc').key;
  customsKey = byRole('customs').key;

  // the merchant configures its hub through the API
  const ok = async (input: Record<string, unknown>) => {
    const res = await connect(input);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  connections.payment = await ok({
    kind: 'payment',
    connectorId: 'generic',
    label: 'Pay notifications',
    settings: { payCode: parties.payment.code, payName: parties.payment.name, ebpCode: parties.ebp.code, webhookSecret: SECRETS.payment },
  });
  connections.carrier = await ok({
    kind: 'carrier',
    connectorId: 's10-post',
    label: parties.logistics.name,
    settings: {
      logisticsCode: parties.logistics.code,
      logisticsName: parties.logistics.name,
      serviceIndicator: 'EA',
      serialFirst: 20_000_000,
      serialLast: 29_999_999,
      sender: { name: parties.ebc.name, address: '浙江省杭州市萧山区保税路1号' },
      webhookSecret: SECRETS.carrier,
    },
  });
  for (const role of ['ebp', 'payment', 'logistics', 'ebc'] as const) {
    const k = byRole(role);
    if (!k.signingKey) throw new Error(`no signing key for ${role}`);
    await ok({
      kind: 'single-window',
      connectorId: 'ceb-single-window',
      label: `Single window as ${k.name}`,
      settings: { baseUrl: platform.url, apiKey: k.key, pageSize: 100 },
      declaresAs: role,
      signingKey: { keyName: k.signingKey.keyName, pem: readFileSync(k.signingKey.path, 'utf8') },
    });
  }
  const shop = { ebpCode: parties.ebp.code, ebpName: parties.ebp.name, ebcCode: parties.ebc.code, ebcName: parties.ebc.name, notifyUrl: storefront.url, notifySecret: SECRETS.notify };
  const links = { payment: connections.payment.id, carrier: connections.carrier.id, customs: { customsCode: parties.customsCode, tradeMode: '9610' } };
  connections.shopify = await ok({
    kind: 'storefront',
    connectorId: 'shopify',
    label: 'Shopify shop',
    settings: { ...shop, shopDomain: SHOP, apiSecret: SECRETS.shopify, orderNoSource: 'name', payCode: parties.payment.code, payName: parties.payment.name },
    links,
  });
  genericInput = { kind: 'storefront', connectorId: 'generic-json', label: 'Own shop (JSON)', settings: { ...shop, webhookSecret: SECRETS.generic }, links };
  const first = await connect(genericInput, 'e2e-generic-storefront');
  expect(first.status).toBe(201);
  connections.generic = first.body;
  const products = await http<{ items: unknown[] }>('POST', '/v1/products', {
    body: { items: DEMO_GOODS.map((g) => ({ sku: g.itemNo, name: g.name, hsCode: g.hsCode, originCountry: g.origin, declaredUnit: g.unit })) },
  });
  expect(products.status).toBe(200);
  expect(products.body.items).toHaveLength(DEMO_GOODS.length);
}, 120_000);

afterAll(async () => {
  await platform?.close();
  await storefront.close();
  await db?.dispose();
});

// --- the tests --------------------------------------------------------------------------------------------------------

describe('the hub end to end over HTTP', () => {
  it('answers a repeated write with the same Idempotency-Key with the first response, without a second effect', async () => {
    const again = await connect(genericInput, 'e2e-generic-storefront');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(connections.generic);
    const listed = await http<Page<Connection>>('GET', '/v1/connections?kind=storefront');
    expect(listed.body.items.filter((c) => c.connectorId === 'generic-json')).toHaveLength(1);
  });

  it('refuses a webhook with a bad HMAC with 401 and a coded error, and creates no deal', async () => {
    const d = await newDeal(61, { items: [DEMO_GOODS[2], DEMO_GOODS[3]].filter((g) => g !== undefined) });
    const forged = shopifyWebhook(d, 61, 'shpss_not_the_app_secret');
    const res = await postRaw(`/v1/hub/storefront/${connections.shopify?.id}/webhook`, forged);
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe('connector.webhook_unauthenticated');
    const generic = genericOrderWebhook(d.order, SECRETS.generic, at);
    const tampered = await postRaw(`/v1/hub/storefront/${connections.generic?.id}/webhook`, { ...generic, body: generic.body.replace(d.order.actualPaid, '0.01') });
    expect(tampered.status).toBe(401);
    expect(tampered.body.error?.code).toBe('connector.webhook_unauthenticated');
    expect(await dealsOf(d.order.orderNo)).toEqual([]);
  });

  it('takes a Shopify order and a generic JSON order through payment, waybill and the four signed declarations to release, and tells each storefront', async () => {
    const shopifyDeal = await newDeal(62, { items: [DEMO_GOODS[2], DEMO_GOODS[3]].filter((g) => g !== undefined) });
    const genericDeal = await newDeal(63, { items: [DEMO_GOODS[0], DEMO_GOODS[2]].filter((g) => g !== undefined) });
    const shopifyHook = shopifyWebhook(shopifyDeal, 62);
    const first = await postRaw(`/v1/hub/storefront/${connections.shopify?.id}/webhook`, shopifyHook);
    expect(first).toMatchObject({ status: 202, body: { duplicate: false, dealId: expect.any(String) } });
    // Shopify delivers again (same webhook id): nothing happens twice
    const repeat = await postRaw(`/v1/hub/storefront/${connections.shopify?.id}/webhook`, shopifyHook);
    expect(repeat).toMatchObject({ status: 202, body: { duplicate: true, dealId: first.body.dealId } });
    const genericFirst = await postRaw(`/v1/hub/storefront/${connections.generic?.id}/webhook`, genericOrderWebhook(genericDeal.order, SECRETS.generic, at));
    expect(genericFirst).toMatchObject({ status: 202, body: { duplicate: false } });
    for (const d of [shopifyDeal, genericDeal]) {
      const paid = await postRaw(`/v1/hub/payment/${connections.payment?.id}/webhook`, paymentNotification(d.payment, SECRETS.payment, at));
      expect(paid.status).toBe(202);
    }

    for (const [d, dealId] of [
      [shopifyDeal, first.body.dealId],
      [genericDeal, genericFirst.body.dealId],
    ] as const) {
      const released = await dealSettled(dealId as string, ['released', 'stopped', 'blocked', 'rejected', 'needs-attention']);
      expect({ status: released.deal.status, reason: released.deal.reason }).toEqual({ status: 'released', reason: null });
      expect(released.deal.invtNo).toMatch(/\S/);
      expect(released.deal.logisticsNo).toMatch(/^EA\d{9}CN$/);
      expect(released.documents.payment?.payTransactionId).toBe(d.payment.payTransactionId);
      expect(released.declarations.map((x) => [x.type, x.declaredBy, x.status]).sort()).toEqual([
        ['CEB311', 'hub', 'accepted'],
        ['CEB411', 'hub', 'accepted'],
        ['CEB511', 'hub', 'accepted'],
        ['CEB621', 'hub', 'released'],
      ]);
      expect(released.declarations.every((x) => x.xml && x.sentAt !== null)).toBe(true);
      expect(await dealsOf(d.order.orderNo)).toHaveLength(1);
      // the single window has the inventory released; it verified every signature on intake
      const inventories = await http<Page<{ orderNo: string; status: string; invtNo: string | null }>>('GET', '/v1/single-window/inventories?limit=200', { key: customsKey });
      expect(inventories.body.items.find((i) => i.orderNo === d.order.orderNo)).toMatchObject({ status: '800', invtNo: released.deal.invtNo });
      // the storefront heard of it, in order, every webhook verified
      const told = await eventually(async () => (storefront.statuses(d.order.orderNo).includes('released') ? storefront.statuses(d.order.orderNo) : undefined), 30_000, 'the release webhook');
      expect(told).toEqual(['accepted', 'declared', 'released']);
      // no personal data in the deal as people see it
      const text = JSON.stringify(released);
      expect(text).not.toContain(d.order.buyer.idNumber);
      expect(text).not.toContain(d.order.consignee.telephone);
    }
    expect(storefront.refused).toBe(0);
  }, 150_000);

  it('stops a deal whose payment does not match at pre-flight, with the reason in GET /v1/deals/{id}; a failed status webhook replayed gets the whole retry schedule', async () => {
    const d = await newDeal(64, { flaw: 'payment-amount', items: [DEMO_GOODS[0], DEMO_GOODS[3]].filter((g) => g !== undefined) });
    // the storefront is down for the stop: 3 attempts fail (the delivery fails), then 2 more during the replay
    storefront.failing.set(`${d.order.orderNo}/stopped`, 5);
    const received = await postRaw(`/v1/hub/storefront/${connections.generic?.id}/webhook`, genericOrderWebhook(d.order, SECRETS.generic, at));
    expect(received.status).toBe(202);
    expect((await postRaw(`/v1/hub/payment/${connections.payment?.id}/webhook`, paymentNotification(d.payment, SECRETS.payment, at))).status).toBe(202);
    const dealId = received.body.dealId as string;

    const stopped = await dealSettled(dealId, ['stopped', 'released', 'blocked', 'rejected', 'needs-attention']);
    expect(stopped.deal.status).toBe('stopped');
    expect(stopped.deal.reason).toMatchObject({ code: 'payment.amount', message: expect.stringMatching(/\S/) });
    expect(stopped.declarations).toEqual([]);
    const inventories = await http<Page<{ orderNo: string }>>('GET', '/v1/single-window/inventories?limit=200', { key: customsKey });
    expect(inventories.body.items.some((i) => i.orderNo === d.order.orderNo)).toBe(false);

    const failed = await eventually(
      async () => {
        const page = await http<Page<Delivery>>('GET', `/v1/webhook-deliveries?status=failed&dealId=${dealId}`);
        return page.body.items[0];
      },
      30_000,
      'the stop webhook to fail',
    );
    expect({ attempts: failed.attempts, lastStatusCode: failed.lastStatusCode }).toEqual({ attempts: 3, lastStatusCode: 503 });
    expect(storefront.statuses(d.order.orderNo)).not.toContain('stopped');

    const replay = await http<Delivery>('POST', `/v1/webhook-deliveries/${failed.id}/replay`);
    expect(replay.status).toBe(202);
    const delivered = await eventually(
      async () => {
        const one = await http<Delivery & { attempts_log: { attempt: number; statusCode: number | null }[] }>('GET', `/v1/webhook-deliveries/${failed.id}`);
        return one.body.status === 'pending' ? undefined : one.body;
      },
      30_000,
      'the replay to finish',
    );
    // two more failures, then delivered: a replay is a new series of up to 3 attempts, not a single one
    expect(delivered.status).toBe('delivered');
    expect(delivered.attempts_log.map((a) => a.statusCode)).toEqual([503, 503, 503, 503, 503, 204]);
    const told = storefront.byOrder.get(d.order.orderNo)?.find((t) => t.status === 'stopped');
    expect(told?.reason?.code).toBe('payment.amount');
    expect(storefront.statuses(d.order.orderNo)).toEqual(['accepted', 'stopped']);
  }, 120_000);

  it('the storefront endpoint refuses a status webhook replayed outside the window or signed with another secret', () => {
    const body = Buffer.from('{"id":"evt_x","type":"order.status","data":{"orderNo":"X","status":"released"}}');
    const sign = (secret: string, t: number) => `t=${t},v1=${createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex')}`;
    const now = Math.floor(Date.now() / 1000);
    expect(StorefrontEndpoint.verify(sign(SECRETS.notify, now), body, SECRETS.notify, now)).toBeUndefined();
    expect(StorefrontEndpoint.verify(sign(SECRETS.notify, now - REPLAY_WINDOW_S - 1), body, SECRETS.notify, now)).toBe('outside the replay window');
    expect(StorefrontEndpoint.verify(sign('another secret', now), body, SECRETS.notify, now)).toBe('signature mismatch');
  });
});
