import { mkdtempSync, rmSync } from 'node:fs';
import { seededRandom } from '../../kernel/seeded-random.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatFen, parseFen } from '../../kernel/money.js';
import type { DealRecord, DealStatus } from '../../ports/hub.port.js';
import { buildDeal, DEAL_FLAWS, type DealDocuments, type DealFlaw } from '../../workflows/demo/synthetic-deal.js';
import { createTariffService } from '../../workflows/tariff/tariff-cache.js';
import { loadConfig } from '../config.js';
import { type DemoHub, startDemoHub } from './demo-hub.js';
import { DEMO_SECRETS, type HubWorld } from './hub-world.js';
import { genericOrderWebhook, type OutgoingWebhook, paymentNotification, shopifyOrderWebhook } from './partner-sim.js';

/**
 * `crossgate demo`: N synthetic deals from the storefronts' signed webhooks (generic JSON and Shopify) through the
 * hub (waybill, payment, pre-flight, declarations signed by each party, receipts) and the embedded single window to
 * release, on a throwaway embedded database. A share of the deals is made inconsistent in the ways of DEAL_FLAWS;
 * each must be stopped, by the pre-flight or by customs.
 */
export interface DemoOptions {
  readonly orders: number;
  /** Share (0–1) of inconsistent deals. */
  readonly inconsistent: number;
  readonly format: 'mixed' | 'generic' | 'shopify';
  readonly seed?: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly timeoutMs?: number;
}

export interface DemoSummary {
  readonly orders: number;
  readonly released: number;
  readonly rejected: Record<string, number>;
  readonly taxTotal: string;
  readonly seconds: number;
  /** What reached the storefronts: status webhooks verified, and the deals told their final status. */
  readonly storefront: { readonly webhooks: number; readonly refused: number; readonly dealsInformed: number };
  /** Flaws planted, by kind, and how many of those deals were stopped or rejected. */
  readonly flaws: { readonly planted: Record<string, number>; readonly stopped: number };
}

const FINAL: ReadonlySet<DealStatus> = new Set(['released', 'rejected', 'stopped', 'blocked', 'needs-attention', 'cancelled']);
const TOLD: Readonly<Partial<Record<DealStatus, string>>> = { released: 'released', rejected: 'rejected', stopped: 'stopped', blocked: 'stopped' };

interface Planned {
  readonly n: number;
  readonly deal: DealDocuments;
  readonly flaw: DealFlaw | undefined;
  readonly route: 'generic' | 'shopify';
}

async function post(baseUrl: string, path: string, hook: OutgoingWebhook): Promise<void> {
  const res = await fetch(new URL(path, baseUrl), { method: 'POST', headers: { ...hook.headers }, body: hook.body });
  if (res.status !== 202) throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

/** What the partners send for one deal: the storefront's order, and the payment as the institution knows it. */
export async function sendDeal(world: HubWorld, baseUrl: string, p: Planned, at: Date): Promise<void> {
  const { deal, flaw } = p;
  const c = world.connections;
  if (p.route === 'shopify') {
    if (flaw !== 'missing-payment') {
      const fen = parseFen(deal.payment.amountPaid);
      world.institution.recordPayment({
        mchId: '1900000109',
        outTradeNo: deal.order.orderNo,
        transactionId: deal.payment.payTransactionId,
        totalFee: fen.ok ? Number(fen.value) : 0,
        payer: { name: deal.payment.payer.name, idNumber: deal.payment.payer.idNumber },
        paidAt: at,
      });
    }
    return post(baseUrl, `/v1/hub/storefront/${c.shopify.id}/webhook`, shopifyOrderWebhook(deal.order, p.n, DEMO_SECRETS.shopifyApi, at));
  }
  const lineName = flaw === 'goods-name' ? (i: number, name: string) => (i === 0 ? `${name}（另一款）` : name) : undefined;
  // The institution notifies when the buyer pays, usually before the storefront's order webhook reaches the hub,
  // which keeps the payment until its deal takes it. Sent first, a loaded machine cannot push it past the demo's
  // short payment wait and turn a consistent deal into "payment missing".
  if (flaw !== 'missing-payment') await post(baseUrl, `/v1/hub/payment/${c.genericPayment.id}/webhook`, paymentNotification(deal.payment, DEMO_SECRETS.paymentWebhook, at));
  await post(baseUrl, `/v1/hub/storefront/${c.generic.id}/webhook`, genericOrderWebhook(deal.order, DEMO_SECRETS.genericWebhook, at, lineName ? { lineName } : {}));
}

async function allDeals(list: (after?: string) => Promise<DealRecord[]>): Promise<DealRecord[]> {
  const out: DealRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await list(after);
    out.push(...page);
    if (page.length < 500) return out;
    after = page.at(-1)?.id;
  }
}

