import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../domain/model/index.js';
import { runStorefrontContract } from '../sdk/contracts/storefront.contract.js';
import type { InboundRequest, ProductFacts } from '../sdk/index.js';
import { shopifyStorefront } from './connector.js';

const SECRET = 'shpss_test_app_secret_0123456789';
const NOTIFY = 'ntsec_shopify_test_9876543210';
const sampleBytes = readFileSync(new URL('./samples/orders-create.json', import.meta.url));
const body = sampleBytes.toString('utf8');
const sampleHeaders = JSON.parse(readFileSync(new URL('./samples/orders-create.headers.json', import.meta.url), 'utf8')) as Record<string, string>;

const REGISTRY: Readonly<Record<string, ProductFacts>> = {
  'SKU-FORMULA-900': { unit: '122', originCountry: '601', declaredName: '婴儿配方奶粉 900克' },
  'SKU-CASHEW-500': { unit: '122', originCountry: '502', declaredName: '去壳腰果 500克' },
};
const products = async (sku: string) => REGISTRY[sku];

const settings = (notifyUrl = 'https://crossgate-demo-app.example.com/hooks/crossgate') => ({
  shopDomain: 'crossgate-demo.myshopify.com',
  apiSecret: SECRET,
  ebpCode: '3301960001',
  ebcCode: '3301960002',
  ebcName: 'Demo Merchant Trading Co. 示范商贸有限公司',
  orderNoPrefix: 'SHOP',
  payCode: '3301960003',
  payName: 'Demo Pay 示范支付',
  notifyUrl,
  notifySecret: NOTIFY,
});

const hmac = (raw: string | Buffer, secret = SECRET) => createHmac('sha256', secret).update(raw).digest('base64');
const request = (raw: string | Buffer, at: Date, headers: Record<string, string | undefined> = {}): InboundRequest => ({
  headers: { ...sampleHeaders, 'X-Shopify-Hmac-Sha256': hmac(raw), ...headers },
  rawBody: typeof raw === 'string' ? raw : new Uint8Array(raw),
  receivedAt: at,
});

const expectedOrder: Order = {
  orderNo: 'SHOP820982911946154508',
  ebpCode: '3301960001',
  ebcCode: '3301960002',
  ebcName: 'Demo Merchant Trading Co. 示范商贸有限公司',
  goodsValue: '580.00',
  freight: '10.00',
  discount: '5.00',
  taxTotal: '48.66',
  actualPaid: '633.66',
  currency: '142',
  buyer: { idType: '1', idNumber: '330106199003071236', name: '张晓明', telephone: '13812345678', regNo: '115310627314723954' },
  payCode: '3301960003',
  payName: 'Demo Pay 示范支付',
  payTransactionId: 'PAY202503010958120001',
  consignee: { name: '张晓明', telephone: '13812345678', address: '浙江省 杭州市 文三路90号' },
  lines: [
    { gnum: 1, itemNo: 'SKU-FORMULA-900', itemName: '婴儿配方奶粉 900克', gmodel: 'Stage 1', unit: '122', qty: '2', price: '199.00', totalPrice: '398.00', currency: '142', country: '601' },
    { gnum: 2, itemNo: 'SKU-CASHEW-500', itemName: '去壳腰果 500克', unit: '122', qty: '4', price: '45.50', totalPrice: '182.00', currency: '142', country: '502' },
  ],
};

runStorefrontContract({
  name: 'shopify',
  definition: shopifyStorefront,
  create: async ({ notifyUrl, clock }) => shopifyStorefront.fromSettings(settings(notifyUrl), { clock, products }),
  fixtures: {
    settings: settings(),
    notifySecret: NOTIFY,
    personalData: ['330106199003071236', '13812345678', '张晓明', '文三路90号'],
    orderWebhook: (at) => request(sampleBytes, at),
    expectedOrder,
    forgedWebhook: (at) => request(body, at, { 'X-Shopify-Hmac-Sha256': hmac(body, 'shpss_someone_else_000000') }),
    unsignedWebhook: (at) => request(body, at, { 'X-Shopify-Hmac-Sha256': undefined }),
    malformedWebhook: (at) => request(JSON.stringify({ id: 1, name: '#1', line_items: 'none' }), at),
  },
  skip: {
    SF06: 'Shopify signs the body only, with no timestamp: a replay is caught by de-duplicating on X-Shopify-Event-Id (the event id), not by a replay window',
  },
});

