import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { randomToken } from '../../src/kernel/ids.js';
import type { Store } from '../../src/ports/store.port.js';
import type { DatabaseTarget } from '../../src/storage/database.js';
import { openStore } from '../../src/storage/store.js';

export interface TestDatabase {
  readonly target: DatabaseTarget;
  /** The environment that points Crossgate's configuration (CLI, server) at this database. */
  readonly env: Record<string, string>;
  /** Drops the database or deletes the data folder. */
  dispose(): Promise<void>;
}

/** The backend the suite runs on: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export const testBackend = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/** A fresh, empty, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `crossgate_test_${randomToken(10)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    return {
      target: { kind: 'postgres', url: dbUrl.toString(), poolSize: 8 },
      env: { DATABASE_URL: dbUrl.toString(), CROSSGATE_DATA_DIR: mkdtempSync(join(tmpdir(), 'crossgate-cfg-')) },
      dispose: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'crossgate-test-'));
  const dataDir = join(dir, 'pglite'); // where CROSSGATE_DATA_DIR=dir puts the embedded database
  cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
  return {
    target: { kind: 'pglite', dataDir },
    env: { CROSSGATE_DATA_DIR: dir, DATABASE_URL: '' },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Opens a store on a fresh test database; `close` also disposes of the database. */
export async function createTestStore(): Promise<Store & { readonly target: DatabaseTarget }> {
  const database = await createTestDatabase();
  const store = await openStore(database.target);
  return {
    ...store,
    target: database.target,
    close: async () => {
      await store.close();
      await database.dispose();
    },
  };
}