export async function runDemo(options: DemoOptions): Promise<DemoSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'crossgate-demo-'));
  const config = loadConfig({ CROSSGATE_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', CROSSGATE_DROP_DIR: 'off', CROSSGATE_DEMO: 'on', CROSSGATE_WORKER_CONCURRENCY: '8' });
  let demo: DemoHub | undefined;
  try {
    demo = await startDemoHub(config);
    const { platform, world, receiver } = demo;
    const phones = demo.carrierPhones;
    const tariff = await createTariffService(platform.store).lookup();
    const rand = seededRandom(options.seed ?? 1);
    const at = new Date();
    const planted: Record<string, number> = {};
    let k = 0;
    const planned: Planned[] = Array.from({ length: options.orders }, (_, i) => {
      const n = i + 1;
      const flaw = rand() < options.inconsistent ? DEAL_FLAWS[k++ % DEAL_FLAWS.length] : undefined;
      if (flaw) planted[flaw] = (planted[flaw] ?? 0) + 1;
      const route = flaw === 'goods-name' || options.format === 'generic' ? 'generic' : options.format === 'shopify' || n % 2 === 0 ? 'shopify' : 'generic';
      const deal = buildDeal(n, world.parties, tariff, at, flaw && flaw !== 'goods-name' ? { flaw } : {});
      if (flaw === 'consignee-phone') phones.set(deal.order.orderNo, deal.waybill.consignee.telephone);
      return { n, deal, flaw, route };
    });
    const started = performance.now();
    const queue = [...planned];
    const w = world;
    await Promise.all(Array.from({ length: 8 }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) await sendDeal(w, platform.url, p, at);
    }));
    const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
    for (;;) {
      const counts = await platform.store.hubDeals.counts();
      const done = Object.entries(counts).reduce((a, [s, n]) => a + (FINAL.has(s as DealStatus) ? n : 0), 0);
      options.onProgress?.(done, options.orders);
      if (done >= options.orders) break;
      if (Date.now() > deadline) throw new Error(`the demo did not finish in time: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const deals = await allDeals((after) => platform.store.hubDeals.list({ limit: 500, ...(after && { after }) }));
    const informed = () => deals.filter((d) => TOLD[d.status] && receiver.byOrder.get(d.orderNo)?.some((s) => s.status === TOLD[d.status])).length;
    const told = deals.filter((d) => TOLD[d.status]).length;
    for (let i = 0; i < 200 && informed() < told; i++) await new Promise((r) => setTimeout(r, 100));
    const seconds = (performance.now() - started) / 1000;
    const rejected: Record<string, number> = {};
    let tax = 0n;
    for (const d of deals) {
      if (d.status === 'released') tax += BigInt(d.customsTaxFen ?? d.taxFen ?? 0);
      else rejected[d.reasonCode ?? d.status] = (rejected[d.reasonCode ?? d.status] ?? 0) + 1;
    }
    const flawed = new Set(planned.filter((p) => p.flaw).map((p) => p.deal.order.orderNo));
    return {
      orders: options.orders,
      released: deals.filter((d) => d.status === 'released').length,
      rejected,
      taxTotal: formatFen(tax),
      seconds: Number(seconds.toFixed(1)),
      storefront: { webhooks: [...receiver.byOrder.values()].reduce((a, l) => a + l.length, 0), refused: receiver.refused, dealsInformed: informed() },
      flaws: { planted, stopped: deals.filter((d) => flawed.has(d.orderNo) && d.status !== 'released').length },
    };
  } finally {
    await demo?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
