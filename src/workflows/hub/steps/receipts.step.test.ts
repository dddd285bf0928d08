import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../../../test/support/test-store.js';
import { registryConnectors } from '../../../apps/hub-connectors.js';
import type { PulledReceipt, SingleWindowConnector } from '../../../connectors/sdk/index.js';
import { newId } from '../../../kernel/ids.js';
import type { Job } from '../../../ports/jobs.port.js';
import type { Store } from '../../../ports/store.port.js';
import { createTariffService } from '../../tariff/tariff-cache.js';
import { createHub } from '../index.js';
import { HUB_QUEUES } from '../hub-queues.js';

/**
 * The receipts follower's cursor only moves forward. A follower job that outlived its lease can run beside its
 * successor; the slow one must not set the cursor back to where its late page ended (it would pull again what was
 * applied).
 */
describe('the receipts follower', () => {
  let store: Store & { close(): Promise<void> };
  let connectionId = '';
  const receipts: PulledReceipt[] = [1, 2, 3].map((seq) => ({ seq, id: `rcp_${seq}`, messageType: 'CEB622', docKey: `inventory|k${seq}`, returnStatus: '120', returnInfo: '', createdAt: new Date().toISOString() }));
  const pulls: string[] = [];
  /** Pulls from this cursor wait until released (the slow follower). */
  const held = new Map<string, Promise<void>>();

  const fake: SingleWindowConnector = {
    metadata: { id: 'fake-single-window', kind: 'single-window', name: 'fake', description: '', capabilities: [] } as unknown as SingleWindowConnector['metadata'],
    submit: async () => {
      throw new Error('not in this test');
    },
    pullReceipts: async (since) => {
      pulls.push(since);
      // the page as it stood when asked: two receipts at most
      const page = receipts.filter((r) => r.seq > Number(since)).slice(0, 2);
      await held.get(since);
      return { ok: true, value: { receipts: page, next: String(page.at(-1)?.seq ?? since) } };
    },
  };

  beforeAll(async () => {
    store = await createTestStore();
    const participantId = newId('par');
    await store.participants.insert({ id: participantId, role: 'ebc', code: 'EBC9', name: 'Merchant' });
    const c = await store.hubConnections.insert({
      id: newId('con'),
      participantId,
      kind: 'single-window',
      connectorId: 'ceb-single-window',
      label: 'SW as merchant',
      settings: { baseUrl: 'http://sw.invalid', apiKey: 'cg_secret_0123' },
      declaresAs: 'ebc',
      signingKey: null,
    });
    connectionId = c.id;
  });
  afterAll(async () => store.close());

  it('never moves the cursor back when a late follower finishes after its successor', async () => {
    const connectors = { ...registryConnectors({ store }), singleWindow: () => fake };
    const hub = createHub({ store, tariff: createTariffService(store), connectors });
    const step = hub.jobs[HUB_QUEUES.receipts];
    if (!step) throw new Error('no receipts step');
    const job = (id: string): Job => ({ id, queue: HUB_QUEUES.receipts, payload: { connectionId }, status: 'running', attempts: 1, maxAttempts: 5, runAt: new Date(), lockedBy: 'w', lastError: null, dedupeKey: null, createdAt: new Date(), updatedAt: new Date(), finishedAt: null });
    const run = (id: string) => step({ connectionId }, { job: job(id), store, log: pino({ level: 'silent' }), signal: new AbortController().signal });

    let release = () => {};
    held.set('0', new Promise<void>((r) => (release = r)));
    const slow = run('job_slow'); // pulls from 0, and waits there
    for (const end = Date.now() + 5000; !pulls.includes('0'); await new Promise((r) => setTimeout(r, 5))) if (Date.now() > end) throw new Error('the slow follower never pulled');
    held.delete('0');
    await run('job_successor'); // from 0: receipts 1 and 2, then 3, then nothing
    const cursorOf = async () => (await store.transaction((tx) => tx.hubCursors.lock(connectionId))).cursor;
    expect(await cursorOf()).toBe('3');
    const before = pulls.length;
    release(); // the slow one's page (receipts 1 and 2, ending at 2) comes back late
    await slow;
    expect(await cursorOf()).toBe('3');
    // it went on from where its successor had left the cursor, not from the end of its own late page
    expect(pulls.slice(before)).not.toContain('2');
    expect(pulls.slice(before).every((since) => since === '3')).toBe(true);
  });
});
