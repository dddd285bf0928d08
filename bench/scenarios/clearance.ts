import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { loadOrCreateKey } from '../../src/apps/key-dir.js';
import { startWorker } from '../../src/jobs/worker.js';
import { randomToken } from '../../src/kernel/ids.js';
import type { Role } from '../../src/domain/participants/index.js';
import type { Participant } from '../../src/ports/participants.port.js';
import type { Store } from '../../src/ports/store.port.js';
import { loadVerificationKey, signMessage, verifyMessage } from '../../src/signing/index.js';
import type { DatabaseTarget } from '../../src/storage/database.js';
import { openStore } from '../../src/storage/store.js';
import { seedDemoWorld } from '../../src/workflows/demo/seed-demo-world.js';
import { buildDeal, type DealParties, dealDeclarations } from '../../src/workflows/demo/synthetic-deal.js';
import { createSingleWindow, DEFAULT_SINGLE_WINDOW_POLICY, receiveMessage, type SingleWindowPolicy } from '../../src/workflows/single-window/index.js';
import { createTariffService } from '../../src/workflows/tariff/tariff-cache.js';
import { defineScenario } from '../registry.js';
import type { BenchRow } from '../registry.js';

export const ROLE_OF: Readonly<Record<string, Role>> = { CEB311: 'ebp', CEB411: 'payment', CEB511: 'logistics', CEB621: 'ebc' };

