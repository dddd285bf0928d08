import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, testBackend } from '../../test/support/test-store.js';
import { newId } from '../kernel/ids.js';
import { pino } from 'pino';
import { startWorker } from '../jobs/worker.js';
import type { Store } from '../ports/store.port.js';
import type { DatabaseTarget } from './database.js';
import { openStore } from './store.js';

/**
 * The storage suite: every behaviour the rest of Crossgate relies on. `npm test` runs it on the embedded database;
 * with DATABASE_URL set (as .ci/run does on its second pass) the same file runs on PostgreSQL.
 */
describe(`store on ${testBackend}`, () => {
  let store: Store & { readonly target: DatabaseTarget };
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('reports its backend and answers ping', async () => {
    expect(store.kind).toBe(testBackend);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  describe('participants', () => {
    it('inserts, finds and refuses a duplicate (role, code)', async () => {
      const id = newId('par');
      expect(await store.participants.insert({ id, role: 'ebc', code: 'MERCH00001', name: '示例商户' })).toBe(true);
      expect(await store.participants.insert({ id: newId('par'), role: 'ebc', code: 'MERCH00001', name: 'x' })).toBe(
        false,
      );
      // the same code may hold another role (a platform that is also a merchant)
      expect(await store.participants.insert({ id: newId('par'), role: 'ebp', code: 'MERCH00001', name: 'p' })).toBe(
        true,
      );
      const found = await store.participants.byId(id);
      expect(found).toMatchObject({ id, role: 'ebc', code: 'MERCH00001', name: '示例商户', callbackUrl: null });
      expect(found?.createdAt).toBeInstanceOf(Date);
      expect((await store.participants.byRoleAndCode('ebc', 'MERCH00001'))?.id).toBe(id);
    });

    it('lists with keyset pagination and filters by role', async () => {
      for (let i = 0; i < 5; i++) {
        await store.participants.insert({ id: newId('par'), role: 'logistics', code: `LOG${i}`, name: `Carrier ${i}` });
      }
      const first = await store.participants.list({ role: 'logistics', limit: 3 });
      expect(first).toHaveLength(3);
      const rest = await store.participants.list({ role: 'logistics', limit: 3, after: first[2]!.id });
      expect(rest).toHaveLength(2);
      expect(new Set([...first, ...rest].map((p) => p.code)).size).toBe(5);
      expect(await store.participants.count()).toBeGreaterThanOrEqual(7);
    });

    it('updates callback URL and disables', async () => {
      const id = newId('par');
      await store.participants.insert({ id, role: 'payment', code: 'PAY0000001', name: 'Pay' });
      const updated = await store.participants.update(id, { callbackUrl: 'https://pay.example/cb', disabled: true });
      expect(updated?.callbackUrl).toBe('https://pay.example/cb');
      expect(updated?.disabledAt).toBeInstanceOf(Date);
      expect(await store.participants.update('par_missing', { name: 'x' })).toBeUndefined();
    });
  });

  describe('api keys', () => {
    it('stores hashes, finds by prefix, revokes once', async () => {
      const participantId = newId('par');
      await store.participants.insert({ id: participantId, role: 'customs', code: '5141', name: 'Customs' });
      const keyId = newId('key');
      await store.apiKeys.insert({ id: keyId, participantId, prefix: `p${keyId}`, secretHash: 'h'.repeat(64) });
      expect((await store.apiKeys.byPrefix(`p${keyId}`))?.participantId).toBe(participantId);
      expect(await store.apiKeys.listFor(participantId)).toHaveLength(1);
      expect(await store.apiKeys.revoke(participantId, keyId)).toBe(true);
      expect(await store.apiKeys.revoke(participantId, keyId)).toBe(false);
      expect((await store.apiKeys.byPrefix(`p${keyId}`))?.revokedAt).toBeInstanceOf(Date);
    });
  });

  describe('jobs (outbox)', () => {
    it('enqueues in the same transaction as the state change, or not at all', async () => {
      const id = newId('par');
      await store.transaction(async (tx) => {
        await tx.participants.insert({ id, role: 'warehouse', code: 'WH00000001', name: 'Bonded WH' });
        await tx.jobs.enqueue([{ queue: 'tx-test', payload: { participant: id } }]);
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.participants.insert({ id: newId('par'), role: 'warehouse', code: 'WH00000002', name: 'x' });
          await tx.jobs.enqueue([{ queue: 'tx-test', payload: { rolledBack: true } }]);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      const jobs = await store.jobs.list({ queue: 'tx-test', limit: 10 });
      expect(jobs.map((j) => j.payload)).toEqual([{ participant: id }]);
      expect(await store.participants.byRoleAndCode('warehouse', 'WH00000002')).toBeUndefined();
    });

    it('ignores a second enqueue with the same dedupe key', async () => {
      const a = await store.jobs.enqueue([{ queue: 'dedupe', payload: 1, dedupeKey: 'msg-1' }]);
      const b = await store.jobs.enqueue([{ queue: 'dedupe', payload: 2, dedupeKey: 'msg-1' }]);
      expect(a).toHaveLength(1);
      expect(b).toHaveLength(0);
      expect(await store.jobs.list({ queue: 'dedupe', limit: 10 })).toHaveLength(1);
    });

    it('claims two groups of queues in one statement, each up to its own limit, expired leases first', async () => {
      await store.jobs.enqueue([1, 2, 3].map((n) => ({ queue: 'group.one', payload: n })));
      await store.jobs.enqueue([1, 2, 3, 4, 5].map((n) => ({ queue: 'group.batch', payload: n })));
      const [lapsed] = await store.jobs.claim({ workerId: 'gone', queues: ['group.batch'], limit: 1, leaseMs: 1 });
      await new Promise((r) => setTimeout(r, 20));
      const claimed = await store.jobs.claim({ workerId: 'w', queues: ['group.one'], limit: 2, leaseMs: 30_000, also: { queues: ['group.batch'], limit: 4 } });
      const of = (queue: string) => claimed.filter((j) => j.queue === queue);
      expect([of('group.one').length, of('group.batch').length]).toEqual([2, 4]);
      expect(of('group.batch').map((j) => j.id)).toContain(lapsed?.id);
      const rest = await store.jobs.claim({ workerId: 'w', queues: ['group.one'], limit: 5, leaseMs: 30_000, also: { queues: ['group.batch'], limit: 5 } });
      expect(rest.map((j) => j.queue).sort()).toEqual(['group.batch', 'group.one']);
      const payloads = (queue: string) => [...claimed, ...rest].filter((j) => j.queue === queue).map((j) => j.payload).sort();
      expect([payloads('group.one'), payloads('group.batch')]).toEqual([[1, 2, 3], [1, 2, 3, 4, 5]]);
    });

    it.skipIf(testBackend !== 'postgres')('tells the other processes on the same PostgreSQL of its jobs: a worker there runs them without polling', async () => {
      const other = await openStore(store.target); // another process, as far as the database can tell
      const heardThere: string[] = [];
      const heardHere: string[] = [];
      const offThere = other.onJobsQueued((jobs) => heardThere.push(...jobs.map((j) => `${j.queue}+${j.dueInMs}`)));
      const offHere = store.onJobsQueued((jobs) => heardHere.push(...jobs.map((j) => j.queue)));
      try {
        // the other process listens once its connection is up: probe until it hears
        for (const end = Date.now() + 10_000; !heardThere.includes('signal.probe+0'); await new Promise((r) => setTimeout(r, 100))) {
          if (Date.now() > end) throw new Error('the other process never heard of a job');
          await store.jobs.enqueue([{ queue: 'signal.probe', payload: null }]);
        }
        const probes = heardHere.length;
        heardThere.length = 0;
        await store.transaction((tx) => tx.jobs.enqueue([{ queue: 'signal.later', payload: 1, delayMs: 60_000 }]));
        await new Promise((r) => setTimeout(r, 300));
        expect(heardThere).toEqual(['signal.later+60000']);
        // a process hears its own jobs once: from its commit, not again from the database
        expect(heardHere.length).toBe(probes + 1);
        const ran: unknown[] = [];
        const worker = startWorker({ store: other, log: pino({ level: 'silent' }), handlers: { 'signal.run': async (p) => void ran.push(p) }, pollMs: 3_600_000 });
        try {
          await worker.idle();
          await store.jobs.enqueue([{ queue: 'signal.run', payload: 'from the other process' }]);
          for (const end = Date.now() + 10_000; ran.length === 0; await new Promise((r) => setTimeout(r, 20))) {
            if (Date.now() > end) throw new Error('the job queued in the other process never ran');
          }
          expect(ran).toEqual(['from the other process']);
        } finally {
          await worker.stop();
        }
      } finally {
        offThere();
        offHere();
        await other.close();
      }
    });

    it('tells its listeners of the jobs a write queued once it commits, and nothing of a rollback or a repeat', async () => {
      const heard: string[] = [];
      const off = store.onJobsQueued((jobs) => heard.push(...jobs.map((j) => `${j.queue}+${j.dueInMs}`)));
      try {
        await store.transaction(async (tx) => {
          await tx.jobs.enqueue([{ queue: 'told.now', payload: 1, dedupeKey: 'told-1' }, { queue: 'told.later', payload: 2, delayMs: 5000 }]);
          expect(heard).toEqual([]); // not before the commit
        });
        expect(heard).toEqual(['told.now+0', 'told.later+5000']);
        await store.transaction(async (tx) => tx.jobs.enqueue([{ queue: 'told.now', payload: 1, dedupeKey: 'told-1' }]));
        await expect(
          store.transaction(async (tx) => {
            await tx.jobs.enqueue([{ queue: 'told.rolled-back', payload: 3 }]);
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        await store.jobs.enqueue([{ queue: 'told.alone', payload: 4 }]);
        expect(heard).toEqual(['told.now+0', 'told.later+5000', 'told.alone+0']);
      } finally {
        off();
      }
      await store.jobs.enqueue([{ queue: 'told.unheard', payload: 5 }]);
      expect(heard).toHaveLength(3);
    });

    it('claims each ready job once, honours delay, completes', async () => {
      await store.jobs.enqueue([
        { queue: 'claim', payload: 'a' },
        { queue: 'claim', payload: 'b' },
        { queue: 'claim', payload: 'later', delayMs: 60_000 },
      ]);
      const [w1, w2] = await Promise.all([
        store.jobs.claim({ workerId: 'w1', queues: ['claim'], limit: 1, leaseMs: 30_000 }),
        store.jobs.claim({ workerId: 'w2', queues: ['claim'], limit: 5, leaseMs: 30_000 }),
      ]);
      const claimed = [...w1, ...w2];
      expect(claimed.map((j) => j.payload).sort()).toEqual(['a', 'b']);
      expect(claimed.every((j) => j.status === 'running' && j.attempts === 1)).toBe(true);
      expect(await store.jobs.claim({ workerId: 'w3', queues: ['claim'], limit: 5, leaseMs: 30_000 })).toEqual([]);
      await store.jobs.complete(
        w1.map((j) => j.id),
        'w1',
      );
      await store.jobs.complete(
        w2.map((j) => j.id),
        'w1', // not w2's holder: must not complete them
      );
      const counts = await store.jobs.counts();
      expect(counts.done).toBeGreaterThanOrEqual(w1.length);
      for (const job of w2) expect((await store.jobs.byId(job.id))?.status).toBe('running');
    });

    it('reclaims a job whose lease expired (its worker died)', async () => {
      const [id] = await store.jobs.enqueue([{ queue: 'lease', payload: {} }]);
      const first = await store.jobs.claim({ workerId: 'dying', queues: ['lease'], limit: 1, leaseMs: 1 });
      expect(first.map((j) => j.id)).toEqual([id]);
      await new Promise((r) => setTimeout(r, 20));
      const second = await store.jobs.claim({ workerId: 'heir', queues: ['lease'], limit: 1, leaseMs: 30_000 });
      expect(second.map((j) => [j.id, j.attempts, j.lockedBy])).toEqual([[id, 2, 'heir']]);
    });

    it('retries with a delay, then dead-letters, then replays', async () => {
      const [id] = await store.jobs.enqueue([{ queue: 'fail', payload: {}, maxAttempts: 2 }]);
      const [job] = await store.jobs.claim({ workerId: 'w', queues: ['fail'], limit: 1, leaseMs: 30_000 });
      await store.jobs.fail({ id: job!.id, workerId: 'w', error: 'boom 1', retryInMs: 60_000 });
      const waiting = await store.jobs.byId(id!);
      expect(waiting).toMatchObject({ status: 'pending', lastError: 'boom 1', attempts: 1 });
      expect(waiting!.runAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
      expect(await store.jobs.claim({ workerId: 'w', queues: ['fail'], limit: 1, leaseMs: 30_000 })).toEqual([]);

      await store.jobs.fail({ id: id!, workerId: 'w', error: 'not mine', retryInMs: undefined }); // not running: no-op
      expect((await store.jobs.byId(id!))?.status).toBe('pending');

      expect(await store.jobs.replay(id!)).toBeUndefined(); // only dead jobs replay
      const [again] = await store.jobs.enqueue([{ queue: 'fail2', payload: {}, maxAttempts: 1 }]);
      const [claimed] = await store.jobs.claim({ workerId: 'w', queues: ['fail2'], limit: 1, leaseMs: 30_000 });
      await store.jobs.fail({ id: claimed!.id, workerId: 'w', error: 'fatal', retryInMs: undefined });
      expect(await store.jobs.list({ status: 'dead', queue: 'fail2', limit: 10 })).toHaveLength(1);
      const replayed = await store.jobs.replay(again!);
      expect(replayed).toMatchObject({ status: 'pending', attempts: 0 });
      expect(await store.jobs.claim({ workerId: 'w', queues: ['fail2'], limit: 1, leaseMs: 30_000 })).toHaveLength(1);
    });

    it('releases every running job (embedded restart) and purges old done jobs', async () => {
      await store.jobs.enqueue([{ queue: 'restart', payload: {} }]);
      await store.jobs.claim({ workerId: 'old-process', queues: ['restart'], limit: 5, leaseMs: 600_000 });
      expect(await store.jobs.releaseAllRunning()).toBeGreaterThanOrEqual(1);
      const [job] = await store.jobs.claim({ workerId: 'new', queues: ['restart'], limit: 5, leaseMs: 1000 });
      await store.jobs.complete([job!.id], 'new');
      expect(await store.jobs.purgeDone(new Date(Date.now() + 1000))).toBeGreaterThanOrEqual(1);
      expect(await store.jobs.byId(job!.id)).toBeUndefined();
    });
  });

  describe('idempotency keys', () => {
    it('reserves once, then returns the stored response', async () => {
      expect(await store.idempotency.reserve('par_a', 'k1', 'hash')).toBeUndefined();
      expect(await store.idempotency.reserve('par_a', 'k1', 'hash')).toEqual({
        requestHash: 'hash',
        statusCode: null,
        response: null,
      });
      await store.idempotency.complete('par_a', 'k1', 201, { id: 'x', n: [1, 2] });
      expect(await store.idempotency.reserve('par_a', 'k1', 'other')).toEqual({
        requestHash: 'hash',
        statusCode: 201,
        response: { id: 'x', n: [1, 2] },
      });
      expect(await store.idempotency.reserve('par_b', 'k1', 'hash')).toBeUndefined(); // scoped per caller
      await store.idempotency.release('par_b', 'k1');
      expect(await store.idempotency.reserve('par_b', 'k1', 'hash')).toBeUndefined();
    });
  });
});
