import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/support/test-store.js';
import type { Store } from '../ports/store.port.js';
import { PermanentJobError, withBatch } from './job-handler.js';
import { openStore } from '../storage/store.js';
import { startWorker } from './worker.js';

const silent = pino({ level: 'silent' });
const fastBackoff = { baseMs: 5, maxMs: 20, jitter: 0 };

describe('worker', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('runs jobs once each and completes them', async () => {
    const seen: number[] = [];
    await store.jobs.enqueue(Array.from({ length: 20 }, (_, i) => ({ queue: 'w.ok', payload: i })));
    const worker = startWorker({
      store,
      log: silent,
      handlers: { 'w.ok': async (p) => void seen.push(p as number) },
      pollMs: 20,
      concurrency: 4,
    });
    await worker.idle();
    await worker.stop();
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect((await store.jobs.list({ queue: 'w.ok', status: 'done', limit: 100 })).length).toBe(20);
  });

  it('a flood of single jobs does not starve a batched queue', async () => {
    // 200 slow single jobs keep every slot busy as they finish; the batched job must still run long before they end
    await store.jobs.enqueue(Array.from({ length: 200 }, (_, i) => ({ queue: 'f.single', payload: i })));
    await store.jobs.enqueue([{ queue: 'f.batch', payload: 'b' }]);
    let singlesDone = 0;
    let singlesDoneWhenBatchRan: number | undefined;
    const worker = startWorker({
      store,
      log: silent,
      handlers: {
        'f.single': async () => {
          await new Promise((r) => setTimeout(r, 5));
          singlesDone++;
        },
        'f.batch': withBatch(
          async () => {},
          async () => {
            singlesDoneWhenBatchRan ??= singlesDone;
            return new Map();
          },
        ),
      },
      pollMs: 5,
      concurrency: 2,
    });
    await worker.idle();
    await worker.stop();
    expect(singlesDone).toBe(200);
    expect(singlesDoneWhenBatchRan).toBeDefined();
    expect(singlesDoneWhenBatchRan).toBeLessThan(100);
  });

  it('runs jobs this process queues when they commit, delayed ones when due, with no poll and only from their kind of queue', async () => {
    const claims: string[] = [];
    const watched: Store = {
      ...store,
      jobs: {
        ...store.jobs,
        claim: (request) => {
          claims.push([request.limit > 0 ? request.queues.join('+') : '', request.also ? request.also.queues.join('+') : ''].join('|'));
          return store.jobs.claim(request);
        },
      },
    };
    const ran: { payload: string; at: number }[] = [];
    const until = async (what: string, done: () => boolean) => {
      for (const end = Date.now() + 10_000; !done(); await new Promise((r) => setTimeout(r, 10))) if (Date.now() > end) throw new Error(`timed out: ${what}`);
    };
    const worker = startWorker({
      store: watched,
      log: silent,
      handlers: {
        'q.single': async (p) => void ran.push({ payload: String(p), at: Date.now() }),
        'q.batch': withBatch(async () => {}, async (jobs) => {
          for (const j of jobs) ran.push({ payload: String(j.payload), at: Date.now() });
          return new Map();
        }),
      },
      pollMs: 3_600_000, // never within this test: only the store's word can start these jobs
    });
    try {
      await worker.idle();
      claims.length = 0;
      await store.transaction((tx) => tx.jobs.enqueue([{ queue: 'q.single', payload: 'now' }]));
      await until('the single job', () => ran.some((r) => r.payload === 'now'));
      // the claim asked the single queues only: the batch queues had nothing new
      expect(claims[0]).toBe('q.single|');
      claims.length = 0;
      await store.jobs.enqueue([{ queue: 'q.batch', payload: 'batched' }]);
      await until('the batched job', () => ran.some((r) => r.payload === 'batched'));
      expect(claims[0]).toBe('|q.batch');
      const queuedAt = Date.now();
      await store.jobs.enqueue([
        { queue: 'q.single', payload: 'in 300 ms', delayMs: 300 },
        { queue: 'q.single', payload: 'in 150 ms', delayMs: 150 },
      ]);
      await until('the delayed jobs', () => ran.filter((r) => r.payload.startsWith('in ')).length === 2);
      const delayed = ran.filter((r) => r.payload.startsWith('in '));
      expect(delayed.map((r) => r.payload)).toEqual(['in 150 ms', 'in 300 ms']);
      expect(delayed.map((r) => r.at - queuedAt >= Number(r.payload.split(' ')[1]))).toEqual([true, true]);
      // a queue this worker does not handle wakes nothing
      const before = claims.length;
      await store.jobs.enqueue([{ queue: 'q.elsewhere', payload: 'not mine' }]);
      await new Promise((r) => setTimeout(r, 50));
      expect(claims.length).toBe(before);
    } finally {
      await worker.stop();
    }
  });

  it('retries a failing job with backoff, dead-letters it, and a replay runs it again', async () => {
    let calls = 0;
    let healthy = false;
    const [id] = await store.jobs.enqueue([{ queue: 'w.flaky', payload: {}, maxAttempts: 3 }]);
    const worker = startWorker({
      store,
      log: silent,
      backoff: fastBackoff,
      pollMs: 10,
      handlers: {
        'w.flaky': async () => {
          calls++;
          if (!healthy) throw new Error(`partner unavailable (${calls})`);
        },
      },
    });
    await expect.poll(async () => (await store.jobs.byId(id!))?.status, { timeout: 5000 }).toBe('dead');
    expect(calls).toBe(3);
    expect((await store.jobs.byId(id!))?.lastError).toBe('Error: partner unavailable (3)');
    healthy = true;
    await store.jobs.replay(id!);
    worker.wake();
    await expect.poll(async () => (await store.jobs.byId(id!))?.status, { timeout: 5000 }).toBe('done');
    expect(calls).toBe(4);
    await worker.stop();
  });

  it('dead-letters a permanent failure at once and a queue with no handler never runs', async () => {
    const [id] = await store.jobs.enqueue([{ queue: 'w.permanent', payload: {}, maxAttempts: 5 }]);
    const worker = startWorker({
      store,
      log: silent,
      pollMs: 10,
      handlers: {
        'w.permanent': async () => {
          throw new PermanentJobError('order refused for good');
        },
      },
    });
    await expect.poll(async () => (await store.jobs.byId(id!))?.status, { timeout: 5000 }).toBe('dead');
    expect((await store.jobs.byId(id!))?.attempts).toBe(1);
    await worker.stop();
  });
});

