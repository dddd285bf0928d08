import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import { loadOrCreateKey } from '../../apps/key-dir.js';
import { wrapDxp } from '../../codecs/ceb/index.js';
import { sampleFiles } from '../../codecs/ceb/testing/samples.js';
import type { Role } from '../../domain/participants/index.js';
import { isAppError } from '../../kernel/errors/index.js';
import type { Participant } from '../../ports/participants.port.js';
import type { Store } from '../../ports/store.port.js';
import { signMessage } from '../../signing/index.js';
import { seedDemoWorld } from '../demo/seed-demo-world.js';
import { buildDeal, type DealParties, dealDeclarations } from '../demo/synthetic-deal.js';
import { createTariffService } from '../tariff/tariff-cache.js';
import { createSingleWindow, type SingleWindow } from './index.js';
import { receiveMessage } from './intake.js';
import { IntakePool, intakeThreadsFromEnv } from './intake-pool.js';

/**
 * Intake with its checks in pool threads answers exactly as without: same results, same error codes and texts,
 * same CEB900 receipts, on valid deals, the official samples and bad input; a thread that dies loses nothing.
 */

const ROLE_OF: Readonly<Record<string, Role>> = { CEB311: 'ebp', CEB411: 'payment', CEB511: 'logistics', CEB621: 'ebc', CEB711: 'warehouse' };

interface World {
  readonly store: Store;
  readonly sw: SingleWindow;
  readonly senders: ReadonlyMap<Role, Participant>;
}

const keyDir = mkdtempSync(join(tmpdir(), 'crossgate-pool-keys-'));
const keyOf = (p: { role: string; code: string }) => loadOrCreateKey(keyDir, `${p.role}-${p.code}`, `${p.code}-01`);

async function world(intakeThreads: number): Promise<World> {
  const store = await createTestStore();
  const seeded = await seedDemoWorld(store, keyOf);
  const senders = new Map<Role, Participant>();
  for (const k of seeded) {
    const p = await store.participants.byId(k.participantId);
    if (p) senders.set(k.role, p);
  }
  const sw = createSingleWindow({ store, tariff: createTariffService(store), intakeThreads, now: () => new Date('2026-03-01T08:00:00Z') });
  return { store, sw, senders };
}

/** What one message gets, without what differs every run (ids, times, guids generated for receipts). */
async function outcome(w: World, role: Role, body: string, ctx = w.sw.ctx): Promise<unknown> {
  const sender = w.senders.get(role);
  if (!sender) throw new Error(`no ${role}`);
  try {
    const { messageId: _id, ...rest } = await receiveMessage(ctx, w.sw.senderKeys, sender, body);
    return rest;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { code: error.code, status: error.status, message: error.message, details: error.details };
  }
}

