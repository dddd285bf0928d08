import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../test/support/test-store.js';
import { loadOrCreateKey } from '../../apps/key-dir.js';
import type { Role } from '../../domain/participants/index.js';
import { startWorker } from '../../jobs/worker.js';
import type { Participant } from '../../ports/participants.port.js';
import type { Store } from '../../ports/store.port.js';
import { signMessage } from '../../signing/index.js';
import { seedDemoWorld } from '../demo/seed-demo-world.js';
import { buildDeal, type DealParties, dealDeclarations } from '../demo/synthetic-deal.js';
import { createTariffService } from '../tariff/tariff-cache.js';
import { createSingleWindow, DEFAULT_SINGLE_WINDOW_POLICY, type SingleWindowPolicy } from './index.js';
import { receiveMessage } from './intake.js';
import { PROCESS_QUEUE } from './process-message.js';

/**
 * Intake processes what it accepted in its own transaction (`intakeProcessing: 'inline'`), queues it for the worker
 * (`queued`), and falls back to queuing when inline processing fails: the deal is released either way, exactly once.
 */

const ROLE_OF: Readonly<Record<string, Role>> = { CEB311: 'ebp', CEB411: 'payment', CEB511: 'logistics', CEB621: 'ebc' };
const at = new Date('2026-03-01T08:00:00Z');
const keyDir = mkdtempSync(join(tmpdir(), 'crossgate-inline-keys-'));
const keyOf = (p: { role: string; code: string }) => loadOrCreateKey(keyDir, `${p.role}-${p.code}`, `${p.code}-01`);

let store: Store;
let senders: Map<Role, Participant>;
let parties: DealParties;

beforeAll(async () => {
  store = await createTestStore();
  const seeded = await seedDemoWorld(store, keyOf);
  senders = new Map();
  for (const k of seeded) {
    const p = await store.participants.byId(k.participantId);
    if (p) senders.set(k.role, p);
  }
  const party = (role: Role) => {
    const p = seeded.find((s) => s.role === role);
    return { code: p?.code ?? '', name: p?.name ?? '' };
  };
  parties = { ebp: party('ebp'), ebc: party('ebc'), payment: party('payment'), logistics: party('logistics'), customsCode: party('customs').code };
}, 60_000);

afterAll(async () => {
  await store?.close();
  rmSync(keyDir, { recursive: true, force: true });
});

/** Sends deal `n`'s four signed declarations through intake; returns its order number and the message ids. */
async function sendDeal(sw: ReturnType<typeof createSingleWindow>, n: number) {
  const lookup = await createTariffService(store).lookup();
  const deal = buildDeal(n, parties, lookup, at);
  const ids: string[] = [];
  for (const d of dealDeclarations(deal, parties, at)) {
    const role = ROLE_OF[d.type] ?? 'ebc';
    const sender = senders.get(role);
    if (!sender) throw new Error(`no ${role}`);
    const result = await receiveMessage(sw.ctx, sw.senderKeys, sender, signMessage(d.xml, keyOf({ role, code: sender.code }).key));
    expect(result.duplicate).toBe(false);
    ids.push(result.messageId);
  }
  return { orderNo: deal.order.orderNo, ids };
}

async function inventoryOf(orderNo: string) {
  const all = await store.swInventories.list({ limit: 1000 });
  return all.find((i) => i.orderNo === orderNo);
}

async function queuedFor(ids: readonly string[]) {
  const jobs = await store.jobs.list({ queue: PROCESS_QUEUE, limit: 1000 });
  return jobs.filter((j) => ids.includes((j.payload as { messageId?: string }).messageId ?? ''));
}

const singleWindow = (policy: Partial<SingleWindowPolicy>, s: Store = store, log = pino({ level: 'silent' })) =>
  createSingleWindow({ store: s, tariff: createTariffService(s), intakeThreads: 0, now: () => at, policy: { ...DEFAULT_SINGLE_WINDOW_POLICY, ...policy }, log });

async function runWorker(sw: ReturnType<typeof createSingleWindow>) {
  const worker = startWorker({ store, handlers: sw.jobs, log: pino({ level: 'silent' }), pollMs: 20 });
  await worker.idle();
  await worker.stop();
}