export async function target(db: 'pglite' | 'postgres'): Promise<{ target: DatabaseTarget; dispose: () => Promise<void> } | undefined> {
  if (db === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'crossgate-bench-'));
    return { target: { kind: 'pglite', dataDir: join(dir, 'pglite') }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) return undefined;
  const name = `crossgate_bench_${randomToken(8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: dbUrl.toString(), poolSize: 10 },
    dispose: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export type Algorithm = 'sm2-sm3' | 'rsa-sha1';

/** Messages in flight at once (senders posting concurrently, as many parties do at a national peak). */
const SENDERS = Number(process.env.BENCH_SENDERS) || 64;

/** A sender's key file: SM2 as the demo makes it, or an RSA key written first (the demo then loads and registers it). */
function keyFileFor(keyDir: string, algorithm: Algorithm, name: string, keyName: string) {
  const path = join(keyDir, `${name}.pem`);
  if (algorithm === 'rsa-sha1' && !existsSync(path)) {
    mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return loadOrCreateKey(keyDir, name, keyName);
}

/** The import-clearance load (also scale-out's): the demo world seeded into `store`, and `deals` deals of four messages, each signed by its sender. */
export async function signedClearanceLoad(store: Store, keyDir: string, deals: number, at: Date, algorithm: Algorithm = 'sm2-sm3') {
  const seeded = await seedDemoWorld(store, (p) => keyFileFor(keyDir, algorithm, `${p.role}-${p.code}`, `${p.code}-01`));
  const byRole = new Map(seeded.map((k) => [k.role, k]));
  const senders = new Map<Role, Participant>();
  for (const k of seeded) {
    const p = await store.participants.byId(k.participantId);
    if (p) senders.set(k.role, p);
  }
  const party = (role: Role) => ({ code: byRole.get(role)?.code ?? '', name: byRole.get(role)?.name ?? '' });
  const parties: DealParties = { ebp: party('ebp'), ebc: party('ebc'), payment: party('payment'), logistics: party('logistics'), customsCode: party('customs').code };
  const lookup = await createTariffService(store).lookup();
  const messages: { role: Role; xml: string; deal: number }[] = [];
  const keys = new Map(seeded.filter((k) => k.signingKey).map((k) => [k.role, keyFileFor(keyDir, algorithm, `${k.role}-${k.code}`, k.signingKey?.keyName ?? '').key]));
  for (let n = 0; n < deals; n++) {
    for (const d of dealDeclarations(buildDeal(n + 1, parties, lookup, at), parties, at)) {
      const role = ROLE_OF[d.type] ?? 'ebc';
      const key = keys.get(role);
      if (key) messages.push({ role, xml: signMessage(d.xml, key, { algorithm }), deal: n });
    }
  }
  return { seeded, senders, messages };
}

export const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

type Load = Awaited<ReturnType<typeof signedClearanceLoad>>;

interface Pipeline {
  readonly store: Store;
  readonly sw: ReturnType<typeof createSingleWindow>;
  readonly at: Date;
  readonly firstSeen: Map<number, number>;
  send(m: Load['messages'][number]): Promise<void>;
  startWorker(): { stop(): Promise<void> };
  /** Waits until every deal is released or rejected; returns released, the peak RSS seen and the latencies (sorted). */
  settle(deals: number): Promise<{ released: number; peakRss: number }>;
  latencies(deals: number): Promise<number[]>;
}

/** Intake processes what it accepts (default), or queues it for the worker (BENCH_INTAKE_PROCESSING=queued). */
const INTAKE_PROCESSING = (process.env.BENCH_INTAKE_PROCESSING as SingleWindowPolicy['intakeProcessing'] | undefined) ?? DEFAULT_SINGLE_WINDOW_POLICY.intakeProcessing;

function pipelineOn(
  store: Store,
  load: Load,
  at: Date,
  senders: ReadonlyMap<Role, Participant> = load.senders,
  intakeProcessing: SingleWindowPolicy['intakeProcessing'] = INTAKE_PROCESSING,
): Pipeline {
  const validateOutgoing = process.env.BENCH_VALIDATE_OUTGOING as SingleWindowPolicy['validateOutgoing'] | undefined;
  const policy = { ...DEFAULT_SINGLE_WINDOW_POLICY, intakeProcessing, ...(validateOutgoing && { validateOutgoing }) };
  const sw = createSingleWindow({ store, tariff: createTariffService(store), policy });
  const firstSeen = new Map<number, number>();
  return {
    store,
    sw,
    at,
    firstSeen,
    async send(m) {
      if (!firstSeen.has(m.deal)) firstSeen.set(m.deal, Date.now());
      const sender = senders.get(m.role);
      if (sender) await receiveMessage(sw.ctx, sw.senderKeys, sender, m.xml);
    },
    startWorker() {
      return startWorker({ store, handlers: sw.jobs, log: pino({ level: "silent" }), concurrency: 8 });
    },
    async settle(deals) {
      let peakRss = process.memoryUsage.rss();
      for (;;) {
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
        const counts = await store.stats.supervision({ from: new Date(at.getTime() - 60_000), to: new Date(Date.now() + 60_000) });
        if (counts.funnel.released + counts.funnel.rejected >= deals) return { released: counts.funnel.released, peakRss };
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async latencies(deals) {
      const out: number[] = [];
      for (const inv of await store.swInventories.list({ limit: deals + 10 })) {
        const deal = Number(inv.orderNo.slice(-8)) - 1;
        const first = firstSeen.get(deal);
        if (first !== undefined && inv.releasedAt) out.push(inv.releasedAt.getTime() - first);
      }
      return out.sort((a, b) => a - b);
    },
  };
}

/** A fresh database with the same demo world (same keys, so the same signed messages are valid there). */
async function freshPipeline(db: 'pglite' | 'postgres', keyDir: string, algorithm: Algorithm, load: Load, at: Date, intakeProcessing = INTAKE_PROCESSING) {
  const t = await target(db);
  if (!t) throw new Error('no database');
  const store = await openStore(t.target);
  const seeded = await seedDemoWorld(store, (p) => keyFileFor(keyDir, algorithm, `${p.role}-${p.code}`, `${p.code}-01`));
  const senders = new Map<Role, Participant>();
  for (const k of seeded) {
    const p = await store.participants.byId(k.participantId);
    if (p) senders.set(k.role, p);
  }
  const pipeline = pipelineOn(store, load, at, senders, intakeProcessing);
  await pipeline.sw.ctx.intakePool?.warm();
  const close = async () => {
    await store.close();
    await t.dispose();
  };
  return { pipeline, close };
}

/**
 * CPU per deal, intake and processing apart: every message received and queued first (no worker), then processed.
 * CPU time of the whole process (worker threads included), so the figure holds on a machine shared with other work.
 */
async function cpuSplit(db: 'pglite' | 'postgres', keyDir: string, algorithm: Algorithm, load: Load, at: Date, deals: number) {
  const { pipeline, close } = await freshPipeline(db, keyDir, algorithm, load, at, 'queued');
  try {
    const queue = [...load.messages];
    const c0 = process.cpuUsage();
    await Promise.all(Array.from({ length: SENDERS }, async () => {
      for (let m = queue.shift(); m; m = queue.shift()) await pipeline.send(m);
    }));
    const intake = cpuMs(c0);
    const c1 = process.cpuUsage();
    const worker = pipeline.startWorker();
    await pipeline.settle(deals);
    const processing = cpuMs(c1);
    await worker.stop();
    return { intakeMsPerDeal: intake / deals, processingMsPerDeal: processing / deals };
  } finally {
    await close();
  }
}

/** Deals sent at a steady `perSec` (open loop, four messages a deal), first message → release latency. */
async function atRate(db: 'pglite' | 'postgres', keyDir: string, algorithm: Algorithm, load: Load, at: Date, deals: number, perSec: number) {
  const { pipeline, close } = await freshPipeline(db, keyDir, algorithm, load, at);
  try {
    const worker = pipeline.startWorker();
    const start = performance.now();
    const byDeal = new Map<number, Load['messages']>();
    for (const m of load.messages) byDeal.set(m.deal, [...(byDeal.get(m.deal) ?? []), m]);
    const sends: Promise<void>[] = [];
    for (let d = 0; d < deals; d++) {
      const due = start + (d * 1000) / perSec;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      for (const m of byDeal.get(d) ?? []) sends.push(pipeline.send(m));
    }
    await Promise.all(sends);
    await pipeline.settle(deals);
    await worker.stop();
    const latencies = await pipeline.latencies(deals);
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  } finally {
    await close();
  }
}

/**
 * N deals, each four signed messages from four senders, through intake, matching, tax, quota and release. The
 * bound is signature verification alone of the same messages with the same keys, on the main thread, as the
 * pipeline verifies them (one core for verification; the database and processing share it). Progress notes give
 * CPU ms per deal (whole process, threads included); with BENCH_CLEARANCE_DETAIL=1 also intake and processing
 * apart and the latency at half the measured rate (each on a fresh database).
 */
async function clearance(db: 'pglite' | 'postgres', algorithm: Algorithm, deals: number, log: (t: string) => void): Promise<BenchRow[]> {
  const t = await target(db);
  if (!t) {
    log(`import clearance on ${db}: skipped (set BENCH_DATABASE_URL or DATABASE_URL)`);
    return [];
  }
  const keyDir = mkdtempSync(join(tmpdir(), 'crossgate-bench-keys-'));

  const store: Store = await openStore(t.target);
  try {
    const at = new Date();
    log(`import clearance on ${db}: signing ${deals * 4} messages (the senders' work, not measured)`);
    const load = await signedClearanceLoad(store, keyDir, deals, at, algorithm);
    const { seeded, messages } = load;
    const verifiers = new Map(seeded.filter((k) => k.signingKey).map((k) => [k.role, loadVerificationKey(keyFileFor(keyDir, algorithm, `${k.role}-${k.code}`, k.signingKey?.keyName ?? '').publicPem, { keyName: k.signingKey?.keyName ?? '', precompute: 'eager' })]));
    // warm the keys (SM2 builds its tables on first use), then time verification alone
    for (const m of messages.slice(0, 8)) verifyMessage(m.xml, verifiers.get(m.role) ?? (() => undefined));
    const boundStart = performance.now();
    for (const m of messages) {
      if (!verifyMessage(m.xml, verifiers.get(m.role) ?? (() => undefined)).valid) throw new Error('bench message does not verify');
    }
    const boundPerSec = messages.length / 4 / ((performance.now() - boundStart) / 1000);

    const pipeline = pipelineOn(store, load, at);
    await pipeline.sw.ctx.intakePool?.warm();
    const worker = pipeline.startWorker();
    const cpu0 = process.cpuUsage();
    const elu0 = performance.eventLoopUtilization();
    const start = performance.now();
    const queue = [...messages];
    await Promise.all(Array.from({ length: SENDERS }, async () => {
      for (let m = queue.shift(); m; m = queue.shift()) await pipeline.send(m);
    }));
    const { released, peakRss } = await pipeline.settle(deals);
    const seconds = (performance.now() - start) / 1000;
    const cpuPerDeal = cpuMs(cpu0) / deals;
    const mainBusyPerDeal = performance.eventLoopUtilization(elu0).active / deals;
    await worker.stop();
    const latencies = await pipeline.latencies(deals);
    const rate = released / seconds;
    log(`import clearance on ${db} ${algorithm}: ${released}/${deals} released in ${seconds.toFixed(1)} s; CPU ${cpuPerDeal.toFixed(2)} ms/deal (all threads), main thread busy ${mainBusyPerDeal.toFixed(2)} ms/deal`);
    if (process.env.BENCH_CLEARANCE_DETAIL === '1') {
      const split = await cpuSplit(db, keyDir, algorithm, load, at, deals);
      log(`import clearance on ${db} ${algorithm}: CPU intake ${split.intakeMsPerDeal.toFixed(2)} ms/deal, processing ${split.processingMsPerDeal.toFixed(2)} ms/deal`);
      const half = await atRate(db, keyDir, algorithm, load, at, deals, rate / 2);
      log(`import clearance on ${db} ${algorithm}: at half rate (${(rate / 2).toFixed(1)} deals/s) p50 ${half.p50} ms, p99 ${half.p99} ms`);
    }
    return [
      {
        scenario: 'clearance.import',
        algorithm,
        db,
        ratePerSec: Number(rate.toFixed(1)),
        boundPerSec: Number(boundPerSec.toFixed(1)),
        ratio: Number((rate / boundPerSec).toFixed(3)),
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        peakRssMb: Number((peakRss / 1_048_576).toFixed(1)),
      },
    ];
  } finally {
    await store.close();
    await t.dispose();
    rmSync(keyDir, { recursive: true, force: true });
  }
}

/** Import clearance end to end (issue 7): deals/s, first message → release latency, beside the signature bound. */
export const clearanceScenarios = [
  defineScenario({
    name: 'clearance.import',
    owner: 'single window',
    description:
      'deals/s: signed order, payment, waybill, inventory per deal through intake, checks, matching, tax, quota, release; bound = verifying the same signatures alone on one core (the pipeline verifies on the main thread)',
    async run(ctx) {
      const deals = Number(process.env.BENCH_CLEARANCE_DEALS) || (ctx.quick ? 60 : 2000);
      const rows: BenchRow[] = [];
      const wanted = (name: string, env: string | undefined) => !env || env.split(',').includes(name);
      for (const algorithm of ['sm2-sm3', 'rsa-sha1'] as const) {
        if (!wanted(algorithm, process.env.BENCH_ALGORITHMS)) continue;
        for (const db of ['pglite', 'postgres'] as const) {
          if (wanted(db, process.env.BENCH_DBS)) rows.push(...(await clearance(db, algorithm, deals, ctx.log)));
        }
      }
      return rows;
    },
  }),
];