async function receipts(w: World): Promise<unknown[]> {
  const all = [];
  for (const sender of w.senders.values()) {
    for (const r of await w.store.swReceipts.since(sender.id, 0, 500)) {
      all.push({ to: sender.role, type: r.messageType, status: r.returnStatus, info: r.returnInfo, docKey: r.docKey });
    }
  }
  return all.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

let inline: World;
let pooled: World;
let inputs: [string, Role, string][];

beforeAll(async () => {
  inline = await world(0);
  pooled = await world(1);
  const seeded = [...inline.senders.values()];
  const party = (role: Role) => {
    const p = seeded.find((s) => s.role === role);
    return { code: p?.code ?? '', name: p?.name ?? '' };
  };
  const parties: DealParties = { ebp: party('ebp'), ebc: party('ebc'), payment: party('payment'), logistics: party('logistics'), customsCode: party('customs').code };
  const at = new Date('2026-03-01T08:00:00Z');
  const lookup = await createTariffService(inline.store).lookup();
  const sign = (role: Role, xml: string) => signMessage(xml, keyOf({ role, code: party(role).code }).key);
  const deal = (n: number) => dealDeclarations(buildDeal(n, parties, lookup, at), parties, at).map((d) => ({ role: ROLE_OF[d.type] ?? 'ebc', xml: d.xml, type: d.type }));
  inputs = [];
  const first = deal(1).map((d) => ({ ...d, signed: sign(d.role, d.xml) }));
  for (const d of first) inputs.push([`deal 1 ${d.type} signed`, d.role, d.signed]);
  for (const d of first) inputs.push([`deal 1 ${d.type} again`, d.role, d.signed]);
  for (const d of first) inputs.push([`deal 1 ${d.type} signed anew`, d.role, sign(d.role, d.xml)]);
  for (const d of deal(2)) inputs.push([`deal 2 ${d.type} in DxpMsg`, d.role, wrapDxp(sign(d.role, d.xml), { senderId: 'DXPENT0000000001', receiverIds: 'DXPEDCCEB0000002' })]);
  const [order, payment] = deal(3);
  if (order && payment) {
    inputs.push(['unsigned order', order.role, order.xml]);
    inputs.push(['tampered order', order.role, sign(order.role, order.xml).replace('<ceb:orderNo>', '<ceb:orderNo>X')]);
    inputs.push(['order from the payment company', 'payment', sign('payment', order.xml)]);
    inputs.push(['payment signed by the platform', payment.role, sign('ebp', payment.xml)]);
    inputs.push(['schema-invalid order', order.role, sign(order.role, order.xml.replace(/<ceb:goodsValue>[^<]*<\/ceb:goodsValue>/, ''))]);
  }
  for (const s of sampleFiles().filter((f) => f.direction === 'import')) {
    const type = s.file.replace('Message.xml', '');
    inputs.push([`official ${s.edition} ${type}`, ROLE_OF[type] ?? 'ebp', readFileSync(s.path, 'utf8')]);
  }
  inputs.push(['not XML', 'ebp', 'hello'], ['DOCTYPE', 'ebp', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'], ['empty', 'ebp', '']);
}, 120_000);

afterAll(async () => {
  await inline?.store.close();
  await pooled?.store.close();
  rmSync(keyDir, { recursive: true, force: true });
});

describe('intake pool', () => {
  it('answers every input as intake on the main thread does, and writes the same receipts', async () => {
    expect(inputs.length).toBeGreaterThan(40);
    const expected: unknown[] = [];
    const actual: unknown[] = [];
    for (const [name, role, body] of inputs) {
      expected.push([name, await outcome(inline, role, body)]);
      actual.push([name, await outcome(pooled, role, body)]);
    }
    expect(actual).toEqual(expected);
    // the inputs cover acceptance, duplicates and every kind of refusal
    const codes = new Set((expected as [string, unknown][]).map(([, o]) => (o as { code?: string }).code ?? ((o as { duplicate?: boolean }).duplicate ? 'duplicate' : 'accepted')));
    expect([...codes].sort()).toEqual(
      expect.arrayContaining(['accepted', 'duplicate', 'ceb.schema_invalid', 'sw.signature_invalid', 'sw.signature_missing', 'sw.sender_not_allowed', 'sw.transfer_mismatch']),
    );
    expect(await receipts(pooled)).toEqual(await receipts(inline));
    const stats = pooled.sw.ctx.intakePool?.stats();
    expect(stats?.answered).toBe(inputs.length);
    expect(stats?.handedBack).toBe(0);
  });

  it('runs on the main thread what a dying thread held, starts a new thread, and stops on store close', async () => {
    const lost: { error: string; handedBack: number }[] = [];
    const crashing = new IntakePool({
      threads: 1,
      entry: new URL('./testing/crashing-intake-worker.ts', import.meta.url),
      onLost: (report) => lost.push(report),
    });
    const fresh = await world(0);
    const reference = await world(0);
    try {
      const ctx = { ...fresh.sw.ctx, intakePool: crashing };
      const subset = inputs.filter(([name]) => name.startsWith('deal 1') || name.startsWith('tampered') || name === 'not XML');
      const got = await Promise.all(subset.map(([, role, body]) => outcome(fresh, role, body, ctx)));
      const want = await Promise.all(subset.map(([, role, body]) => outcome(reference, role, body)));
      expect(got).toEqual(want);
      const stats = crashing.stats();
      expect(stats.answered).toBe(0);
      expect(stats.handedBack).toBe(subset.length);
      expect(stats.restarts).toBeGreaterThan(0);
      // each death is reported once, with why and what went back; together, every message handed back
      expect(lost).toHaveLength(stats.restarts);
      expect(lost.every((l) => l.error === 'exited with code 3')).toBe(true);
      expect(lost.reduce((n, l) => n + l.handedBack, 0)).toBe(subset.length);
    } finally {
      await crashing.close();
      await fresh.store.close();
      await reference.store.close();
    }
    expect(crashing.stats().threads).toBe(0);
    expect(crashing.usable).toBe(false);
    expect(lost).toHaveLength(crashing.stats().restarts); // closing is not reported
  });

  it('refuses a message its thread does not answer in time, hands back what the thread held, and keeps working', async () => {
    const pool = new IntakePool({ threads: 1, timeoutMs: 200, entry: new URL('./testing/stalling-intake-worker.ts', import.meta.url) });
    try {
      await pool.warm();
      const request = (body: string) => pool.inspect({ body, sender: { role: 'ebp', code: 'X' }, keys: [], signatures: 'all' });
      const [stalled, behind] = await Promise.all([request('stall forever'), request('queued behind it')]);
      expect(stalled).toMatchObject({ kind: 'failed', error: { code: 'sw.inspection_timeout', details: { seconds: 1 } } });
      // the message behind it goes back to its caller (undefined: run it on the main thread)
      expect(behind).toBeUndefined();
      // a new thread answers the next message; a stop for time is not a crash
      expect(await request('next')).toMatchObject({ kind: 'failed', error: { message: 'next' } });
      expect(pool.stats()).toMatchObject({ timedOut: 1, handedBack: 1, answered: 1, restarts: 0, threads: 1 });
      expect(pool.usable).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('is closed with its store, after which intake runs on the main thread', async () => {
    const w = await world(1);
    const pool = w.sw.ctx.intakePool;
    const [name, role, body] = inputs[0] ?? ['', 'ebp', ''];
    expect(name).toContain('deal 1');
    expect(await outcome(w, role, body)).toMatchObject({ duplicate: false, status: 'processed' });
    expect(pool?.stats()).toMatchObject({ threads: 1, answered: 1 });
    await w.store.close();
    expect(pool?.stats().threads).toBe(0);
    expect(pool?.usable).toBe(false);
  });

  it('takes its size from CROSSGATE_INTAKE_THREADS, cores − 1 by default, none under test unless set', () => {
    expect(intakeThreadsFromEnv({ CROSSGATE_INTAKE_THREADS: '3' })).toBe(3);
    expect(intakeThreadsFromEnv({ CROSSGATE_INTAKE_THREADS: 'off' })).toBe(0);
    expect(intakeThreadsFromEnv({ NODE_ENV: 'test' })).toBe(0);
    expect(intakeThreadsFromEnv({})).toBeGreaterThanOrEqual(1);
    expect(intakeThreadsFromEnv({ NODE_ENV: 'test', CROSSGATE_INTAKE_THREADS: 'auto' })).toBeGreaterThanOrEqual(1);
  });
});