describe('processing of accepted messages', () => {
  it('inline: the deal is released by the time intake answers the last message, with no processing job', async () => {
    const sw = singleWindow({ intakeProcessing: 'inline' });
    const { orderNo, ids } = await sendDeal(sw, 101);
    expect((await inventoryOf(orderNo))?.releasedAt).toBeInstanceOf(Date);
    expect(await queuedFor(ids)).toEqual([]);
    for (const id of ids) {
      const message = await store.swMessages.byId(id);
      expect(message?.status).toBe('processed');
      // stored processed by the transaction that processed it
      expect(message?.processedAt?.getTime()).toBe(message?.receivedAt.getTime());
      // the canonical documents are kept once, in sw_documents
      expect(message?.documents).toBeNull();
      // and the XML is stored packed, read back as sent
      expect(message?.xml).toContain('<ds:Signature');
    }
  });

  it('inline: leaves the worker a job only when the batch queued one (a receipt to deliver), queued: one per message', async () => {
    const heard: string[] = [];
    const off = store.onJobsQueued((jobs) => heard.push(...jobs.map((j) => j.queue)));
    try {
      const sw = singleWindow({ intakeProcessing: 'inline' });
      await sendDeal(sw, 103);
      expect(heard).toEqual([]);
      const ebc = senders.get('ebc');
      if (!ebc) throw new Error('no ebc');
      await store.participants.update(ebc.id, { callbackUrl: 'https://ebc.example/receipts' });
      try {
        await sendDeal(sw, 104);
        expect(heard.length).toBeGreaterThan(0);
        expect(heard.every((q) => q !== PROCESS_QUEUE)).toBe(true);
      } finally {
        await store.participants.update(ebc.id, { callbackUrl: null });
      }
      heard.length = 0;
      const queued = singleWindow({ intakeProcessing: 'queued' });
      await sendDeal(queued, 105);
      expect(heard).toEqual([PROCESS_QUEUE, PROCESS_QUEUE, PROCESS_QUEUE, PROCESS_QUEUE]);
      await runWorker(queued);
    } finally {
      off();
    }
  });

  it('queued: intake stores and queues; the worker releases the deal', async () => {
    const sw = singleWindow({ intakeProcessing: 'queued' });
    const { orderNo, ids } = await sendDeal(sw, 102);
    expect((await inventoryOf(orderNo))?.releasedAt ?? null).toBeNull();
    expect((await queuedFor(ids)).map((j) => j.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    for (const id of ids) {
      const message = await store.swMessages.byId(id);
      expect(message?.status).toBe('received');
      expect(Array.isArray(message?.documents)).toBe(true);
    }
    await runWorker(sw);
    expect((await inventoryOf(orderNo))?.releasedAt).toBeInstanceOf(Date);
    expect((await queuedFor(ids)).map((j) => j.status)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('inline processing that fails is undone and queued instead: nothing lost, released once by the worker', async () => {
    let failures = 1;
    // the first batch does all its work, then fails before commit (as a lost connection or a bug would)
    const flaky: Store = {
      ...store,
      swBatch: (work) =>
        failures-- > 0
          ? store.swBatch(async (batch) => {
              await work(batch);
              throw new Error('connection lost before commit');
            })
          : store.swBatch(work),
    };
    const warnings: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push(String(JSON.parse(line).msg)) });
    const sw = singleWindow({ intakeProcessing: 'inline' }, flaky, log);
    const lookup = await createTariffService(store).lookup();
    const deal = buildDeal(103, parties, lookup, at);
    const [order, ...rest] = dealDeclarations(deal, parties, at);
    if (!order) throw new Error('no order');
    const send = async (d: typeof order) => {
      const role = ROLE_OF[d.type] ?? 'ebc';
      const sender = senders.get(role);
      if (!sender) throw new Error(`no ${role}`);
      return receiveMessage(sw.ctx, sw.senderKeys, sender, signMessage(d.xml, keyOf({ role, code: sender.code }).key));
    };
    const first = await send(order);
    expect(warnings).toEqual(['inline processing undone; the messages are queued instead']);
    expect((await store.swMessages.byId(first.messageId))?.status).toBe('received');
    expect((await queuedFor([first.messageId])).length).toBe(1);
    // the other three go inline; the order waits in the queue until the worker runs
    for (const d of rest) await send(d);
    await runWorker(sw);
    const inventory = await inventoryOf(deal.order.orderNo);
    expect(inventory?.releasedAt).toBeInstanceOf(Date);
    const events = await store.swInventories.events(inventory?.id ?? '');
    expect(events.filter((e) => e.to === '800')).toHaveLength(1);
  });
});
