import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RiskRule } from '../../src/domain/clearance/index.js';
import type { TariffLookup } from '../../src/domain/tax/index.js';
import { buildDeal, type DealDocuments, type DealItem, DEMO_GOODS } from '../../src/workflows/demo/synthetic-deal.js';
import { type Harness, startHarness } from '../support/single-window-harness.js';
import {
  call,
  declarationsOf,
  errorCode,
  eventually,
  type InventoryDetail,
  type InventoryView,
  inventoriesByOrder,
  type Me,
  type Page,
  type Quota,
} from './e2e-kit.js';

/**
 * Customs officers over HTTP: risk rules send inventories to the review (300) or inspection (500) queue, where
 * an officer (role customs) releases, rejects or orders an inspection; every move is recorded with who and why,
 * and the state machine refuses what its table does not allow.
 */
const RULES: RiskRule[] = [
  { id: 'r1', description: 'HS chapter 22', action: 'review', when: { kind: 'hs-chapter', chapters: ['22'] } },
  { id: 'r2', description: 'shelled cashews', action: 'inspection', when: { kind: 'hs-prefix', prefixes: ['0801'] } },
];
const item = (itemNo: string): DealItem => DEMO_GOODS.find((g) => g.itemNo === itemNo) as DealItem;
const WINE = item('SKU-WINE-750');
const BOOT = item('SKU-BOOT-38');
const CASHEW = item('SKU-CASHEW-500');

