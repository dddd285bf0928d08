import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-store.js';
import { loadConfig } from './config.js';
import { startPlatform } from './platform.js';

describe('the platform as `npm start` runs it', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('seeds the demo world on first start, serves over HTTP, and keeps data across restarts', async () => {
    const config = loadConfig({ ...db.env, PORT: '0' });
    const first = await startPlatform(config, pino({ level: 'silent' }));
    try {
      expect(first.demoKeys.map((k) => k.role).sort()).toEqual(
        ['admin', 'customs', 'ebc', 'ebp', 'logistics', 'payment', 'warehouse'].sort(),
      );
      expect(first.worker).toBeDefined();
      expect(await first.store.tariff.byCode('3304990099')).toMatchObject({ vatRate: '0.13', positiveList: true });
      const saved = JSON.parse(readFileSync(join(config.dataDir, 'demo-keys.json'), 'utf8')) as { key: string }[];
      expect(saved.map((k) => k.key)).toEqual(first.demoKeys.map((k) => k.key));

      const health = await fetch(`${first.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', db: config.database.kind });
      const admin = first.demoKeys.find((k) => k.role === 'admin')!;
      const list = await fetch(`${first.url}/v1/participants`, { headers: { authorization: `Bearer ${admin.key}` } });
      expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(7);
    } finally {
      await first.close();
    }

    const second = await startPlatform(config, pino({ level: 'silent' }));
    try {
      expect(second.demoKeys).toEqual([]); // nothing re-seeded
      expect(await second.store.participants.count()).toBe(7);
      const admin = first.demoKeys.find((k) => k.role === 'admin')!;
      const me = await fetch(`${second.url}/v1/participants/me`, { headers: { authorization: `Bearer ${admin.key}` } });
      expect(me.status).toBe(200);
    } finally {
      await second.close();
    }

    // a later start (or a second server) whose key folder lacks the single window's key makes no key of its own
    const keyDir = mkdtempSync(join(tmpdir(), 'crossgate-other-keys-'));
    await expect(startPlatform({ ...config, keyDir }, pino({ level: 'silent' }), { listen: false })).rejects.toMatchObject({
      code: 'config.key_missing',
      details: expect.objectContaining({ name: 'CROSSGATE_KEY_DIR' }),
    });
    expect(readdirSync(keyDir)).toEqual([]);
  });

  it('binds to 127.0.0.1 unless HOST says otherwise, and rejects bad configuration with a coded error', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({}).port).toBe(8080);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', CROSSGATE_WORKER: 'off' }).worker).toBe(false);
    expect(loadConfig({ CROSSGATE_WORKER: 'off' }).worker).toBe(true); // embedded: the worker must run in-process
  });
});
