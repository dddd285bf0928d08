import { pino } from 'pino';
import { buildApi } from '../../src/apps/api/server.js';
import type { Order } from '../../src/domain/model/index.js';
import { newId } from '../../src/kernel/ids.js';
import { DEAL_STATUSES, type NewDeal } from '../../src/ports/hub.port.js';
import type { Store } from '../../src/ports/store.port.js';
import { openStore } from '../../src/storage/store.js';
import { seedDemoWorld } from '../../src/workflows/demo/seed-demo-world.js';
import { type BenchRow, defineScenario, row } from '../registry.js';
import { target } from './clearance.js';

/**
 * The console's deals list at 100,000 deals on PGlite, through the API as the console calls it (newest first,
 * 50 a page, with the capped count): the first page, a page 90,000 deals deep (keyset), a filtered page (status,
 * storefront and a week of creation time) and a search by the start of an order number.
 */
const FULL_DEALS = 100_000;
/** --quick: a tenth (seeding is most of the scenario's time); the deep page stays 90% of the way down. */
const QUICK_DEALS = 10_000;
const BATCH = 5_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');
const STEP_MS = 30_000;
const NAMES = ['张伟', '王芳', '李娜', '刘洋', 'Chen Jie'];

const order = (orderNo: string, n: number): Order => ({
  orderNo,
  ebpCode: 'EBP1',
  ebcCode: 'EBC1',
  goodsValue: `${100 + (n % 900)}.00`,
  freight: '0',
  discount: '0',
  taxTotal: '0',
  actualPaid: `${100 + (n % 900)}.00`,
  currency: '142',
  buyer: { idType: '1', idNumber: '11010519491231002X', name: NAMES[n % NAMES.length] ?? '' },
  consignee: { name: NAMES[n % NAMES.length] ?? '', telephone: '13800000000', address: '浙江省杭州市' },
  lines: [{ gnum: 1, itemNo: 'SKU-FORMULA-900', itemName: '婴儿奶粉', qty: '1', unit: '122', price: '100', totalPrice: '100', currency: '142', country: '601' }],
});

async function seed(store: Store, participantId: string, shops: readonly string[], count: number, log: (t: string) => void): Promise<string[]> {
  const ids: string[] = [];
  const started = performance.now();
  const step = STEP_MS * (FULL_DEALS / count); // the same span of time whatever the count (the filter's week)
  for (let from = 0; from < count; from += BATCH) {
    const deals: (NewDeal & { createdAt: Date })[] = [];
    for (let n = from; n < Math.min(count, from + BATCH); n++) {
      const orderNo = `CG2026${String(n).padStart(10, '0')}`;
      const shop = shops[n % shops.length] ?? '';
      const id = newId('deal');
      ids.push(id);
      deals.push({
        id,
        participantId,
        storefrontConnectionId: shop,
        orderNo,
        ebpCode: 'EBP1',
        ebcCode: 'EBC1',
        partnerOrderId: `so_${n}`,
        tradeMode: '9610',
        status: DEAL_STATUSES[n % DEAL_STATUSES.length] ?? 'released',
        paid: true,
        test: false,
        buyerKey: `buyer-${n % 5000}`,
        payTransactionId: `PAY${n}`,
        copNo: `COP${n}`,
        documents: { order: order(orderNo, n) },
        links: { storefront: shop, singleWindow: {} },
        createdAt: new Date(T0 + n * step),
      });
    }
    await store.hubDeals.insertMany(deals);
  }
  log(`deals list: ${count.toLocaleString('en-US')} deals seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ids;
}

export const dealsListScenarios = [
  defineScenario({
    name: 'deals.list',
    owner: 'console (deals)',
    description: 'GET /v1/deals over 100,000 deals (10,000 under --quick): first page, a deep keyset page, filters, search (PGlite)',
    async run(ctx): Promise<BenchRow[]> {
      const t = await target('pglite');
      if (!t) return [];
      const store = await openStore(t.target);
      try {
        const keys = await seedDemoWorld(store);
        const merchant = keys.find((k) => k.role === 'ebc');
        if (!merchant) throw new Error('the demo world has no merchant');
        const shops: string[] = [];
        for (const label of ['Shop A', 'Shop B', 'Shop C']) {
          const c = await store.hubConnections.insert({ id: newId('con'), participantId: merchant.participantId, kind: 'storefront', connectorId: 'generic-json', label, settings: {} });
          shops.push(c.id);
        }
        const deals = ctx.quick ? QUICK_DEALS : FULL_DEALS;
        const label = `${deals / 1000}k deals`;
        const ids = await seed(store, merchant.participantId, shops, deals, ctx.log);
        const app = await buildApi({ store, log: pino({ level: 'silent' }), version: 'bench' });
        const page = async (query: string) => {
          const res = await app.inject({ method: 'GET', url: `/v1/deals?order=desc&limit=50&${query}`, headers: { authorization: `Bearer ${merchant.key}` } });
          if (res.statusCode !== 200) throw new Error(`GET /v1/deals?${query} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
          if ((res.json() as { items: unknown[] }).items.length === 0) throw new Error(`GET /v1/deals?${query} found nothing`);
        };
        // newest first: 90% deep (90,000 of 100,000) is the deal created a tenth of the way in
        const deep = ids[deals / 10] ?? '';
        const week = (day: number) => new Date(T0 + day * 86_400_000).toISOString();
        const cases: [string, string][] = [
          ['deals.list.first', ''],
          ['deals.list.deep', `after=${deep}`],
          ['deals.list.filtered', `status=released&storefront=${shops[1]}&since=${week(10)}&until=${week(17)}`],
          // the start of an order number: 100 orders of 100,000 (10 of 10,000 under --quick)
          ['deals.list.search', `q=${ctx.quick ? 'CG2026000000123' : 'CG202600000123'}`],
        ];
        const rows: BenchRow[] = [];
        try {
          for (const [name, query] of cases) {
            const measured = await ctx.measure(() => page(query));
            ctx.log(`${name}: p50 ${measured.p50Ms.toFixed(2)} ms, p99 ${measured.p99Ms.toFixed(2)} ms over ${measured.iterations} pages`);
            rows.push(row(name, { algorithm: label, db: 'pglite' }, measured));
          }
        } finally {
          await app.close();
        }
        return rows;
      } finally {
        await store.close();
        await t.dispose();
      }
    },
  }),
];
