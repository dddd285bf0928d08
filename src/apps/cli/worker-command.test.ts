import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-store.js';
import { MAINTENANCE_QUEUE } from '../../jobs/handlers/maintenance.js';
import { openStore } from '../../storage/store.js';
import { HUB_QUEUES } from '../../workflows/hub/index.js';
import { INVENTORY_TIMEOUT_QUEUE } from '../../workflows/single-window/evaluate-inventory.js';
import { loadConfig } from '../config.js';
import { createPlatformWorkflows } from '../platform-workflows.js';
import { bufferIo } from './io.js';
import { runCli } from './program.js';

/**
 * `crossgate worker` runs every job handler the server's in-process worker runs: the single window's, the hub's
 * and maintenance, built by the same function (a worker without the hub's handlers would leave deals waiting).
 */
describe('crossgate worker', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    // the deployment is initialised once (schema and the single window's key); workers then share its key folder
    const io = bufferIo();
    expect(await runCli(['init'], io, { ...process.env, ...db.env, LOG_LEVEL: 'silent' })).toBe(0);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('builds one handler set holding every queue of the single window, the hub and maintenance', async () => {
    const store = await openStore(db.target);
    try {
      const config = loadConfig({ ...db.env, LOG_LEVEL: 'silent' });
      const { handlers } = createPlatformWorkflows(config, store, pino({ level: 'silent' }));
      for (const queue of [MAINTENANCE_QUEUE, INVENTORY_TIMEOUT_QUEUE, ...Object.values(HUB_QUEUES)]) expect(Object.keys(handlers)).toContain(queue);
    } finally {
      await store.close();
    }
  });

  it('runs hub, single-window and maintenance jobs queued by the server', async () => {
    const store = await openStore(db.target);
    let ids: string[];
    try {
      ids = await store.jobs.enqueue([
        { queue: HUB_QUEUES.notify, payload: { deliveryId: 'dlv_none' } }, // no such delivery: the step ends quietly
        { queue: HUB_QUEUES.receipts, payload: { connectionId: 'con_none' } },
        { queue: INVENTORY_TIMEOUT_QUEUE, payload: { inventoryId: 'inv_none' } },
        { queue: MAINTENANCE_QUEUE, payload: {} },
      ]);
    } finally {
      await store.close();
    }
    const io = bufferIo();
    const code = await runCli(['worker', '--until-idle', '--concurrency', '2'], io, { ...process.env, ...db.env, LOG_LEVEL: 'silent' });
    expect({ code, err: io.stderr.join('') }).toEqual({ code: 0, err: '' });

    const after = await openStore(db.target);
    try {
      const jobs = await Promise.all(ids.map((id) => after.jobs.byId(id)));
      expect(jobs.map((j) => [j?.queue, j?.status, j?.lastError])).toEqual([
        [HUB_QUEUES.notify, 'done', null],
        [HUB_QUEUES.receipts, 'done', null],
        [INVENTORY_TIMEOUT_QUEUE, 'done', null],
        [MAINTENANCE_QUEUE, 'done', null],
      ]);
    } finally {
      await after.close();
    }
  });

  it('refuses to start with config.key_missing naming CROSSGATE_KEY_DIR when the key folder lacks the single window key', async () => {
    const keyDir = mkdtempSync(join(tmpdir(), 'crossgate-worker-keys-'));
    const io = bufferIo();
    const code = await runCli(['worker', '--until-idle'], io, { ...process.env, ...db.env, CROSSGATE_KEY_DIR: keyDir, LOG_LEVEL: 'silent' });
    const err = io.stderr.join('');
    expect(code).not.toBe(0);
    expect(err).toContain('[config.key_missing]');
    expect(err).toContain('CROSSGATE_KEY_DIR');
    expect(readdirSync(keyDir)).toEqual([]); // it made no key of its own
  });

  it('`crossgate init` creates the single window key once and keeps it on a second run', async () => {
    const keyDir = mkdtempSync(join(tmpdir(), 'crossgate-init-keys-'));
    const env = { ...process.env, ...db.env, CROSSGATE_KEY_DIR: keyDir, LOG_LEVEL: 'silent' };
    const first = bufferIo();
    expect(await runCli(['init', '--json'], first, env)).toBe(0);
    const second = bufferIo();
    expect(await runCli(['init', '--json'], second, env)).toBe(0);
    const [a, b] = [JSON.parse(first.stdout.join('')), JSON.parse(second.stdout.join(''))] as Array<{ publicKey: string; singleWindowKey: string }>;
    expect(existsSync(a?.singleWindowKey ?? '')).toBe(true);
    expect(b?.publicKey).toBe(a?.publicKey);
  });
});
