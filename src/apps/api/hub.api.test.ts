import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import { newId } from '../../kernel/ids.js';
import type { Store } from '../../ports/store.port.js';
import { type DemoKey, seedDemoWorld } from '../../workflows/demo/seed-demo-world.js';
import { loadOrCreateKey } from '../key-dir.js';
import { buildApi } from './server.js';

/** The hub's API without a worker: connections (secrets write-only), products, landed cost, deal listing. */
let store: Store & { close(): Promise<void> };
let app: FastifyInstance;
let keys: DemoKey[];
let keyDir: string;
const key = (role: string) => keys.find((k) => k.role === role)?.key ?? '';

async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, role = 'ebc', contentType = 'application/json') {
  const res = await app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key(role)}`, ...(payload !== undefined && { 'content-type': contentType }) },
    ...(payload !== undefined && { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown>, text: res.body };
}

beforeAll(async () => {
  store = await createTestStore();
  keyDir = mkdtempSync(join(tmpdir(), 'crossgate-hub-keys-'));
  keys = await seedDemoWorld(store, (p) => loadOrCreateKey(keyDir, `${p.role}-${p.code}`, `${p.code}-01`));
  app = await buildApi({ store, log: pino({ level: 'silent' }), version: 'test' });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('hub API: connections', () => {
  it('validates settings by the connector’s schema and never returns a secret', async () => {
    const ebc = keys.find((k) => k.role === 'ebc');
    const pem = readFileSync(ebc?.signingKey?.path ?? '', 'utf8');
    const bad = await call('POST', '/v1/connections', { kind: 'single-window', connectorId: 'ceb-single-window', label: 'SW', settings: { baseUrl: 'not a url', apiKey: 'cg_secret_value_123' }, declaresAs: 'ebc', signingKey: { keyName: 'k', pem } });
    expect(bad.status).toBe(400);
    expect(bad.text).not.toContain('cg_secret_value_123');
    const created = await call('POST', '/v1/connections', {
      kind: 'single-window',
      connectorId: 'ceb-single-window',
      label: 'SW as merchant',
      settings: { baseUrl: 'http://127.0.0.1:1', apiKey: 'cg_secret_value_123' },
      declaresAs: 'ebc',
      signingKey: { keyName: `${ebc?.code}-01`, pem },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ secretsSet: ['apiKey'], signingKey: { set: true }, declaresAs: 'ebc' });
    expect(created.text).not.toContain('cg_secret_value_123');
    expect(created.text).not.toContain('PRIVATE KEY');
    const id = created.body['id'] as string;
    const patched = await call('PATCH', `/v1/connections/${id}`, { label: 'renamed', settings: { pageSize: 200 } });
    expect(patched).toMatchObject({ status: 200, body: { label: 'renamed', settings: { pageSize: 200 }, secretsSet: ['apiKey'] } });
    const stored = await store.hubConnections.byId(id);
    expect(stored?.settings['apiKey']).toBe('cg_secret_value_123');
    expect((await call('GET', `/v1/connections/${id}`, undefined, 'ebp')).status).toBe(404);
    expect((await call('POST', '/v1/connections', { kind: 'single-window', connectorId: 'ceb-single-window', label: 'x', settings: { baseUrl: 'http://a', apiKey: 'cg_secret_value_123' }, declaresAs: 'ebc', signingKey: { keyName: 'k', pem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\nxxxxxxxxxx' } })).status).toBe(400);
    expect((await call('DELETE', `/v1/connections/${id}`)).body).toMatchObject({ disabled: true });
    expect((await call('GET', '/v1/connections?kind=single-window')).body['items']).toEqual([]);
    const catalogue = await call('GET', '/v1/connectors?kind=storefront');
    expect((catalogue.body['items'] as { key: string }[]).map((c) => c.key).sort()).toEqual(['storefront/generic-json', 'storefront/shopify']);
  });

  it('answers an unknown connection’s webhook 404 and a forged or unsupported one 401 / 415', async () => {
    const missing = await app.inject({ method: 'POST', url: '/v1/hub/storefront/con_nope/webhook', headers: { 'content-type': 'application/json' }, payload: '{}' });
    expect(missing.statusCode).toBe(404);
    const created = await call('POST', '/v1/connections', {
      kind: 'storefront',
      connectorId: 'generic-json',
      label: 'Shop',
      settings: { ebpCode: '3301960001', ebcCode: '3301960002', webhookSecret: 'whsec_0123456789', notifyUrl: 'http://127.0.0.1:1/hook', notifySecret: 'ntsec_0123456789' },
    });
    const url = `/v1/hub/storefront/${created.body['id']}/webhook`;
    const forged = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', 'crossgate-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` }, payload: '{"id":"evt"}' });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ error: { code: 'connector.webhook_unauthenticated' } });
    expect((await app.inject({ method: 'POST', url, headers: { 'content-type': 'text/plain' }, payload: 'x' })).statusCode).toBe(415);
  });
});