function run(args: string[], killAfterStarts?: { file: string; count: number }) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/job-process.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    let poll: NodeJS.Timeout | undefined;
    if (killAfterStarts) {
      poll = setInterval(() => {
        const { file, count } = killAfterStarts;
        if (existsSync(file) && readFileSync(file, 'utf8').trim().split('\n').length >= count) {
          child.kill('SIGKILL');
        }
      }, 5);
    }
    child.on('exit', (code, signal) => {
      if (poll) clearInterval(poll);
      resolve({ code, signal, out });
    });
  });
}

describe('worker process crash (embedded database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossgate-crash-'));
  const dataDir = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('jobs interrupted by SIGKILL complete after restart, each effect once', async () => {
    expect((await run([dataDir, 'enqueue', '6'])).out).toContain('enqueued');
    const killed = await run([dataDir, 'work'], { file: join(dir, 'started.log'), count: 3 });
    expect(killed.signal).toBe('SIGKILL');
    const before = existsSync(join(dir, 'effects.log')) ? readFileSync(join(dir, 'effects.log'), 'utf8') : '';
    expect(before.trim().split('\n').filter(Boolean).length).toBeLessThan(6);

    const restarted = await run([dataDir, 'work']);
    expect(restarted.code).toBe(0);
    expect(restarted.out).toMatch(/working released=[1-9]/); // the killed process's claims came back
    const effects = readFileSync(join(dir, 'effects.log'), 'utf8').trim().split('\n').map(Number);
    expect(effects.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
  }, 120_000);
});

describe('several workers on one job table', () => {
  it('share the work: every job runs exactly once, never twice at once', async () => {
    const primary = await createTestStore();
    // On PostgreSQL each worker gets its own connection pool, as separate processes would.
    const extra = primary.kind === 'postgres' ? await Promise.all([1, 2].map(() => openStore(primary.target))) : [];
    const stores = [primary, ...extra, primary, primary].slice(0, 3);
    const runs = new Map<number, number>();
    const active = new Set<number>();
    let overlaps = 0;
    await primary.jobs.enqueue(Array.from({ length: 150 }, (_, i) => ({ queue: 'w.shared', payload: i })));
    const workers = stores.map((s, i) =>
      startWorker({
        store: s,
        log: silent,
        pollMs: 10,
        concurrency: 4,
        workerId: `w${i}`,
        handlers: {
          'w.shared': async (p) => {
            const n = p as number;
            if (active.has(n)) overlaps++;
            active.add(n);
            await new Promise((r) => setTimeout(r, 2));
            active.delete(n);
            runs.set(n, (runs.get(n) ?? 0) + 1);
          },
        },
      }),
    );
    await expect.poll(() => runs.size, { timeout: 20_000 }).toBe(150);
    await Promise.all(workers.map((w) => w.stop()));
    expect(overlaps).toBe(0);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    const done = await primary.jobs.list({ queue: 'w.shared', status: 'done', limit: 500 });
    expect(done).toHaveLength(150);
    expect(new Set(done.map((j) => j.lockedBy)).size).toBe(1); // lock released on completion (null)
    for (const s of extra) await s.close();
    await primary.close();
  });
});
