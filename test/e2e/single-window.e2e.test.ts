import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_POLICY } from '../../src/domain/matching/index.js';
import { signMessage } from '../../src/signing/index.js';
import { buildDeal, DEAL_FLAWS, type DealDocuments, type DealFlaw, type DealItem, DEMO_GOODS, dealDeclarations } from '../../src/workflows/demo/synthetic-deal.js';
import { originalsOf } from '../../src/workflows/single-window/queries.js';
import { type Harness, startHarness } from '../support/single-window-harness.js';
import {
  call,
  declarationsOf,
  eventually,
  fen,
  type InventoryView,
  inventoriesByOrder,
  type Outgoing,
  type Page,
  type PulledReceipt,
  pullReceipts,
  type Quota,
  returnStatusesOf,
  seededShuffle,
  type Stats,
  taxBillOf,
  yuan,
} from './e2e-kit.js';

/**
 * Issue 4, "Done when": four parties send their documents over HTTP in shuffled orders; the consistent deals are
 * released with the right tax and the quota consumed; each inconsistent deal is rejected with the right code; a
 * repeated message changes nothing. (Cancel and return: corrections.e2e.test.ts.)
 */

/** What customs answers each flaw with: the CEB622 returnStatus and every reason code, in order. */
const EXPECTED: Readonly<Record<DealFlaw, { readonly returnStatus: string; readonly codes: readonly string[] }>> = {
  // No standard code for these mismatches (error-codes-202205.json): 100 海关退单 and Crossgate's rule id.
  'payment-amount': { returnStatus: '100', codes: ['payment.amount'] },
  'payer-not-buyer': { returnStatus: '100', codes: ['payment.payer_name', 'payment.payer_id'] },
  'consignee-phone': { returnStatus: '100', codes: ['waybill.consignee_telephone'] },
  'buyer-id': { returnStatus: '100', codes: ['identity.check_character'] },
  'goods-name': { returnStatus: '100', codes: ['inventory.goods_name'] },
  'not-listed': { returnStatus: '100', codes: ['goods.not_on_positive_list'] },
  // Standard codes: −621005 清单的购买金额超过单笔限额, −401004 [order]对应支付凭证查询不存在 (after the wait).
  'over-limit': { returnStatus: '-621005', codes: ['-621005'] },
  'missing-payment': { returnStatus: '-401004', codes: ['-401004'] },
};

const ROLES = ['ebp', 'payment', 'logistics', 'ebc'] as const;
const SEED = 20_240_521;
/** The codes of a returnInfo / rejection text: each reason starts with `[code]` (answer.ts describeReasons). */
const codesIn = (info: string | null) => [...(info ?? '').matchAll(/(?:^|; )\[([^\]]+)\]/g)].map((m) => m[1]);

