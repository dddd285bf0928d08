import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-store.js';
import { type Database, openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

describe('migrations at start', () => {
  let database: TestDatabase;
  let opened: Database;
  const db = () => opened.db as Kysely<unknown>;

  beforeAll(async () => {
    database = await createTestDatabase();
    opened = await openDatabase(database.target);
    await migrateToLatest(db());
  });
  afterAll(async () => {
    await opened.close();
    await database.dispose();
  });

  it('finds an up-to-date schema with one read (the migrator is not needed)', async () => {
    expect(await migrateToLatest(db())).toEqual({ applied: [], upToDate: true });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from crossgate_migrations`.execute(db());
    expect(rows[0]?.n).toBe(Object.keys(migrations).length);
  });

  it('leaves a schema this code does not know to the migrator, which refuses it as before', async () => {
    await sql`insert into crossgate_migrations (name, timestamp) values ('9999-from-newer-code', '2099-01-01T00:00:00.000Z')`.execute(db());
    try {
      await expect(migrateToLatest(db())).rejects.toMatchObject({
        code: 'storage.unavailable',
        details: { reason: expect.stringContaining('a newer version of Crossgate (9999-from-newer-code)') },
      });
    } finally {
      await sql`delete from crossgate_migrations where name = '9999-from-newer-code'`.execute(db());
    }
    expect((await migrateToLatest(db())).upToDate).toBe(true);
  });
});
