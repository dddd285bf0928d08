import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../domain/model/index.js';
import { runStorefrontContract } from '../sdk/contracts/storefront.contract.js';
import { type InboundRequest, signPayload } from '../sdk/index.js';
import { genericJsonStorefront } from './connector.js';
import { orderWebhookBody, orderWebhookJsonSchema } from './format.js';

const sample = (name: string) => readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8');
const body = sample('order-created.json');
const SECRET = 'whsec_generic_test_0123456789';
const NOTIFY = 'ntsec_generic_test_9876543210';

const settings = (notifyUrl = 'https://shop.example.com/hooks/crossgate') => ({
  ebpCode: '3301960001',
  ebpName: 'Crossgate Demo Mall 示范跨境商城',
  ebcCode: '3301960002',
  ebcName: 'Demo Merchant Trading Co. 示范商贸有限公司',
  webhookSecret: SECRET,
  notifyUrl,
  notifySecret: NOTIFY,
});

const signed = (raw: string, at: Date, secret = SECRET, signedAt = at): InboundRequest => ({
  headers: { 'Content-Type': 'application/json', 'Crossgate-Signature': signPayload(secret, raw, signedAt) },
  rawBody: raw,
  receivedAt: at,
});

const expectedOrder: Order = {
  orderNo: 'GJ2025030100000001',
  ebpCode: '3301960001',
  ebpName: 'Crossgate Demo Mall 示范跨境商城',
  ebcCode: '3301960002',
  ebcName: 'Demo Merchant Trading Co. 示范商贸有限公司',
  goodsValue: '580.00',
  freight: '10.00',
  discount: '0.00',
  taxTotal: '53.69',
  actualPaid: '643.69',
  currency: '142',
  buyer: { idType: '1', idNumber: '330106199003071236', name: '张晓明', telephone: '13812345678', regNo: 'member-7781' },
  payCode: '3301960003',
  payName: 'Demo Pay 示范支付',
  payTransactionId: 'PAY202503010958120001',
  consignee: { name: '张晓明', telephone: '13812345678', address: '浙江省杭州市西湖区文三路90号' },
  lines: [
    { gnum: 1, itemNo: 'SKU-FORMULA-900', itemName: '婴儿配方奶粉 900克', gmodel: '900克/罐|品牌:示例', unit: '122', qty: '2', price: '199.00', totalPrice: '398.00', currency: '142', country: '601' },
    { gnum: 2, itemNo: 'SKU-CASHEW-500', itemName: '去壳腰果 500克', unit: '122', qty: '4', price: '45.50', totalPrice: '182.00', currency: '142', country: '502' },
  ],
};

runStorefrontContract({
  name: 'generic-json',
  definition: genericJsonStorefront,
  create: async ({ notifyUrl, clock }) => genericJsonStorefront.fromSettings(settings(notifyUrl), { clock }),
  fixtures: {
    settings: settings(),
    notifySecret: NOTIFY,
    personalData: ['330106199003071236', '13812345678', '张晓明', '文三路90号'],
    orderWebhook: (at) => signed(body, at),
    expectedOrder,
    forgedWebhook: (at) => signed(body, at, 'whsec_someone_else_000000'),
    unsignedWebhook: (at) => ({ headers: { 'content-type': 'application/json' }, rawBody: body, receivedAt: at }),
    malformedWebhook: (at) => signed(JSON.stringify({ id: 'evt_1', type: 'order.created', order: { orderNo: 'X' } }), at),
    staleWebhook: (at) => signed(body, at, SECRET, new Date(at.getTime() - 301_000)),
  },
});

describe('generic JSON storefront: format and mapping', () => {
  const at = new Date('2025-03-01T02:00:00Z');
  const sf = genericJsonStorefront.fromSettings(settings(), { clock: () => at });

  it('publishes the JSON Schema of the format as a file, equal to the zod source', () => {
    expect(JSON.parse(sample('order-webhook.schema.json'))).toEqual(orderWebhookJsonSchema());
  });

  it('the sample body is valid against the format', () => {
    expect(orderWebhookBody.safeParse(JSON.parse(body)).success).toBe(true);
  });

  it('refuses an order whose amounts do not add up, naming the figures', async () => {
    const wrong = body.replace('"actualPaid": "643.69"', '"actualPaid": "600.00"');
    const r = await sf.receiveOrder(signed(wrong, at));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'order.totals_inconsistent', disposition: 'permanent' });
      expect(r.error.message).toContain('643.69');
    }
  });

  it('accepts a delivery signed a little in the future (clock skew within the window)', async () => {
    expect((await sf.receiveOrder(signed(body, at, SECRET, new Date(at.getTime() + 120_000)))).ok).toBe(true);
  });

  it('accepts either secret while the storefront rotates it (several v1 values)', async () => {
    const header = signPayload(['whsec_new_secret_123456789', SECRET], body, at);
    expect((await sf.receiveOrder({ headers: { 'crossgate-signature': header }, rawBody: body, receivedAt: at })).ok).toBe(true);
  });

  it('refuses settings without secrets, without echoing any value', () => {
    expect(() => genericJsonStorefront.fromSettings({ ...settings(), webhookSecret: 'short' }, {})).toThrow(/webhookSecret/);
    try {
      genericJsonStorefront.fromSettings({ ...settings(), webhookSecret: 'short' }, {});
    } catch (error) {
      expect(String(error)).not.toContain('short');
    }
  });
});
