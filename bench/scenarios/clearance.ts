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
import { createSingleWindow, receiveMessage } from '../../src/workflows/single-window/index.js';
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

/**
 * N deals, each four signed messages from four senders, through intake, matching, tax, quota and release. The
 * bound is signature verification alone of the same messages with the same keys, on the main thread, as the
 * pipeline verifies them (one core for verification; the database and processing share it).
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
    const { seeded, senders, messages } = await signedClearanceLoad(store, keyDir, deals, at, algorithm);
    const tariff = createTariffService(store);
    const sw = createSingleWindow({ store, tariff });
    const verifiers = new Map(seeded.filter((k) => k.signingKey).map((k) => [k.role, loadVerificationKey(keyFileFor(keyDir, algorithm, `${k.role}-${k.code}`, k.signingKey?.keyName ?? '').publicPem, { keyName: k.signingKey?.keyName ?? '', precompute: 'eager' })]));
    // warm the keys (SM2 builds its tables on first use), then time verification alone
    for (const m of messages.slice(0, 8)) verifyMessage(m.xml, verifiers.get(m.role) ?? (() => undefined));
    const boundStart = performance.now();
    for (const m of messages) {
      if (!verifyMessage(m.xml, verifiers.get(m.role) ?? (() => undefined)).valid) throw new Error('bench message does not verify');
    }
    const boundPerSec = messages.length / 4 / ((performance.now() - boundStart) / 1000);

    const worker = startWorker({ store, handlers: sw.jobs, log: pino({ level: 'silent' }), concurrency: 8, pollMs: 5 });
    sw.setWake(worker.wake);
    const firstSeen = new Map<number, number>();
    let peakRss = process.memoryUsage.rss();
    const start = performance.now();
    const queue = [...messages];
    const intake = async () => {
      for (let m = queue.shift(); m; m = queue.shift()) {
        if (!firstSeen.has(m.deal)) firstSeen.set(m.deal, Date.now());
        const sender = senders.get(m.role);
        if (sender) await receiveMessage(sw.ctx, sw.senderKeys, sender, m.xml);
      }
    };
    await Promise.all(Array.from({ length: 8 }, intake));
    let released = 0;
    for (;;) {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      const counts = await store.stats.supervision({ from: new Date(at.getTime() - 60_000), to: new Date(Date.now() + 60_000) });
      released = counts.funnel.released;
      if (released + counts.funnel.rejected >= deals) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - start) / 1000;
    await worker.stop();
    const latencies: number[] = [];
    for (const inv of await store.swInventories.list({ limit: deals + 10 })) {
      const deal = Number(inv.orderNo.slice(-8)) - 1;
      const first = firstSeen.get(deal);
      if (first !== undefined && inv.releasedAt) latencies.push(inv.releasedAt.getTime() - first);
    }
    latencies.sort((a, b) => a - b);
    const rate = released / seconds;
    log(`import clearance on ${db}: ${released}/${deals} released in ${seconds.toFixed(1)} s`);
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
      const deals = ctx.quick ? 200 : 2000;
      const rows: BenchRow[] = [];
      for (const algorithm of ['sm2-sm3', 'rsa-sha1'] as const) {
        for (const db of ['pglite', 'postgres'] as const) rows.push(...(await clearance(db, algorithm, deals, ctx.log)));
      }
      return rows;
    },
  }),
];
