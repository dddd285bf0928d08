import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-store.js';
import { insertRows, updateFromExcluded } from './bulk-insert.js';
import { type Database, openDatabase } from './database.js';
import { openStore } from './store.js';

describe('insertRows (multi-row inserts as SQL text)', () => {
  let target: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    target = await createTestDatabase();
    await (await openStore(target.target)).close(); // migrated
    database = await openDatabase(target.target);
  });
  afterAll(async () => {
    await database.close();
    await target.dispose();
  });

  const read = async (ids: readonly string[]) =>
    (
      await sql<{ id: string; role: string; code: string; name: string; callback_url: string | null; disabled_at: Date | null }>`
        select id, role, code, name, callback_url, disabled_at from participants where id = any(${[...ids]}::text[]) order by id`.execute(database.db)
    ).rows;

  it('writes each row with its values as Kysely would send them (text, null, dates, quotes), in one statement', async () => {
    const at = new Date('2026-11-11T01:02:03.456Z');
    const rows = [
      { id: 'bulk-1', role: 'ebc', code: 'B1', name: `Quote ' and "double" and $1`, callback_url: null, disabled_at: at },
      { id: 'bulk-2', role: 'ebp', code: 'B2', name: '中文名称', callback_url: 'https://shop.example/cb', disabled_at: null },
    ];
    const returned = await insertRows<'participants', (typeof COLUMNS)[number], { id: string }>(database.db, 'participants', COLUMNS, rows, 'returning "id"');
    expect(returned.map((r) => r.id)).toEqual(['bulk-1', 'bulk-2']);
    expect(await read(['bulk-1', 'bulk-2'])).toEqual(rows);
  });

  it('gives the same shape the same text, and a different number of rows its own', async () => {
    for (const n of [1, 3, 1]) {
      const rows = Array.from({ length: n }, (_, i) => ({ id: `shape-${n}-${i}-${Math.random()}`, role: 'ebc', code: `S${n}${i}${Math.random()}`, name: 'n', callback_url: null, disabled_at: null }));
      await insertRows(database.db, 'participants', COLUMNS, rows);
      expect(await read(rows.map((r) => r.id))).toHaveLength(n);
    }
  });

  it('takes an on-conflict tail: nothing, or the listed columns from the new row', async () => {
    const base = { id: 'bulk-c', role: 'ebc', code: 'BC', name: 'first', callback_url: null, disabled_at: null };
    await insertRows(database.db, 'participants', COLUMNS, [base]);
    await insertRows(database.db, 'participants', COLUMNS, [{ ...base, name: 'ignored' }], 'on conflict ("id") do nothing');
    expect((await read(['bulk-c']))[0]?.name).toBe('first');
    await insertRows(database.db, 'participants', COLUMNS, [{ ...base, name: 'second', callback_url: 'https://x.example' }], `on conflict ("id") ${updateFromExcluded(['name'])}`);
    expect(await read(['bulk-c'])).toEqual([{ ...base, name: 'second' }]);
  });

  it('puts SQL of ours around a column\'s parameter (a flag made now() by the statement)', async () => {
    const rows = [true, false].map((flag, i) => ({ id: `bulk-w${i}`, role: 'ebc', code: `BW${i}`, name: 'w', callback_url: null, disabled_at: flag }));
    await insertRows(database.db, 'participants', COLUMNS, rows, '', { disabled_at: 'case when {}::boolean then now() end' });
    const [flagged, plain] = await read(['bulk-w0', 'bulk-w1']);
    expect(flagged?.disabled_at).toBeInstanceOf(Date);
    expect(Math.abs((flagged?.disabled_at?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(plain?.disabled_at).toBeNull();
  });

  it('refuses a value left undefined before anything is sent, and an empty list sends nothing', async () => {
    const bad = { id: 'bulk-u', role: 'ebc', code: 'BU', name: undefined, callback_url: null, disabled_at: null };
    await expect(insertRows(database.db, 'participants', COLUMNS, [bad])).rejects.toThrow('insertRows(participants): name is undefined');
    expect(await read(['bulk-u'])).toEqual([]);
    expect(await insertRows(database.db, 'participants', COLUMNS, [])).toEqual([]);
  });
});

const COLUMNS = ['id', 'role', 'code', 'name', 'callback_url', 'disabled_at'] as const;
