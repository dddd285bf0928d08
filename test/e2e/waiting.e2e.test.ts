import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclarationType } from '../../src/codecs/ceb/canonical/types.js';
import { DEFAULT_MATCH_POLICY } from '../../src/domain/matching/index.js';
import type { TariffLookup } from '../../src/domain/tax/index.js';
import { buildDeal, type DealDocuments, dealDeclarations } from '../../src/workflows/demo/synthetic-deal.js';
import { type Harness, startHarness } from '../support/single-window-harness.js';
import { call, eventually, type InventoryDetail, type InventoryView, inventoriesByOrder, SENDER } from './e2e-kit.js';

/**
 * Order independence across time: an inventory waits for its order, payment and waybill up to the configured
 * wait (3 s here), is matched when the last of them arrives, or is rejected once the wait is over with the codes
 * of what is missing; a corrected declaration after the rejection is evaluated afresh.
 */
const WAIT_MS = 3_000;

describe('an inventory waits for its documents, then is matched or rejected', () => {
  let h: Harness;
  let tariff: TariffLookup;
  const at = new Date();

  beforeAll(async () => {
    h = await startHarness({ match: { ...DEFAULT_MATCH_POLICY, waitMinutes: WAIT_MS / 60_000 } });
    tariff = await h.sw.ctx.tariff();
  });
  afterAll(async () => h?.close());

  /** Sends the deal's declarations of the given types (fresh guids), in that order. */
  async function send(deal: DealDocuments, types: readonly DeclarationType[]): Promise<void> {
    const all = dealDeclarations(deal, h.parties, at);
    for (const type of types) {
      const found = all.find((d) => d.type === type);
      if (!found) throw new Error(`no ${type}`);
      const res = await h.send(SENDER[type], found.xml);
      expect(res.statusCode, JSON.stringify(res.body)).toBe(202);
    }
  }
  const inventory = async (deal: DealDocuments, statuses: readonly string[], timeoutMs = 15_000): Promise<InventoryView> =>
    eventually(
      async () => {
        const found = (await inventoriesByOrder(h)).get(deal.order.orderNo);
        return found && statuses.includes(found.status) ? found : undefined;
      },
      timeoutMs,
      `inventory of ${deal.order.orderNo} at ${statuses.join('/')}`,
    );
  const codes = (inv: InventoryView) => [...(inv.rejection.info ?? '').matchAll(/(?:^|; )\[([^\]]+)\]/g)].map((m) => m[1]);

  it('an inventory sent first waits (status 2, naming what it waits for) and is released when the rest arrives', async () => {
    const deal = buildDeal(501, h.parties, tariff, at);
    await send(deal, ['CEB621']);
    await h.settle();
    const waiting = await inventory(deal, ['2']);
    expect(waiting.waitingFor).toEqual(['order', 'payment', 'waybill']);
    const waitMs = new Date(waiting.waitUntil as string).getTime() - new Date(waiting.declaredAt as string).getTime();
    expect(waitMs).toBe(WAIT_MS);
    await send(deal, ['CEB511', 'CEB411']);
    await h.settle();
    expect((await inventory(deal, ['2'])).waitingFor).toEqual(['order']);
    await send(deal, ['CEB311']);
    expect(await inventory(deal, ['800', '100'])).toMatchObject({ status: '800', tax: deal.tax, waitingFor: [] });
  });

  it('once the wait is over it is rejected with the code of each missing document', async () => {
    const none = buildDeal(502, h.parties, tariff, at);
    const noOrder = buildDeal(503, h.parties, tariff, at);
    const noWaybill = buildDeal(504, h.parties, tariff, at);
    const started = Date.now();
    await send(none, ['CEB621']);
    await send(noOrder, ['CEB411', 'CEB621', 'CEB511']);
    await send(noWaybill, ['CEB621', 'CEB311', 'CEB411']);
    const [a, b, c] = [await inventory(none, ['100']), await inventory(noOrder, ['100']), await inventory(noWaybill, ['100'])];
    expect(Date.now() - started).toBeGreaterThanOrEqual(WAIT_MS);
    expect(codes(a)).toEqual(['-301005', '-401004', 'waybill.missing']);
    expect(codes(b)).toEqual(['-301005']);
    expect(codes(c)).toEqual(['waybill.missing']);
    expect(a.rejection.code).toBe('-301005');
  });

  it('a document arriving after the rejection changes nothing; a corrected declaration is evaluated afresh', async () => {
    const deal = buildDeal(505, h.parties, tariff, at);
    await send(deal, ['CEB311', 'CEB621', 'CEB511']);
    expect((await inventory(deal, ['100'])).rejection.code).toBe('-401004');
    await send(deal, ['CEB411']);
    await h.settle();
    expect((await inventoriesByOrder(h)).get(deal.order.orderNo)?.status).toBe('100');
    await send(deal, ['CEB621']); // declared again after the rejection
    const again = await inventory(deal, ['800']);
    expect(again.tax).toBe(deal.tax);
    const history = await call<InventoryDetail>(h, 'customs', 'GET', `/v1/single-window/inventories/${again.id}`);
    expect(history.body.events.map((e) => e.to)).toEqual(['2', '100', '2', '120', '399', '800']);
  });

  it('is rejected after its wait even when the deal was busy when it arrived (the time-out fires early)', async () => {
    const deal = buildDeal(506, h.parties, tariff, at);
    // another transaction holds the deal while the inventory comes in: its processing waits for the lock, so
    // the time-out it schedules is counted from the database's transaction start, earlier than its deadline
    const busy = h.store.transaction(async (tx) => {
      await tx.lockDeal(deal.order.orderNo);
      await new Promise((r) => setTimeout(r, 2_000));
    });
    await new Promise((r) => setTimeout(r, 100));
    await send(deal, ['CEB621']);
    await busy;
    const rejected = await inventory(deal, ['100'], 20_000);
    expect(codes(rejected)).toEqual(['-301005', '-401004', 'waybill.missing']);
  });
});