describe('hub API: products and the landed-cost quote', () => {
  it('imports a product CSV with a per-row error report and the positive-list status from the tariff', async () => {
    const csv = [
      'sku,name,hs_code,origin_country,declared_unit,model',
      'SKU-A,婴儿配方奶粉 900克,1901101000,601,122,900克/罐',
      'SKU-B,卷烟,2402200000,303,035,',
      'SKU-C,bad,19011010,601,122,',
      'SKU-D,unknown code,9999999999,601,122,',
      'SKU-A,duplicate,1901101000,601,122,',
    ].join('\n');
    const report = await call('POST', '/v1/products/import', csv, 'ebc', 'text/csv');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ imported: 3, rejected: 2, notListed: 2 });
    expect((report.body['errors'] as { line: number; field: string }[]).map((e) => [e.line, e.field])).toEqual([
      [4, 'hs_code'],
      [6, 'sku'],
    ]);
    const list = await call('GET', '/v1/products?limit=2');
    expect((list.body['items'] as { sku: string; positiveList: string }[]).map((p) => [p.sku, p.positiveList])).toEqual([
      ['SKU-A', 'listed'],
      ['SKU-B', 'not-listed'],
    ]);
    expect(list.body['next']).toBe('SKU-B');
    expect((await call('GET', '/v1/products', undefined, 'ebp')).body['items']).toEqual([]);
  });

  it('answers a repeated write with the same Idempotency-Key once', async () => {
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/v1/products',
        headers: { authorization: `Bearer ${key('ebc')}`, 'content-type': 'application/json', 'idempotency-key': 'prod-once-1' },
        payload: JSON.stringify({ sku: 'SKU-IDEM', name: '去壳腰果 500克', hsCode: '0801320000', originCountry: '502', declaredUnit: '122' }),
      });
    const [first, second] = [await send(), await send()];
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
  });

  it('quotes the landed cost by SKU or HS code: duty, VAT, consumption tax, total, channel and why', async () => {
    const ok = await call('POST', '/v1/quotes/landed-cost', {
      items: [{ sku: 'SKU-A', qty: '2', unitPrice: '199.00' }, { hsCode: '0801320000', name: '腰果', qty: '4', unitPrice: '45.50' }],
      destination: 'CN',
      freight: '10.00',
      buyer: { idNumber: '11010519491231002X' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ channel: 'cbec', treatment: 'preferential', duty: '0.00', goodsValue: '580.00', freight: '10.00', annualUsed: '0.00' });
    expect(Number(ok.body['total'])).toBeCloseTo(590 + Number(ok.body['tax']), 2);
    expect(ok.body['why']).toContain('duty 0');
    expect(ok.text).not.toContain('11010519491231002X');
    const big = await call('POST', '/v1/quotes/landed-cost', { items: [{ sku: 'SKU-A', qty: '30', unitPrice: '199.00' }], destination: 'CN', buyer: { idNumber: '11010519491231002X' } });
    expect(big.body).toMatchObject({ channel: 'general', treatment: 'full-rate' });
    const refused = await call('POST', '/v1/quotes/landed-cost', { items: [{ sku: 'SKU-B', qty: '1', unitPrice: '200.00' }], destination: 'CN', buyer: { idNumber: '11010519491231002X' } });
    expect(refused.body).toMatchObject({ channel: 'refused' });
    expect((await call('POST', '/v1/quotes/landed-cost', { items: [{ sku: 'NOPE', qty: '1', unitPrice: '1' }], destination: 'CN', buyer: { idNumber: '11010519491231002X' } })).body).toMatchObject({ error: { code: 'quote.no_product' } });
    expect((await call('POST', '/v1/quotes/landed-cost', { items: [{ sku: 'SKU-A', qty: '1', unitPrice: '1' }], destination: 'US', buyer: { idNumber: '11010519491231002X' } })).status).toBe(400);
  });
});

