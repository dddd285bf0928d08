import { createServer } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-store.js';
import { openStore } from '../storage/store.js';
import { loadConfig } from './config.js';
import { startPlatform } from './platform.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * Jobs left queued by the previous run start as soon as the in-process worker does; the hub's call the platform's
 * own API (its single window). The worker starts once the API listens, so none of them fails (and burns a retry)
 * on a connection refused.
 */
describe('platform start order', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('starts the in-process worker after the API listens', async () => {
    const queued = await openStore(db.target);
    try {
      await queued.jobs.enqueue([{ queue: 'test.call-own-api', payload: {} }]);
    } finally {
      await queued.close();
    }
    const port = await freePort();
    const seen: string[] = [];
    let ran: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      ran = resolve;
    });
    const config = loadConfig({ ...db.env, PORT: String(port), HOST: '127.0.0.1', CROSSGATE_DROP_DIR: 'off', CROSSGATE_DEMO: 'off' });
    const platform = await startPlatform(config, pino({ level: 'silent' }), {
      handlers: {
        'test.call-own-api': async () => {
          try {
            seen.push(String((await fetch(`http://127.0.0.1:${port}/healthz`)).status));
          } catch (error) {
            seen.push(error instanceof Error ? `${error.name}: ${String(error.cause ?? error.message)}` : String(error));
          } finally {
            ran();
          }
        },
      },
    });
    try {
      await done;
      expect(seen).toEqual(['200']);
    } finally {
      await platform.close();
    }
  });
});