describe('Shopify storefront: the real webhook format', () => {
  const at = new Date('2025-03-01T02:00:02Z');
  const sf = shopifyStorefront.fromSettings(settings(), { clock: () => at, products });
  const orderOf = async (raw: string, headers: Record<string, string> = {}) => sf.receiveOrder(request(raw, at, headers));

  it('verifies the header Shopify sent with the sample (base64 HMAC-SHA256 of the raw bytes)', async () => {
    expect(sampleHeaders['X-Shopify-Hmac-Sha256']).toBe(hmac(sampleBytes));
    const r = await sf.receiveOrder({ headers: sampleHeaders, rawBody: new Uint8Array(sampleBytes), receivedAt: at });
    expect(r.ok && r.value).toMatchObject({
      eventId: '98880550-7158-44d4-b7cd-2c97c8a091b5',
      topic: 'orders/create',
      partnerOrderId: '820982911946154508',
      paid: true,
      test: false,
      occurredAt: '2025-03-01T02:00:01.123456789Z',
    });
  });

  it('keeps the exact order id although JSON numbers lose it (820982911946154508 > 2^53)', async () => {
    expect(String((JSON.parse(body) as { id: number }).id)).not.toBe('820982911946154508');
    const r = await orderOf(body);
    expect(r.ok && r.value.order.orderNo).toBe('SHOP820982911946154508');
  });

  it('accepts the header name in any case, and falls back to the webhook id', async () => {
    const headers = Object.fromEntries(Object.entries(sampleHeaders).map(([k, v]) => [k.toLowerCase(), v]));
    delete headers['x-shopify-event-id'];
    const r = await sf.receiveOrder({ headers, rawBody: body, receivedAt: at });
    expect(r.ok && r.value.eventId).toBe('b54557e4-bdd9-4b37-8a5f-bf7d70bcd043');
  });

  it('uses name or order_number as the order number when configured', async () => {
    for (const [source, no] of [['name', '1001'], ['order_number', '1001']] as const) {
      const c = shopifyStorefront.fromSettings({ ...settings(), orderNoSource: source, orderNoPrefix: '' }, { products });
      const r = await c.receiveOrder(request(body, at));
      expect(r.ok && r.value.order.orderNo).toBe(no);
    }
  });

  it('refuses another shop, another topic, and a non-CNY order', async () => {
    const cases: [string, Record<string, string>, string, string][] = [
      [body, { 'X-Shopify-Shop-Domain': 'other.myshopify.com' }, 'webhook.shop_mismatch', 'permanent'],
      [body, { 'X-Shopify-Topic': 'orders/updated' }, 'webhook.topic_unsupported', 'permanent'],
      [body.replace('"currency": "CNY"', '"currency": "USD"'), {}, 'order.currency_unsupported', 'permanent'],
    ];
    for (const [raw, headers, code, disposition] of cases) {
      const r = await orderOf(raw, headers);
      expect(r.ok ? 'ok' : r.error, code).toMatchObject({ code, disposition });
    }
  });

  it('asks a person when the identity number was not collected, or a SKU is not registered', async () => {
    const noId = body.replace('"buyer_id_number"', '"other_attribute"');
    const r1 = await orderOf(noId);
    expect(r1.ok ? 'ok' : r1.error).toMatchObject({ code: 'order.buyer_identity_missing', disposition: 'needs-human' });
    const unknownSku = body.replace('"SKU-CASHEW-500"', '"SKU-UNKNOWN"');
    const r2 = await orderOf(unknownSku);
    expect(r2.ok ? 'ok' : r2.error).toMatchObject({ code: 'order.product_unregistered', disposition: 'needs-human', details: { sku: 'SKU-UNKNOWN' } });
  });

  it('uses the settings defaults when there is no product registry', async () => {
    const c = shopifyStorefront.fromSettings({ ...settings(), defaultUnit: '011', defaultOriginCountry: '502' }, {});
    const r = await c.receiveOrder(request(body, at));
    expect(r.ok && r.value.order.lines.map((l) => [l.itemName, l.unit, l.country])).toEqual([
      ['Infant formula 900 g', '011', '502'],
      ['Cashews 500 g', '011', '502'],
    ]);
  });

  it('refuses prices that include tax, and totals that do not add up', async () => {
    const r1 = await orderOf(body.replace('"taxes_included": false', '"taxes_included": true'));
    expect(r1.ok ? 'ok' : r1.error).toMatchObject({ code: 'order.taxes_included', disposition: 'needs-human' });
    const r2 = await orderOf(body.replace('"total_price": "633.66"', '"total_price": "640.00"'));
    expect(r2.ok ? 'ok' : r2.error).toMatchObject({ code: 'order.totals_inconsistent', disposition: 'permanent' });
  });
});
