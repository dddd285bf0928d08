import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PREPARED_STATEMENT_LIMIT, PgliteSession } from './pglite-session.js';
import { PgliteStatementsDialect } from './pglite-statements.js';

interface Schema {
  items: { id: string; n: number | null; at: Date | null; tags: string[] | null; doc: unknown; ok: boolean | null };
}

/** The embedded database's driver: prepared statements reused, forgotten when the schema changes, values as node-postgres sends them. */
describe('PGlite driver with prepared statements', () => {
  let db: Kysely<Schema>;
  const prepared = async () => (await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(db)).rows[0]?.n;

  beforeAll(async () => {
    db = new Kysely<Schema>({ dialect: new PgliteStatementsDialect(new PgliteSession(await PGlite.create())) });
  });
  // a schema change forgets every prepared statement: each test starts with none
  beforeEach(async () => {
    await sql`drop table if exists items`.execute(db);
    await sql`create table items (id text primary key, n integer, at timestamptz, tags text[], doc jsonb, ok boolean)`.execute(db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('prepares a data statement once and reuses it with other values', async () => {
    for (let i = 0; i < 5; i++) await db.insertInto('items').values({ id: `i${i}`, n: i }).execute();
    const before = await prepared();
    for (let i = 0; i < 5; i++) expect((await db.selectFrom('items').select('n').where('id', '=', `i${i}`).executeTakeFirst())?.n).toBe(i);
    // the insert and the select, plus the count query itself
    expect(before).toBe(2);
    expect(await prepared()).toBe(3);
  });

  it('sends dates, arrays, JSON, booleans and nulls as node-postgres does', async () => {
    const at = new Date('2026-11-11T00:00:01.234Z');
    await db.insertInto('items').values({ id: 'a', n: null, at, tags: ['x', 'y "z"', 'a,b'], doc: JSON.stringify([1, { k: 'v' }]), ok: false }).execute();
    const row = await db.selectFrom('items').selectAll().where('id', '=', 'a').executeTakeFirstOrThrow();
    expect(row).toEqual({ id: 'a', n: null, at, tags: ['x', 'y "z"', 'a,b'], doc: [1, { k: 'v' }], ok: false });
    const byTags = await sql<{ id: string }>`select id from items where tags && ${['a,b']}::text[]`.execute(db);
    expect(byTags.rows).toEqual([{ id: 'a' }]);
  });

  it('counts affected rows', async () => {
    await db.insertInto('items').values([{ id: 'a', n: 1 }, { id: 'b', n: 1 }, { id: 'c', n: 2 }]).execute();
    const result = await db.updateTable('items').set({ n: 3 }).where('n', '=', 1).executeTakeFirst();
    expect(result.numUpdatedRows).toBe(2n);
  });

  it('forgets prepared statements when the schema changes, so select * sees a new column', async () => {
    await db.insertInto('items').values({ id: 'a', n: 1 }).execute();
    const all = () => sql<Record<string, unknown>>`select * from items`.execute(db);
    expect(Object.keys((await all()).rows[0] ?? {})).not.toContain('extra');
    await sql`alter table items add column extra text default 'e'`.execute(db);
    expect((await all()).rows[0]?.extra).toBe('e');
  });

  it('reports a bad statement with its code and prepares it again once fixed', async () => {
    await expect(sql`select nope from items`.execute(db)).rejects.toMatchObject({ code: '42703' });
    await sql`alter table items add column nope text`.execute(db);
    await expect(sql`select nope from items`.execute(db)).resolves.toMatchObject({ rows: [] });
  });

  it('rolls back a transaction that failed part-way, and the connection carries on', async () => {
    await db.insertInto('items').values({ id: 'a', n: 1 }).execute();
    await expect(
      db.transaction().execute(async (tx) => {
        await tx.insertInto('items').values({ id: 'b', n: 2 }).execute();
        await tx.insertInto('items').values({ id: 'a', n: 3 }).execute();
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect((await db.selectFrom('items').select('id').execute()).map((r) => r.id)).toEqual(['a']);
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('items').values({ id: 'b', n: 2 }).execute();
    });
    expect((await db.selectFrom('items').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('runs one transaction at a time: a query from outside waits for the commit', async () => {
    const order: string[] = [];
    let inside!: () => void;
    const entered = new Promise<void>((r) => {
      inside = r;
    });
    const tx = db.transaction().execute(async (t) => {
      await t.insertInto('items').values({ id: 'a', n: 1 }).execute();
      inside();
      await new Promise((r) => setTimeout(r, 30));
      order.push('commit');
    });
    await entered;
    const outside = db.selectFrom('items').select('id').execute().then((rows) => {
      order.push(`read ${rows.length}`);
    });
    await Promise.all([tx, outside]);
    expect(order).toEqual(['commit', 'read 1']);
  });

  it('keeps at most the limit of prepared statements, closing the least recently used', async () => {
    for (let i = 0; i < PREPARED_STATEMENT_LIMIT + 20; i++) await sql`select ${i}::int + ${sql.lit(i)} as n`.execute(db);
    expect(await prepared()).toBeLessThanOrEqual(PREPARED_STATEMENT_LIMIT);
    expect((await sql<{ n: number }>`select ${1}::int + ${sql.lit(0)} as n`.execute(db)).rows[0]?.n).toBe(1);
  });
});