describe('officers act on the review and inspection queues', () => {
  let h: Harness;
  let tariff: TariffLookup;
  let customsId: string;
  const at = new Date();
  const deals = new Map<number, DealDocuments>();

  beforeAll(async () => {
    h = await startHarness({ risk: { rules: RULES, seed: 'e2e' } });
    tariff = await h.sw.ctx.tariff();
    customsId = (await call<Me>(h, 'customs', 'GET', '/v1/participants/me')).body.id;
  });
  afterAll(async () => h?.close());

  async function declare(n: number, items: readonly DealItem[], settledAt: readonly string[]): Promise<{ deal: DealDocuments; inv: InventoryView }> {
    const deal = buildDeal(n, h.parties, tariff, at, { items });
    deals.set(n, deal);
    for (const out of declarationsOf(h, [deal], at)) expect((await h.send(out.role, out.xml)).statusCode).toBe(202);
    const inv = await eventually(async () => {
      const found = (await inventoriesByOrder(h)).get(deal.order.orderNo);
      return found && settledAt.includes(found.status) ? found : undefined;
    });
    await h.settle();
    return { deal, inv };
  }
  const decide = (role: string, id: string, action: string, reason = 'checked the invoice') =>
    call<InventoryView>(h, role, 'POST', `/v1/single-window/inventories/${id}/decision`, { action, reason });
  const queue = async (name: 'review' | 'inspection') =>
    (await call<Page<InventoryView>>(h, 'customs', 'GET', `/v1/single-window/queues/${name}`)).body.items.map((i) => i.id);
  const detail = async (id: string) => (await call<InventoryDetail>(h, 'customs', 'GET', `/v1/single-window/inventories/${id}`)).body;
  const quotaUsed = async (deal: DealDocuments) =>
    (await call<Quota>(h, 'customs', 'GET', `/v1/single-window/quota/${deal.inventory.buyer.idNumber}`)).body.used;

  it('routes by the rules: chapter 22 to review, cashews to inspection, the rest released at once', async () => {
    const plain = await declare(401, [BOOT], ['800']);
    const wine = await declare(402, [WINE, BOOT], ['300']);
    const nuts = await declare(403, [CASHEW], ['500']);
    expect(plain.inv.riskRoute).toBe('auto');
    expect(wine.inv).toMatchObject({ status: '300', riskRoute: 'review', invtNo: expect.any(String), tax: wine.deal.tax });
    expect(nuts.inv).toMatchObject({ status: '500', riskRoute: 'inspection' });
    expect(await queue('review')).toEqual([wine.inv.id]);
    expect(await queue('inspection')).toEqual([nuts.inv.id]);
    expect((await detail(wine.inv.id)).events.at(-1)).toMatchObject({ from: '120', to: '300', reason: expect.stringContaining('r1: HS chapter 22') });
    expect(await quotaUsed(wine.deal)).toBe('0.00'); // consumed at release, not before
  });

  it('only customs sees the queues and decides (403 for the others, admin included for decisions)', async () => {
    const [id] = await queue('review');
    for (const role of ['ebc', 'ebp', 'payment']) {
      const res = await call(h, role, 'GET', '/v1/single-window/queues/review');
      expect(res.status).toBe(403);
      expect(errorCode(res)).toBe('auth.forbidden');
    }
    for (const role of ['ebc', 'admin']) expect((await decide(role, id as string, 'release')).status).toBe(403);
    expect(await queue('review')).toEqual([id]);
  });

  it('an officer releases from review: 300 → 399 → 800, recorded with the officer and the reason, quota consumed', async () => {
    const [id] = await queue('review');
    const res = await decide('customs', id as string, 'release', 'wine within personal-use quantity');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, status: '800', releasedAt: expect.any(String) });
    const d = await detail(id as string);
    const moves = d.events.slice(-2);
    expect(moves.map((e) => [e.from, e.to])).toEqual([['300', '399'], ['399', '800']]);
    for (const e of moves) {
      expect(e).toMatchObject({ actor: 'customs', actorId: customsId });
      expect(e.reason).toContain('wine within personal-use quantity');
      expect(e.reason).toContain('Demo customs district');
    }
    expect(d.receipts.map((r) => r.returnStatus).slice(-3)).toEqual(['300', '399', '800']);
    const wine = deals.get(402) as DealDocuments;
    expect(d.inventory.orderNo).toBe(wine.order.orderNo);
    expect(await quotaUsed(wine)).toBe(d.inventory.dutiableValue);
    expect(await queue('review')).toEqual([]);
  });

  it('refuses an illegal move with 409 sw.action_refused (releasing a released inventory) and changes nothing', async () => {
    const released = [...(await inventoriesByOrder(h)).values()].filter((i) => i.status === '800');
    for (const inv of released) {
      const before = (await detail(inv.id)).events.length;
      for (const action of ['release', 'reject', 'inspect']) {
        const res = await decide('customs', inv.id, action);
        expect(res.status).toBe(409);
        expect(errorCode(res)).toBe('sw.action_refused');
      }
      expect((await detail(inv.id)).events).toHaveLength(before);
    }
  });

  it('an officer orders an inspection from review (300 → 500), then releases after inspecting', async () => {
    const { deal, inv } = await declare(404, [WINE], ['300']);
    const inspect = await decide('customs', inv.id, 'inspect', 'labels look wrong');
    expect(inspect.body).toMatchObject({ status: '500' });
    expect(await queue('inspection')).toContain(inv.id);
    expect((await decide('customs', inv.id, 'inspect')).status).toBe(409); // already inspecting
    const release = await decide('customs', inv.id, 'release', 'inspected: as declared');
    expect(release.body).toMatchObject({ status: '800' });
    expect(await quotaUsed(deal)).toBe(release.body.dutiableValue);
    const trail = (await detail(inv.id)).events.map((e) => e.to);
    expect(trail).toEqual(['2', '120', '300', '500', '399', '800']);
  });

  it('an officer rejects from inspection (100): the merchant is told, no quota is consumed', async () => {
    const [id] = await queue('inspection');
    const res = await decide('customs', id as string, 'reject', 'goods are not as declared');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: '100', rejection: { code: 'customs.rejected' } });
    const d = await detail(id as string);
    const rejected = d.receipts.filter((r) => r.messageType === 'CEB622').at(-1);
    expect(rejected).toMatchObject({ messageType: 'CEB622', returnStatus: '100' });
    expect(rejected?.returnInfo).toContain('goods are not as declared');
    expect(d.receipts.at(-1)).toMatchObject({ messageType: 'CEB818', returnStatus: '3' }); // its tax bill voided
    expect(await queue('inspection')).toEqual([]);
    expect((await decide('customs', id as string, 'release')).status).toBe(409);
    expect(d.inventory.orderNo).toBe(deals.get(403)?.order.orderNo);
    expect(await quotaUsed(deals.get(403) as DealDocuments)).toBe('0.00');
  });

  it('answers 404 for an unknown inventory and 400 for a decision without a reason or with an unknown action', async () => {
    const missing = await decide('customs', 'inv_nope', 'release');
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe('sw.inventory_not_found');
    const { inv } = await declare(405, [WINE], ['300']);
    expect((await decide('customs', inv.id, 'release', '   ')).status).toBe(400);
    expect((await decide('customs', inv.id, 'approve')).status).toBe(400);
    expect(await queue('review')).toEqual([inv.id]);
  });
});
