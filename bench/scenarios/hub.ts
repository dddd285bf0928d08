import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../src/apps/config.js';
import { DEMO_HUB_POLICY } from '../../src/apps/demo/demo-hub.js';
import { sendDeal } from '../../src/apps/demo/demo-run.js';
import { setUpHubWorld } from '../../src/apps/demo/hub-world.js';
import { startStatusReceiver } from '../../src/apps/demo/status-receiver.js';
import { startPlatform } from '../../src/apps/platform.js';
import type { Role } from '../../src/domain/participants/index.js';
import { signMessage } from '../../src/signing/index.js';
import type { DemoKey } from '../../src/workflows/demo/seed-demo-world.js';
import { buildDeal, dealDeclarations } from '../../src/workflows/demo/synthetic-deal.js';
import { createTariffService } from '../../src/workflows/tariff/tariff-cache.js';
import { preparedDataDir } from '../lib/data-template.js';
import { startSingleWindowSink } from '../lib/single-window-sink.js';
import { type BenchContext, type BenchRow, defineScenario } from '../registry.js';
import { cpuMs, ROLE_OF, target } from './clearance.js';

/**
 * The integration hub end to end, as `crossgate demo` runs it: the storefront's signed order webhook and the payment
 * institution's signed notification POSTed over real HTTP to the platform listening on a port (API and worker in
 * one process, as `npm start`), the hub workflow (deal, waybill, payment, pre-flight, declarations), and the four
 * declarations (CEB311/411/511/621) written, signed with each party's SM2 key by the single-window connector and
 * sent over HTTP to a single window that accepts them (bench/lib/single-window-sink.ts: the customs side's work is
 * `clearance.import`). Orders/s from the first webhook to the last order's fourth declaration; latency per order
 * from its first webhook to its fourth declaration; the bound is signing those four declarations alone.
 */
const DECLARATIONS = ['CEB311', 'CEB411', 'CEB511', 'CEB621'] as const;
const CLIENTS = 8;
/** Orders sent one by one at half the measured rate after the burst, for the latency when the hub keeps up. */
const HALF_RATE_ORDERS = 100;

/** The demo world's keys a first start wrote into the data folder. */
const demoKeysIn = (dir: string): DemoKey[] => JSON.parse(readFileSync(join(dir, 'demo-keys.json'), 'utf8')) as DemoKey[];

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

