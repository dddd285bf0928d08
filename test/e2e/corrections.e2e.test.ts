import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeal, type DealDocuments } from '../../src/workflows/demo/synthetic-deal.js';
import { type Harness, startHarness } from '../support/single-window-harness.js';
import {
  call,
  cancelXml,
  declarationsOf,
  eventually,
  fen,
  type InventoryDetail,
  type InventoryView,
  inventoriesByOrder,
  type PulledReceipt,
  pullReceipts,
  type Quota,
  refundXml,
  seededShuffle,
  yuan,
} from './e2e-kit.js';

/**
 * Corrections after release, over HTTP: a cancel (CEB623) gives the buyer's quota back, a return (CEB625) within
 * the window gives back the returned share; each answered with its receipt (CEB624 / CEB626), pulled by cursor.
 */
describe('cancel and return of released inventories restore the quota', () => {
  let h: Harness;
  const at = new Date();
  let deals: DealDocuments[];
  let released: Map<string, InventoryView>;
  let cursor = '0';

  beforeAll(async () => {
    h = await startHarness();
    const tariff = await h.sw.ctx.tariff();
    deals = [1, 2, 3].map((n) => buildDeal(n, h.parties, tariff, at));
    for (const out of seededShuffle(declarationsOf(h, deals, at), 7)) {
      expect((await h.send(out.role, out.xml)).statusCode).toBe(202);
    }
    released = await eventually(async () => {
      const all = await inventoriesByOrder(h);
      return [...all.values()].filter((i) => i.status === '800').length === deals.length ? all : undefined;
    });
    cursor = (await pullReceipts(h, 'ebc')).next;
  });
  afterAll(async () => h?.close());

  const invOf = (deal: DealDocuments) => released.get(deal.order.orderNo) as InventoryView;
  const quotaOf = async (deal: DealDocuments) => (await call<Quota>(h, 'ebc', 'GET', `/v1/single-window/quota/${deal.inventory.buyer.idNumber}`)).body;

  /** The cheaper of a deal's two lines: returning it twice would stay within what the release consumed. */
  const smallerLine = (deal: DealDocuments) => {
    const [a, b] = deal.inventory.lines;
    if (!a || !b) throw new Error('the deal has two lines');
    return fen(a.totalPrice) <= fen(b.totalPrice) ? a : b;
  };

  /** Sends as the merchant and returns the receipts that answer it (pulled after the cursor). */
  async function correct(xml: string, type: 'CEB624' | 'CEB626'): Promise<PulledReceipt[]> {
    const res = await h.send('ebc', xml);
    expect(res.statusCode, JSON.stringify(res.body)).toBe(202);
    const fresh = await eventually(async () => {
      const pulled = await pullReceipts(h, 'ebc', cursor);
      return pulled.items.some((r) => r.messageType === type) ? pulled : undefined;
    });
    await h.settle();
    const all = await pullReceipts(h, 'ebc', cursor);
    expect(all.items.map((r) => r.id)).toEqual(fresh.items.map((r) => r.id));
    cursor = all.next;
    return all.items;
  }

  it('a CEB623 cancel of a released inventory is approved (399) and gives the whole quota back', async () => {
    const deal = deals[0] as DealDocuments;
    const inv = invOf(deal);
    expect(await quotaOf(deal)).toMatchObject({ used: inv.dutiableValue });
    const answers = await correct(cancelXml(h, deal, inv.invtNo as string), 'CEB624');
    // the cancel is approved, and the inventory's e-tax bill is voided (CEB818 status 3)
    expect(answers.map((r) => [r.messageType, r.docKey, r.returnStatus])).toEqual([
      ['CEB818', inv.docKey ?? expect.any(String), '3'],
      ['CEB624', `cancel|${inv.invtNo}`, '399'],
    ]);
    expect(await quotaOf(deal)).toMatchObject({ used: '0.00', remaining: '26000.00' });
    const detail = await call<InventoryDetail>(h, 'customs', 'GET', `/v1/single-window/inventories/${inv.id}`);
    expect(detail.body.inventory).toMatchObject({ status: '800', cancelled: true });
    expect(detail.body.events.at(-1)?.reason).toContain('cancelled (CEB623)');
  });

  it('a second cancel of the same inventory is refused (-623005) and changes nothing', async () => {
    const deal = deals[0] as DealDocuments;
    const answers = await correct(cancelXml(h, deal, invOf(deal).invtNo as string), 'CEB624');
    expect(answers.map((r) => r.returnStatus)).toEqual(['-623005']);
    expect(await quotaOf(deal)).toMatchObject({ used: '0.00' });
  });

  it('a cancel of an inventory customs does not know is refused (-623003)', async () => {
    const answers = await correct(cancelXml(h, deals[1] as DealDocuments, '29912026I999999999'), 'CEB624');
    expect(answers.map((r) => r.returnStatus)).toEqual(['-623003']);
  });

  it('a CEB625 return of one line within the window gives back that line’s share of the quota', async () => {
    const deal = deals[1] as DealDocuments;
    const inv = invOf(deal);
    const second = smallerLine(deal);
    const dutiable = BigInt(fen(inv.dutiableValue as string));
    const share = BigInt(fen(second.totalPrice));
    const goods = BigInt(fen(deal.order.goodsValue));
    const restored = Number((2n * dutiable * share + goods) / (2n * goods)); // half-up, in fen
    const answers = await correct(refundXml(h, deal, inv.invtNo as string, new Map([[second.gnum, second.qty]])), 'CEB626');
    expect(answers.map((r) => [r.messageType, r.returnStatus])).toEqual([['CEB626', '399']]);
    expect(answers[0]?.returnInfo).toContain(`quota restored ${yuan(restored)}`);
    expect(await quotaOf(deal)).toMatchObject({ used: yuan(Number(dutiable) - restored) });
  });

  it('returning the same goods a second time is refused and restores nothing more', async () => {
    const deal = deals[1] as DealDocuments;
    const inv = invOf(deal);
    const before = await quotaOf(deal);
    const second = smallerLine(deal);
    const answers = await correct(refundXml(h, deal, inv.invtNo as string, new Map([[second.gnum, second.qty]])), 'CEB626');
    expect(answers.map((r) => r.returnStatus)).toEqual(['100']);
    expect(answers[0]?.returnInfo).toContain('[refund.qty_exceeds]');
    expect(await quotaOf(deal)).toMatchObject({ used: before.used });
  });

  it('a return of more than was declared, or of a cancelled inventory, is refused', async () => {
    const deal = deals[2] as DealDocuments;
    const [first] = deal.inventory.lines;
    if (!first) throw new Error('no line');
    const tooMany = await correct(refundXml(h, deal, invOf(deal).invtNo as string, new Map([[first.gnum, `${Number(first.qty) + 1}`]])), 'CEB626');
    expect(tooMany.map((r) => r.returnStatus)).toEqual(['100']);
    expect(tooMany[0]?.returnInfo).toContain('[refund.qty_exceeds]');
    expect(await quotaOf(deal)).toMatchObject({ used: invOf(deal).dutiableValue });
    const cancelled = deals[0] as DealDocuments;
    const [line] = cancelled.inventory.lines;
    const late = await correct(refundXml(h, cancelled, invOf(cancelled).invtNo as string, new Map([[line?.gnum ?? 1, '1']])), 'CEB626');
    expect(late.map((r) => r.returnStatus)).toEqual(['-625022']);
  });

  it('a line may come back in parts, never more than declared in total', async () => {
    const deal = deals[2] as DealDocuments;
    const invtNo = invOf(deal).invtNo as string;
    const line = deal.inventory.lines.find((l) => Number(l.qty) >= 2);
    if (!line) throw new Error('deal 3 has a line of several pieces');
    const rest = String(Number(line.qty) - 1);
    const statuses = [];
    for (const qty of ['1', rest, '1']) {
      statuses.push(...(await correct(refundXml(h, deal, invtNo, new Map([[line.gnum, qty]])), 'CEB626')).map((r) => r.returnStatus));
    }
    expect(statuses).toEqual(['399', '399', '100']);
    const quota = await quotaOf(deal);
    const all = BigInt(fen(invOf(deal).dutiableValue as string));
    const restored = Number((2n * all * BigInt(fen(line.totalPrice)) + BigInt(fen(deal.order.goodsValue))) / (2n * BigInt(fen(deal.order.goodsValue))));
    expect(Math.abs(fen(quota.used) - (Number(all) - restored))).toBeLessThanOrEqual(1); // two roundings of a fen
  });

  it('a sender other than the merchant never sees these receipts', async () => {
    const ebp = await pullReceipts(h, 'ebp');
    expect(ebp.items.every((r) => r.messageType === 'CEB312')).toBe(true);
    expect(ebp.items).toHaveLength(deals.length);
  });
});