describe('the single window end to end: shuffled documents from four parties over HTTP', () => {
  let h: Harness;
  const at = new Date();
  let consistent: DealDocuments[];
  let flawed: DealDocuments[];
  let inventories: Map<string, InventoryView>;
  let outgoing: Outgoing[][];
  const sent: { role: string; body: string; messageId: string }[] = [];
  const receipts = new Map<string, PulledReceipt[]>();

  beforeAll(async () => {
    // a short wait, so that the deal without a payment is rejected within seconds
    h = await startHarness({ match: { ...DEFAULT_MATCH_POLICY, waitMinutes: 0.1 } });
    const tariff = await h.sw.ctx.tariff();
    consistent = [1, 2, 3, 4, 5, 6].map((n) => buildDeal(n, h.parties, tariff, at));
    // rules.md A4 worked examples: a high-end serum (20 g declared as qty1 0.02 kg: 425 / 20 g = 21.25 per g ≥ 10),
    // 415 + freight 10 = 425 dutiable, 13 % VAT + 15 % CT → 98.00;
    // boots, 490 + freight 10 = 500 dutiable, 13 % VAT → 500 × 9.1 % = 45.50
    const serum: DealItem = { hsCode: '3304990099', name: '精华液 20克', unit: '011', price: '415.00', qty: '1', origin: '116', itemNo: 'SKU-SERUM-20', legal: { qty: '0.02', unit: '035' } };
    const boot: DealItem = { ...(DEMO_GOODS[1] as DealItem), price: '490.00', qty: '1' };
    consistent.push(buildDeal(7, h.parties, tariff, at, { items: [serum] }), buildDeal(8, h.parties, tariff, at, { items: [boot] }));
    flawed = DEAL_FLAWS.map((flaw, i) => buildDeal(100 + i, h.parties, tariff, at, { flaw }));
    // Deals in groups of four, the documents of a group shuffled together: every order within a deal, deals
    // interleaved, and no document sent long after its inventory (whose wait is short). The deal without a
    // payment goes first, its wait running while the others are sent.
    const waiting = flawed.find((d) => d.flaw === 'missing-payment') as DealDocuments;
    const deals = [waiting, ...seededShuffle([...consistent, ...flawed].filter((d) => d !== waiting), SEED)];
    outgoing = Array.from({ length: deals.length / 4 }, (_, g) => seededShuffle(declarationsOf(h, deals.slice(g * 4, g * 4 + 4), at), SEED + g));
    const signed = outgoing.flat().map((out) => ({ ...out, body: signMessage(out.xml, h.signers[out.role]!) }));
    for (const out of signed) {
      const res = await h.send(out.role, out.body, { sign: false });
      expect(res.statusCode, JSON.stringify(res.body)).toBe(202);
      expect(res.body).toMatchObject({ type: out.type, duplicate: false, documents: 1 });
      sent.push({ role: out.role, body: out.body, messageId: res.body.messageId as string });
    }
    const total = consistent.length + flawed.length;
    inventories = await eventually(
      async () => {
        const all = await inventoriesByOrder(h);
        const done = [...all.values()].filter((i) => i.status === '800' || i.status === '100');
        return done.length === total ? all : undefined;
      },
      30_000,
      'every inventory released or rejected',
    );
    await h.settle();
    for (const role of ROLES) receipts.set(role, (await pullReceipts(h, role)).items);
  });
  afterAll(async () => h?.close());

  const inventoryOf = (deal: DealDocuments) => inventories.get(deal.order.orderNo) as InventoryView;
  const receiptsOf = (role: string, docKey: string) => (receipts.get(role) ?? []).filter((r) => r.docKey === docKey);
  const docKeyOf = (deal: DealDocuments) => `inventory|${deal.order.ebpCode}|${deal.order.ebcCode}|${deal.order.orderNo}`;

  it('sent the documents in every order: the inventory first, second, third and last', () => {
    const place = new Set<number>();
    for (const group of outgoing) {
      for (const deal of new Set(group.map((o) => o.deal))) {
        place.add(group.filter((o) => o.deal === deal).findIndex((o) => o.type === 'CEB621'));
      }
    }
    expect([...place].sort()).toEqual([0, 1, 2, 3]);
  });

  it('releases every consistent deal (800) with the tax customs computes, on the inventory and in the CEB816', () => {
    expect(consistent.slice(-2).map((d) => d.tax)).toEqual(['98.00', '45.50']);
    expect(inventoryOf(consistent[6] as DealDocuments)).toMatchObject({ customsDuty: '0.00', consumptionTax: '52.50', vat: '45.50' });
    for (const deal of consistent) {
      const inv = inventoryOf(deal);
      expect(inv, deal.order.orderNo).toMatchObject({ status: '800', channel: 'cbec', tax: deal.tax, rejection: { code: null } });
      expect(inv.dutiableValue).toBe(yuan(fen(deal.order.goodsValue) + fen(deal.order.freight)));
      const ebc = receiptsOf('ebc', docKeyOf(deal));
      expect(returnStatusesOf(ebc, 'CEB622')).toEqual(['2', '120', '399', '800']);
      const bills = ebc.filter((r) => r.messageType === 'CEB816').map((r) => taxBillOf(r.xml));
      expect(bills).toEqual([{ invtNo: inv.invtNo, total: deal.tax }]);
    }
  });

  it("consumes each buyer's annual quota by the dutiable value (GET /quota/{idNumber})", async () => {
    for (const deal of consistent) {
      const id = deal.inventory.buyer.idNumber;
      const res = await call<Quota>(h, 'ebc', 'GET', `/v1/single-window/quota/${id}`);
      expect(res.status).toBe(200);
      const dutiable = inventoryOf(deal).dutiableValue as string;
      expect(res.body).toMatchObject({ valid: true, limit: '26000.00', used: dutiable, remaining: yuan(2_600_000 - fen(dutiable)) });
      expect(res.body.releases).toEqual([expect.objectContaining({ invtNo: inventoryOf(deal).invtNo, amount: dutiable })]);
    }
  });

  it.each(DEAL_FLAWS)('rejects the %s deal (100) with the code that names the flaw', (flaw) => {
    const deal = flawed.find((d) => d.flaw === flaw) as DealDocuments;
    const inv = inventoryOf(deal);
    const want = EXPECTED[flaw];
    expect(inv.status).toBe('100');
    expect(inv.invtNo).toBeNull();
    expect(inv.rejection.code).toBe(want.codes[0]);
    expect(codesIn(inv.rejection.info)).toEqual(want.codes);
    const ebc = receiptsOf('ebc', docKeyOf(deal));
    expect(returnStatusesOf(ebc, 'CEB622')).toEqual(['2', want.returnStatus]);
    expect(ebc.at(-1)?.returnInfo).toContain(`[${want.codes[0]}]`);
    expect(ebc.some((r) => r.messageType === 'CEB816')).toBe(false);
  });

  it('answers the order, payment and waybill on their own: only the invalid buyer ID is refused at once', () => {
    for (const deal of [...consistent, ...flawed]) {
      const order = receiptsOf('ebp', `order|${deal.order.ebpCode}|${deal.order.ebcCode}|${deal.order.orderNo}`);
      expect(returnStatusesOf(order, 'CEB312')).toEqual([deal.flaw === 'buyer-id' ? '100' : '120']);
      const payment = (receipts.get('payment') ?? []).filter((r) => r.docKey.endsWith(`|${deal.payment.payTransactionId}`));
      expect(returnStatusesOf(payment, 'CEB412')).toEqual(deal.flaw === 'missing-payment' ? [] : ['120']);
      const waybill = receiptsOf('logistics', `waybill|${deal.waybill.logisticsCode}|${deal.waybill.logisticsNo}`);
      expect(returnStatusesOf(waybill, 'CEB512')).toEqual(['120']);
    }
    const badId = (flawed.find((d) => d.flaw === 'buyer-id') as DealDocuments).order;
    const refusal = receiptsOf('ebp', `order|${badId.ebpCode}|${badId.ebcCode}|${badId.orderNo}`);
    expect(refusal[0]?.returnInfo).toContain('[identity.check_character]');
  });

  it('consumes no quota for a rejected deal', async () => {
    for (const deal of flawed.filter((d) => d.flaw !== 'buyer-id')) {
      const res = await call(h, 'customs', 'GET', `/v1/single-window/quota/${deal.inventory.buyer.idNumber}`);
      expect(res.body).toMatchObject({ used: '0.00', releases: [] });
    }
  });

  it('pulls receipts with the `since` cursor without gaps or repeats, and only the caller’s own', async () => {
    const seen = new Set<string>();
    for (const role of ROLES) {
      const paged = receipts.get(role) ?? [];
      const whole = await call<Page<PulledReceipt>>(h, role, 'GET', '/v1/single-window/receipts?since=0&limit=500');
      expect(paged.map((r) => r.id)).toEqual(whole.body.items.map((r) => r.id));
      // commit order: seqs are unique, ascending only within one writer's transaction
      const seqs = paged.map((r) => r.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      for (const r of paged) {
        expect(seen.has(r.id), `receipt ${r.id} went to two parties`).toBe(false);
        seen.add(r.id);
      }
      // resuming from the middle gives exactly the rest
      // (the cursor is a position in commit order, not a seq bound: a later receipt may have a lower seq)
      const at = Math.floor(paged.length / 2);
      const middle = paged[at] as PulledReceipt;
      const rest = await pullReceipts(h, role, String(middle.seq), 3);
      expect(rest.items.map((r) => r.id)).toEqual(paged.slice(at + 1).map((r) => r.id));
      expect(rest.next).toBe(String(paged.at(-1)?.seq));
    }
    // 16 orders, 15 payments, 16 waybills; per inventory two CEB622 (2, rejection) or four (2, 120, 399, 800) and a CEB816
    expect(receipts.get('ebp')).toHaveLength(16);
    expect(receipts.get('payment')).toHaveLength(15);
    expect(receipts.get('logistics')).toHaveLength(16);
    expect(receipts.get('ebc')).toHaveLength(8 * 5 + 8 * 2);
  });

  it('a repeated message (the same bytes) is answered `duplicate: true` and changes nothing', async () => {
    const counts = async () => Promise.all(ROLES.map(async (role) => (await pullReceipts(h, role, '0', 500)).items.length));
    const before = await counts();
    for (const original of sent) {
      const again = await h.send(original.role, original.body, { sign: false });
      expect(again.statusCode).toBe(202);
      expect(again.body).toMatchObject({ duplicate: true, messageId: original.messageId, status: 'processed' });
    }
    await h.settle();
    expect(await counts()).toEqual(before);
    const after = await inventoriesByOrder(h);
    for (const [orderNo, inv] of inventories) expect(after.get(orderNo)).toMatchObject({ status: inv.status, tax: inv.tax, invtNo: inv.invtNo });
    for (const deal of consistent.slice(0, 3)) {
      const quota = await call<Quota>(h, 'ebc', 'GET', `/v1/single-window/quota/${deal.inventory.buyer.idNumber}`);
      expect(quota.body.used).toBe(inventoryOf(deal).dutiableValue);
    }
  });

  it('the same inventory declared again in a new message is refused (-621012) and consumes nothing more', async () => {
    const deal = consistent[0] as DealDocuments;
    const inventory = dealDeclarations(deal, h.parties, at).find((d) => d.type === 'CEB621');
    const since = (await pullReceipts(h, 'ebc', '0', 500)).next;
    expect((await h.send('ebc', inventory?.xml as string)).body).toMatchObject({ duplicate: false });
    const answer = await eventually(async () => {
      const fresh = await pullReceipts(h, 'ebc', since);
      return fresh.items.length > 0 ? fresh.items : undefined;
    });
    expect(answer.map((r) => [r.messageType, r.docKey, r.returnStatus])).toEqual([['CEB622', docKeyOf(deal), '-621012']]);
    expect((await inventoriesByOrder(h)).get(deal.order.orderNo)).toMatchObject({ status: '800', invtNo: inventoryOf(deal).invtNo });
    const quota = await call(h, 'ebc', 'GET', `/v1/single-window/quota/${deal.inventory.buyer.idNumber}`);
    expect(quota.body).toMatchObject({ used: inventoryOf(deal).dutiableValue, releases: [expect.anything()] });
  });

  it('counts the run in the supervision statistics (customs only)', async () => {
    const res = await call<Stats>(h, 'customs', 'GET', '/v1/single-window/stats');
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.funnel).toEqual({ declared: 16, matched: 8, released: 8, rejected: 8 });
    expect(s.byMode).toEqual([expect.objectContaining({ key: '9610', count: 16 })]);
    expect(s.byStatus).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: '800', count: 8 }), expect.objectContaining({ key: '100', count: 8 })]),
    );
    const rejections = Object.fromEntries(s.rejections.map((b) => [b.key, b.count]));
    expect(rejections).toEqual(Object.fromEntries(DEAL_FLAWS.map((f) => [EXPECTED[f].codes[0], 1])));
    expect(s.timeToRelease.count).toBe(8);
    expect(s.timeToRelease.p50Seconds).toBeGreaterThanOrEqual(0);
    expect(s.taxReleased).toBe(yuan(consistent.reduce((a, d) => a + fen(d.tax), 0)));
    expect(s.byHsChapter.map((b) => b.key)).toEqual(expect.arrayContaining(['19', '64', '08', '22', '33', '24']));
    for (const role of ['ebc', 'ebp']) expect((await call(h, role, 'GET', '/v1/single-window/stats')).status).toBe(403);
  });

  it('lists an inventory’s four signed originals: customs opens each exactly as sent, the e-commerce company only its own', async () => {
    type Original = { kind: string; messageType: string; messageId: string | null; unavailable: string | null };
    const deal = consistent[0] as DealDocuments;
    const inventory = inventoryOf(deal);
    const bySender = new Map(sent.map((s) => [s.messageId, s]));
    const asCustoms = await call<{ originals: Original[] }>(h, 'customs', 'GET', `/v1/single-window/inventories/${inventory.id}`);
    expect(asCustoms.body.originals.map((o) => [o.kind, o.messageType, o.unavailable])).toEqual([
      ['order', 'CEB311', null],
      ['payment', 'CEB411', null],
      ['waybill', 'CEB511', null],
      ['inventory', 'CEB621', null],
    ]);
    for (const o of asCustoms.body.originals) {
      const original = bySender.get(o.messageId ?? '');
      expect(original?.body, `${o.kind} of ${deal.order.orderNo}`).toContain(deal.order.orderNo);
      const xml = await call(h, 'customs', 'GET', `/v1/single-window/messages/${o.messageId}`);
      expect(xml.text).toBe(original?.body);
    }
    const asEbc = await call<{ originals: Original[] }>(h, 'ebc', 'GET', `/v1/single-window/inventories/${inventory.id}`);
    const roleOf = (id: string | null) => bySender.get(id ?? '')?.role;
    expect(asEbc.body.originals.map((o) => [o.kind, o.messageId !== null, o.unavailable])).toEqual(
      asCustoms.body.originals.map((o) => [o.kind, roleOf(o.messageId) === 'ebc', roleOf(o.messageId) === 'ebc' ? null : 'not-yours']),
    );
    expect(asEbc.body.originals.filter((o) => o.messageId !== null).map((o) => o.kind)).toContain('inventory');
    // an inventory declared before its message was recorded, and a document not received yet, say so
    const record = await h.sw.ctx.store.swInventories.byId(inventory.id);
    if (!record) throw new Error('no inventory record');
    const { messageId: _kept, ...older } = record.data as Record<string, unknown>;
    const customs = { id: 'customs', role: 'customs' };
    const seen = await originalsOf(h.sw.ctx, { ...record, data: older as typeof record.data, orderKey: `${record.orderKey}-not-yet` }, customs);
    expect(seen.map((o) => [o.kind, o.unavailable])).toEqual([
      ['order', 'not-received'],
      ['payment', null],
      ['waybill', null],
      ['inventory', 'not-recorded'],
    ]);
  });

  it('never shows a buyer’s full ID number or phone on the inventory and quota routes', async () => {
    const secrets = [...consistent, ...flawed].flatMap((d) => [
      d.inventory.buyer.idNumber,
      d.order.buyer.idNumber,
      d.payment.payer.idNumber,
      d.inventory.buyer.telephone ?? '',
      d.waybill.consignee.telephone,
    ]);
    const texts: string[] = [];
    for (const role of ['customs', 'ebc']) {
      const list = await call<Page<InventoryView>>(h, role, 'GET', '/v1/single-window/inventories?limit=200');
      expect(list.body.items).toHaveLength(16);
      texts.push(list.text);
      for (const inv of list.body.items) texts.push((await call(h, role, 'GET', `/v1/single-window/inventories/${inv.id}`)).text);
    }
    for (const deal of [...consistent, ...flawed]) {
      const quota = await call<Quota>(h, 'ebp', 'GET', `/v1/single-window/quota/${deal.inventory.buyer.idNumber}`);
      expect(quota.status).toBe(200);
      expect(quota.body.idNumber).toMatch(/^\d{4}\*+[\dX]{4}$/);
      texts.push(quota.text);
    }
    for (const text of texts) for (const secret of secrets.filter((x) => x.length >= 11)) expect(text).not.toContain(secret);
    // a party that declared no inventory sees none, and may not query quotas
    const first = inventoryOf(consistent[0] as DealDocuments);
    expect((await call<Page<InventoryView>>(h, 'payment', 'GET', '/v1/single-window/inventories')).body.items).toEqual([]);
    expect((await call(h, 'payment', 'GET', `/v1/single-window/inventories/${first.id}`)).status).toBe(404);
    expect((await call(h, 'payment', 'GET', `/v1/single-window/quota/${consistent[0]?.inventory.buyer.idNumber}`)).status).toBe(403);
    const one = first as unknown as { buyer: { idNumber: string; telephone: string } };
    expect(one.buyer.idNumber).toMatch(/\*/);
    expect(one.buyer.telephone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });
});
