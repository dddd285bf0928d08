import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, testBackend } from '../../../../test/support/test-store.js';
import { newId } from '../../../kernel/ids.js';
import type { NewReceipt, Receipt } from '../../../ports/single-window.port.js';
import type { Store, StoreScope } from '../../../ports/store.port.js';

/**
 * The receipts cursor (`since`): a reader that moves its cursor past what it read must never miss a receipt,
 * even one whose transaction started first and commits last (PostgreSQL, concurrent writers).
 */
let store: Store;
let recipient: string;
let other: string;

const receipt = (to: string, label: string): NewReceipt => ({
  id: newId('rct'),
  recipientId: to,
  messageType: 'CEB622',
  docKey: label,
  returnStatus: '2',
  returnInfo: label,
  xml: `<r>${label}</r>`,
});

/** Reads everything after `cursor`, one receipt per page (the cursor moving after each), as a hub would. */
async function drain(cursor: number): Promise<{ labels: string[]; cursor: number }> {
  const labels: string[] = [];
  for (;;) {
    const [r]: Receipt[] = await store.swReceipts.since(recipient, cursor, 1);
    if (!r) return { labels, cursor };
    labels.push(r.docKey);
    cursor = r.seq;
  }
}

/** A transaction held open until `commit()`; `run` executes work inside it (an error rolls it back). */
function openTransaction() {
  let scope: StoreScope | undefined;
  let end: ((error?: unknown) => void) | undefined;
  let started: (() => void) | undefined;
  const ready = new Promise<void>((resolve) => {
    started = resolve;
  });
  const done = store.transaction(async (tx) => {
    scope = tx;
    started?.();
    await new Promise<void>((resolve, reject) => {
      end = (error) => (error === undefined ? resolve() : reject(error));
    });
  });
  return {
    run: async (work: (tx: StoreScope) => Promise<void>) => {
      await ready;
      try {
        await work(scope as StoreScope);
      } catch (error) {
        end?.(error);
        await done.catch(() => {});
        throw error;
      }
    },
    commit: async () => {
      await ready;
      end?.();
      await done;
    },
  };
}

beforeAll(async () => {
  store = await createTestStore();
  recipient = newId('par');
  other = newId('par');
  await store.participants.insert({ id: recipient, role: 'ebc', code: 'RCPT000001', name: 'Receiver' });
  await store.participants.insert({ id: other, role: 'ebp', code: 'RCPT000002', name: 'Other' });
});
afterAll(async () => {
  await store?.close();
});

describe('single-window receipts cursor', () => {
  it('pages through receipts one by one and never repeats one; an unknown cursor re-reads rather than skips', async () => {
    const before = await drain(0);
    for (const label of ['s1', 's2', 's3']) await store.swReceipts.add(receipt(recipient, label));
    await store.swReceipts.add(receipt(other, 'not mine'));
    expect(await store.swReceipts.settled()).toBe(true); // (other transactions on the server may still run)
    const after = await drain(before.cursor);
    expect(after.labels).toEqual(['s1', 's2', 's3']);
    expect((await drain(after.cursor)).labels).toEqual([]);
    const all = await store.swReceipts.since(recipient, 0, 100);
    expect(all.map((r) => r.docKey)).toEqual([...before.labels, 's1', 's2', 's3']);
    expect((await store.swReceipts.since(recipient, 999_999_999, 100)).length).toBeGreaterThanOrEqual(3);
  });

  it.skipIf(testBackend === 'pglite')(
    'a receipt committed late by a transaction that started first is still read after the cursor moved on (PostgreSQL)',
    async () => {
      // (PGlite has one connection: its transactions run one after another, so none can commit out of order.)
      await store.swReceipts.settled();
      let { cursor } = await drain(0);

      // A writes first and stays open; B writes after it and commits: B's receipt waits for A.
      const a = openTransaction();
      const b = openTransaction();
      await a.run(async (tx) => void (await tx.swReceipts.add(receipt(recipient, 'a1'))));
      await b.run(async (tx) => void (await tx.swReceipts.add(receipt(recipient, 'b1'))));
      await b.commit();
      const whileAOpen = await drain(cursor);
      expect(whileAOpen.labels).toEqual([]);
      expect(await store.swReceipts.settled(50)).toBe(false); // A, older than B's receipt, is still open
      await a.run(async (tx) => void (await tx.swReceipts.add(receipt(recipient, 'a2'))));
      await a.commit();
      expect(await store.swReceipts.settled()).toBe(true);
      const afterA = await drain(whileAOpen.cursor);
      expect(afterA.labels).toEqual(['a1', 'a2', 'b1']);
      cursor = afterA.cursor;

      // C takes its transaction id first (writing elsewhere), D then takes a lower receipt number than C's and
      // commits last: C's receipt is read while D is open, and D's after it, though its number is lower.
      const c = openTransaction();
      const d = openTransaction();
      await c.run(async (tx) => void (await tx.swReceipts.add(receipt(other, 'c0'))));
      let dSeq = 0;
      await d.run(async (tx) => {
        dSeq = await tx.swReceipts.add(receipt(recipient, 'd1'));
      });
      let cSeq = 0;
      await c.run(async (tx) => {
        cSeq = await tx.swReceipts.add(receipt(recipient, 'c1'));
      });
      await c.commit();
      expect(dSeq).toBeLessThan(cSeq);
      // c1 is listed once the transactions older than C end (D is younger: it does not hold c1 back)
      let whileDOpen = await drain(cursor);
      for (let i = 0; i < 400 && whileDOpen.labels.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        whileDOpen = await drain(cursor);
      }
      expect(whileDOpen.labels).toEqual(['c1']);
      await d.commit();
      expect(await store.swReceipts.settled()).toBe(true);
      const afterD = await drain(whileDOpen.cursor);
      expect(afterD.labels).toEqual(['d1']);
      expect((await drain(afterD.cursor)).labels).toEqual([]);
    },
  );
});