describe('hub API: documented', () => {
  it('publishes every hub route in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    for (const path of ['/v1/hub/storefront/{connectionId}/webhook', '/v1/hub/carrier/{connectionId}/webhook', '/v1/deals', '/v1/deals/{id}', '/v1/deals/{id}/cancel', '/v1/deals/{id}/returns', '/v1/connections', '/v1/products', '/v1/products/import', '/v1/quotes/landed-cost', '/v1/webhook-deliveries', '/v1/webhook-deliveries/{id}/replay']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});

describe('hub API: deals', () => {
  it('lists a participant’s deals by status and time with a keyset, and hides the others’', async () => {
    const ebc = keys.find((k) => k.role === 'ebc')?.participantId ?? '';
    const [con] = await store.hubConnections.list({ participantId: ebc, kind: 'storefront', limit: 1 });
    for (let i = 0; i < 5; i++) {
      await store.hubDeals.insert({
        id: newId('deal'),
        participantId: ebc,
        storefrontConnectionId: con?.id ?? '',
        orderNo: `LIST${i}`,
        ebpCode: '3301960001',
        ebcCode: '3301960002',
        partnerOrderId: `so_${i}`,
        tradeMode: '9610',
        status: i % 2 === 0 ? 'released' : 'declared',
        paid: true,
        test: false,
        buyerKey: 'b',
        payTransactionId: null,
        copNo: `C${i}`,
        documents: { order: { orderNo: `LIST${i}`, ebpCode: 'E', ebcCode: 'C', goodsValue: '1', freight: '0', discount: '0', taxTotal: '0', actualPaid: '1', currency: '142', buyer: { idType: '1', idNumber: '11010519491231002X', name: '张三' }, consignee: { name: '张三', telephone: '13800138000', address: 'a' }, lines: [] } },
        links: { storefront: con?.id ?? '', singleWindow: {} },
      });
    }
    const first = await call('GET', '/v1/deals?status=released&limit=2');
    expect((first.body['items'] as { orderNo: string }[]).map((d) => d.orderNo)).toEqual(['LIST0', 'LIST2']);
    const next = await call('GET', `/v1/deals?status=released&limit=2&after=${first.body['next']}`);
    expect((next.body['items'] as { orderNo: string }[]).map((d) => d.orderNo)).toEqual(['LIST4']);
    expect(((await call('GET', `/v1/deals?since=${new Date(Date.now() + 60_000).toISOString()}`)).body['items'] as unknown[]).length).toBe(0);
    const id = (first.body['items'] as { id: string }[])[0]?.id;
    const detail = await call('GET', `/v1/deals/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.text).not.toContain('11010519491231002X');
    expect(detail.text).not.toContain('13800138000');
    expect((await call('GET', `/v1/deals/${id}`, undefined, 'ebp')).status).toBe(404);
    expect((await call('GET', `/v1/deals/${id}`, undefined, 'admin')).status).toBe(200);
    expect((await call('GET', '/v1/deals', undefined, 'payment')).status).toBe(403);
    expect((await call('POST', `/v1/deals/${id}/returns`, { lines: [{ gnum: 1, qty: '1' }], reason: 'x' })).status).toBe(409);
  });
});