async function hubOrders(db: 'pglite' | 'postgres', orders: number, ctx: BenchContext): Promise<BenchRow[]> {
  const database = db === 'postgres' ? await target('postgres') : undefined;
  if (db === 'postgres' && !database) {
    ctx.log(`hub orders on ${db}: skipped (set BENCH_DATABASE_URL or DATABASE_URL)`);
    return [];
  }
  // embedded: a copy of the run's data folder past its first start (the demo world and its keys are in it)
  const dir = db === 'pglite' ? (await preparedDataDir()).dir : mkdtempSync(join(tmpdir(), 'crossgate-bench-hub-'));
  const url = database?.target.kind === 'postgres' ? database.target.url : '';
  const config = loadConfig({ CROSSGATE_DATA_DIR: dir, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', CROSSGATE_DROP_DIR: 'off', CROSSGATE_DEMO: 'on', CROSSGATE_WORKER_CONCURRENCY: '8' });
  const sink = await startSingleWindowSink(DECLARATIONS);
  const receiver = await startStatusReceiver('ntsec_demo_storefront_0123456789');
  const platform = await startPlatform(config, pino({ level: 'silent' }), { hubPolicy: DEMO_HUB_POLICY });
  try {
    const world = await setUpHubWorld({ hub: platform.hub, baseUrl: sink.url, demoKeys: platform.demoKeys.length > 0 ? platform.demoKeys : demoKeysIn(dir), notifyUrl: receiver.url });
    const tariff = await createTariffService(platform.store).lookup();
    const at = new Date();
    const warm = ctx.quick ? 3 : 20;
    const paced = ctx.quick ? 0 : HALF_RATE_ORDERS;
    const planned = Array.from({ length: warm + orders + paced }, (_, i) => ({ n: i + 1, deal: buildDeal(i + 1, world.parties, tariff, at), flaw: undefined, route: 'generic' as const }));
    const firstSent = new Map<string, number>();
    let peakRss = process.memoryUsage.rss();
    const drive = async (batch: typeof planned, timeoutMs: number) => {
      const queue = [...batch];
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          for (let p = queue.shift(); p; p = queue.shift()) {
            firstSent.set(p.deal.order.orderNo, performance.now());
            await sendDeal(world, platform.url, p, at);
          }
        }),
      );
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
        if (batch.every((p) => sink.byOrder.get(p.deal.order.orderNo)?.completedAt !== undefined)) return;
        if (performance.now() > deadline) {
          const counts = await platform.store.hubDeals.counts();
          throw new Error(`hub orders on ${db}: not all declared in time: ${JSON.stringify(counts)}`);
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    await drive(planned.slice(0, warm), 120_000);
    ctx.log(`hub orders on ${db}: ${warm} warm-up orders declared; sending ${orders}`);
    const measured = planned.slice(warm, warm + orders);
    const cpu0 = process.cpuUsage();
    const elu0 = performance.eventLoopUtilization();
    const start = performance.now();
    await drive(measured, 600_000);
    const cpuPerOrder = cpuMs(cpu0) / measured.length;
    const mainPerOrder = performance.eventLoopUtilization(elu0).active / measured.length;
    const done = measured.map((p) => sink.byOrder.get(p.deal.order.orderNo)?.completedAt ?? 0);
    const seconds = (Math.max(...done) - start) / 1000;
    const latencies = measured.map((p, i) => (done[i] ?? 0) - (firstSent.get(p.deal.order.orderNo) ?? 0)).sort((a, b) => a - b);
    const exact = measured.every((p) => sink.byOrder.get(p.deal.order.orderNo)?.types.size === DECLARATIONS.length);
    if (!exact || sink.unsigned > 0) throw new Error(`hub orders on ${db}: an order did not get exactly its four signed declarations`);

    // the bound: the same four declarations of the same deals, signed alone with the same SM2 keys
    const sample = measured.slice(0, Math.min(measured.length, ctx.quick ? 40 : 150));
    const unsigned = sample.flatMap((p) => dealDeclarations(p.deal, world.parties, at).filter((d) => (DECLARATIONS as readonly string[]).includes(d.type)));
    const signers = world.signers as Readonly<Partial<Record<Role, Parameters<typeof signMessage>[1]>>>;
    const boundStart = performance.now();
    for (const d of unsigned) {
      const key = signers[ROLE_OF[d.type] ?? 'ebc'];
      if (key) signMessage(d.xml, key);
    }
    const boundPerSec = sample.length / ((performance.now() - boundStart) / 1000);
    const rate = measured.length / seconds;
    ctx.log(`hub orders on ${db}: ${measured.length} orders → ${measured.length * 4} signed declarations in ${seconds.toFixed(1)} s; CPU ${cpuPerOrder.toFixed(1)} ms/order (whole process, the bench's clients and sink included), main thread busy ${mainPerOrder.toFixed(1)} ms/order; signing alone ${boundPerSec.toFixed(0)} orders/s`);
    if (paced > 0) {
      // the latency a storefront sees when the hub is not saturated: orders one by one at half the rate just measured
      const halfRate = planned.slice(warm + orders);
      const gapMs = 2000 / rate;
      const t0 = performance.now();
      await Promise.all(
        halfRate.map(async (p, i) => {
          await new Promise((r) => setTimeout(r, Math.max(0, t0 + i * gapMs - performance.now())));
          firstSent.set(p.deal.order.orderNo, performance.now());
          await sendDeal(world, platform.url, p, at);
        }),
      );
      for (const deadline = performance.now() + 120_000; !halfRate.every((p) => sink.byOrder.get(p.deal.order.orderNo)?.completedAt !== undefined); ) {
        if (performance.now() > deadline) throw new Error(`hub orders on ${db}: the paced orders were not all declared in time`);
        await new Promise((r) => setTimeout(r, 10));
      }
      const waited = halfRate.map((p) => (sink.byOrder.get(p.deal.order.orderNo)?.completedAt ?? 0) - (firstSent.get(p.deal.order.orderNo) ?? 0)).sort((a, b) => a - b);
      ctx.log(`hub orders on ${db}: at half that rate (${(rate / 2).toFixed(1)} orders/s, ${halfRate.length} orders) webhook → fourth declaration p50 ${percentile(waited, 50).toFixed(0)} ms, p99 ${percentile(waited, 99).toFixed(0)} ms`);
    }
    await world.close();
    return [
      {
        scenario: 'hub.orders',
        algorithm: 'sm2-sm3',
        db,
        ratePerSec: Number(rate.toFixed(1)),
        boundPerSec: Number(boundPerSec.toFixed(1)),
        ratio: Number((rate / boundPerSec).toFixed(3)),
        p50Ms: Number(percentile(latencies, 50).toFixed(1)),
        p99Ms: Number(percentile(latencies, 99).toFixed(1)),
        peakRssMb: Number((peakRss / 1_048_576).toFixed(1)),
      },
    ];
  } finally {
    await platform.close();
    await receiver.close();
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
    await database?.dispose();
  }
}

/** Storefront webhooks in → hub workflow → four signed declarations out (issue 7). */
export const hubScenarios = [
  defineScenario({
    name: 'hub.orders',
    owner: 'hub',
    description: 'order + payment webhooks over HTTP → hub workflow → CEB311/411/511/621 signed and sent by the single-window connector',
    async run(ctx) {
      // quick: the embedded database only (a platform start is most of a quick run)
      const orders = ctx.quick ? 12 : 400;
      return [...(await hubOrders('pglite', orders, ctx)), ...(ctx.quick ? [] : await hubOrders('postgres', orders, ctx))];
    },
  }),
];
