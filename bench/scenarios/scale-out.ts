import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadOrCreateKey } from '../../src/apps/key-dir.js';
import type { Store } from '../../src/ports/store.port.js';
import { openStore } from '../../src/storage/store.js';
import { createSingleWindow, DEFAULT_SINGLE_WINDOW_POLICY, receiveMessage } from '../../src/workflows/single-window/index.js';
import { createTariffService } from '../../src/workflows/tariff/tariff-cache.js';
import { platformEnv, REPO_ROOT } from '../lib/platform-process.js';
import { cpuSecondsOf, peakRssMbOf, spawnNode, stopChild } from '../lib/server-process.js';
import { type BenchContext, type BenchRow, defineScenario } from '../registry.js';
import { signedClearanceLoad, target } from './clearance.js';

/**
 * Scale-out on PostgreSQL: the import-clearance load (N deals, four signed messages each, from clearance.ts) taken
 * in through the single window's intake with no worker running, so the jobs wait in the job table; then processed
 * by 1, and on a fresh copy of the load by 2, separate `crossgate worker` processes sharing that table. Deals/s is
 * from releasing the queued jobs to the last deal's release. Afterwards the database must show every deal processed
 * once: each job claimed once and done, one release per inventory, one quota entry per inventory, no receipt twice.
 */
const WORKER = ['--import', 'tsx', 'src/apps/cli/main.ts', 'worker', '--concurrency', '8'];

interface Proof {
  /** Jobs done, and jobs scheduled for later (an inventory's wait time-out, armed for the next day). */
  readonly jobs: number;
  readonly scheduledLater: number;
  readonly claimedMoreThanOnce: number;
  readonly notDone: number;
  readonly inventories: number;
  readonly released: number;
  readonly releasesTwice: number;
  readonly quotaTwice: number;
  readonly receiptsTwice: number;
  /** Distinct worker ids seen holding jobs (sampled), and the CPU seconds each worker process used while it ran. */
  readonly workersSeen: number;
  readonly workerCpuSeconds: readonly number[];
}

async function query<T>(client: pg.Client, text: string): Promise<T> {
  const { rows } = await client.query(text);
  return rows[0] as T;
}

async function prove(client: pg.Client, workersSeen: number, workerCpuSeconds: readonly number[]): Promise<Proof> {
  const jobs = await query<{ jobs: number; twice: number; not_done: number; later: number }>(
    client,
    `select count(*) filter (where status = 'done')::int as jobs, count(*) filter (where status = 'done' and attempts <> 1)::int as twice,
            count(*) filter (where status <> 'done' and run_at <= now())::int as not_done, count(*) filter (where status = 'pending' and run_at > now())::int as later
       from jobs where queue like 'sw.%'`,
  );
  const inv = await query<{ n: number; released: number }>(client, `select count(*)::int as n, count(released_at)::int as released from sw_inventories`);
  const releases = await query<{ n: number }>(
    client,
    `select count(*)::int as n from (select inventory_id from sw_inventory_events where to_status = '800' group by inventory_id having count(*) > 1) t`,
  );
  const quota = await query<{ n: number }>(
    client,
    `select count(*)::int as n from (select inventory_id from sw_quota_ledger where kind = 'release' group by inventory_id having count(*) > 1) t`,
  );
  const receipts = await query<{ n: number }>(
    client,
    `select count(*)::int as n from (select 1 from sw_receipts group by recipient_id, message_type, doc_key, return_status having count(*) > 1) t`,
  );
  return {
    jobs: jobs.jobs,
    scheduledLater: jobs.later,
    claimedMoreThanOnce: jobs.twice,
    notDone: jobs.not_done,
    inventories: inv.n,
    released: inv.released,
    releasesTwice: releases.n,
    quotaTwice: quota.n,
    receiptsTwice: receipts.n,
    workersSeen,
    workerCpuSeconds,
  };
}

async function run(workers: number, deals: number, ctx: BenchContext): Promise<BenchRow | undefined> {
  const t = await target('postgres');
  if (t?.target.kind !== 'postgres') return undefined;
  const url = t.target.url;
  const dataDir = mkdtempSync(join(tmpdir(), 'crossgate-bench-scale-'));
  const keyDir = join(dataDir, 'keys');
  const client = new pg.Client({ connectionString: url });
  let store: Store | undefined;
  const children: ReturnType<typeof spawnNode>[] = [];
  try {
    store = await openStore(t.target);
    const at = new Date();
    const { senders, messages } = await signedClearanceLoad(store, keyDir, deals, at);
    loadOrCreateKey(keyDir, 'single-window', 'CROSSGATE-SW-01'); // made once, before the workers share the folder
    // intake only stores and queues here: the processing is the worker processes' to share
    const policy = { ...DEFAULT_SINGLE_WINDOW_POLICY, intakeProcessing: 'queued' as const };
    const sw = createSingleWindow({ store, tariff: createTariffService(store), policy });
    const intakeStart = performance.now();
    const queue = [...messages];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let m = queue.shift(); m; m = queue.shift()) {
          const sender = senders.get(m.role);
          if (sender) await receiveMessage(sw.ctx, sw.senderKeys, sender, m.xml);
        }
      }),
    );
    const intakeSeconds = (performance.now() - intakeStart) / 1000;
    await client.connect();
    // hold the queued work until every worker is up, so the figure is processing, not process start-up
    await client.query(`update jobs set run_at = run_at + interval '10 years' where status = 'pending'`);
    const env = platformEnv(dataDir, url, { LOG_LEVEL: 'warn', CROSSGATE_WORKER_CONCURRENCY: '8' });
    for (let i = 0; i < workers; i++) children.push(spawnNode(WORKER, env, REPO_ROOT));
    const deadline = performance.now() + 60_000;
    while (!children.every((c) => /worker \S+ running/.test(c.output()))) {
      if (children.some((c) => c.child.exitCode !== null)) throw new Error(`a worker exited:\n${children.map((c) => c.output()).join('\n')}`);
      if (performance.now() > deadline) throw new Error(`the workers did not start:\n${children.map((c) => c.output()).join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const cpuBefore = children.map((c) => cpuSecondsOf(c.child.pid) ?? 0);
    const start = performance.now();
    await client.query(`update jobs set run_at = run_at - interval '10 years' where status = 'pending'`);
    const holders = new Set<string>();
    let peakRss = 0;
    let lastProgress = performance.now();
    let released = 0;
    for (;;) {
      const now = await query<{ released: number; rejected: number }>(
        client,
        `select count(released_at)::int as released, count(*) filter (where status = '100')::int as rejected from sw_inventories`,
      );
      for (const r of (await client.query(`select distinct locked_by from jobs where status = 'running' and locked_by is not null`)).rows as { locked_by: string }[]) {
        holders.add(r.locked_by);
      }
      for (const c of children) peakRss = Math.max(peakRss, peakRssMbOf(c.child.pid) ?? 0);
      if (now.released > released) lastProgress = performance.now();
      released = now.released;
      if (released + now.rejected >= deals) break;
      if (performance.now() - lastProgress > 30_000) {
        throw new Error(`no deal released for 30 s (${released}/${deals}); does \`crossgate worker\` run the single-window jobs?\n${children.map((c) => c.output()).join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const seconds = (performance.now() - start) / 1000;
    // let the follow-on jobs (receipt deliveries) finish before counting
    for (let i = 0; i < 200; i++) {
      const left = await query<{ n: number }>(client, `select count(*)::int as n from jobs where queue like 'sw.%' and status in ('pending', 'running') and run_at <= now()`);
      if (left.n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const cpu = children.map((c, i) => Number(((cpuSecondsOf(c.child.pid) ?? 0) - (cpuBefore[i] ?? 0)).toFixed(2)));
    const proof = await prove(client, holders.size, cpu);
    ctx.log(
      `scale-out, ${workers} worker process(es): ${released}/${deals} deals released in ${seconds.toFixed(1)} s (intake beforehand: ${intakeSeconds.toFixed(1)} s); ` +
        `proof: ${proof.jobs} sw jobs done, ${proof.claimedMoreThanOnce} of them claimed more than once, ${proof.notDone} due but not done (${proof.scheduledLater} time-outs armed for later); ${proof.released}/${proof.inventories} inventories released, ` +
        `${proof.releasesTwice} released twice, ${proof.quotaTwice} quota entries twice, ${proof.receiptsTwice} receipts twice; ${proof.workersSeen} worker id(s) seen holding jobs; CPU s per worker process: ${proof.workerCpuSeconds.join(', ')}`,
    );
    const failed = proof.claimedMoreThanOnce + proof.notDone + proof.releasesTwice + proof.quotaTwice + proof.receiptsTwice > 0 || proof.released !== deals;
    if (failed) throw new Error(`scale-out with ${workers} workers: a deal was not processed exactly once: ${JSON.stringify(proof)}`);
    const rate = released / seconds;
    return {
      scenario: `scale-out.workers-${workers}`,
      algorithm: 'sm2-sm3',
      db: 'postgres',
      ratePerSec: Number(rate.toFixed(1)),
      boundPerSec: null,
      ratio: null,
      p50Ms: null,
      p99Ms: null,
      peakRssMb: peakRss > 0 ? Number(peakRss.toFixed(1)) : null,
    };
  } finally {
    await Promise.all(children.map((c) => stopChild(c.child)));
    await client.end().catch(() => {});
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
    await t.dispose();
  }
}

/** Deals/s with 1 and 2 worker processes on one PostgreSQL, and the proof that no deal was processed twice (issue 7). */
export const scaleOutScenarios = [
  defineScenario({
    name: 'scale-out.workers',
    owner: 'platform',
    description: 'the clearance load queued in PostgreSQL, processed by 1 then 2 `crossgate worker` processes; each deal exactly once',
    async run(ctx) {
      if (!(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL)) {
        ctx.log('scale-out: skipped (PostgreSQL only: set BENCH_DATABASE_URL or DATABASE_URL)');
        return [];
      }
      const deals = ctx.quick ? 30 : 600;
      const rows: BenchRow[] = [];
      for (const workers of [1, 2]) {
        const r = await run(workers, deals, ctx);
        if (r) rows.push(r);
      }
      const [one, two] = rows;
      if (one?.ratePerSec && two?.ratePerSec) ctx.log(`scale-out: 2 workers / 1 worker = ${(two.ratePerSec / one.ratePerSec).toFixed(2)}×`);
      return rows;
    },
  }),
];
