import { type Kysely, sql } from 'kysely';
import { emptyBook, type StockBook } from '../../../domain/bonded/index.js';
import type { HubStockBookRepo } from '../../../ports/hub.port.js';
import type { Store } from '../../../ports/store.port.js';
import type { WarehouseStockStore } from '../../../ports/warehouse-stock.port.js';
import type { NumberRange, NumberRangeStore } from '../../../ports/waybill-numbers.port.js';
import type { DatabaseSchema } from '../../schema.js';

const CLAIM_TRIES = 20;

/**
 * Waybill number ranges in the database: one row per (range, key). A claim is one statement; two claims racing
 * for the same next serial collide on the (range, serial) unique index, and the loser tries again.
 */
export function hubWaybillNumberRepo(db: Kysely<DatabaseSchema>): NumberRangeStore {
  return {
    async claim(range: NumberRange, key: string) {
      for (let i = 0; i < CLAIM_TRIES; i++) {
        const existing = await db
          .selectFrom('hub_waybill_numbers')
          .select('serial')
          .where('range_id', '=', range.id)
          .where('key', '=', key)
          .executeTakeFirst();
        if (existing) return { serial: existing.serial, fresh: false };
        const { rows } = await sql<{ serial: number }>`
          insert into hub_waybill_numbers (range_id, key, serial)
          select ${range.id}, ${key}, next.serial from (
            select coalesce(max(serial) + 1, ${range.first}::int) as serial
            from hub_waybill_numbers where range_id = ${range.id}) next
          where next.serial <= ${range.last}::int
          on conflict do nothing
          returning serial`.execute(db);
        const fresh = rows[0];
        if (fresh) return { serial: Number(fresh.serial), fresh: true };
        const max = await db
          .selectFrom('hub_waybill_numbers')
          .select((eb) => eb.fn.max('serial').as('m'))
          .where('range_id', '=', range.id)
          .executeTakeFirst();
        if (max?.m !== null && max?.m !== undefined && Number(max.m) >= range.last) {
          const again = await db
            .selectFrom('hub_waybill_numbers')
            .select('serial')
            .where('range_id', '=', range.id)
            .where('key', '=', key)
            .executeTakeFirst();
          return again ? { serial: again.serial, fresh: false } : undefined;
        }
      }
      throw new Error(`could not claim a serial of range ${range.id} after ${CLAIM_TRIES} tries`);
    },
  };
}

export function hubStockBookRepo(db: Kysely<DatabaseSchema>): HubStockBookRepo {
  return {
    async lock(ownerCode) {
      await db
        .insertInto('hub_stock_books')
        .values({ owner_code: ownerCode, book: JSON.stringify(emptyBook()) })
        .onConflict((oc) => oc.column('owner_code').doNothing())
        .execute();
      const row = await db
        .selectFrom('hub_stock_books')
        .select('book')
        .where('owner_code', '=', ownerCode)
        .forUpdate()
        .executeTakeFirstOrThrow();
      return row.book as unknown as StockBook;
    },
    async save(ownerCode, book) {
      await db
        .updateTable('hub_stock_books')
        .set({ book: JSON.stringify(book), updated_at: sql`now()` })
        .where('owner_code', '=', ownerCode)
        .execute();
    },
  };
}

/**
 * The bonded warehouse's stock books kept in the database (`WarehouseStockStore`): each change reads the owner's
 * book under a row lock, lets `decide` compute the next one, and stores it in the same transaction.
 */
export function storedWarehouseStock(store: Store): WarehouseStockStore {
  return {
    async read(ownerCode) {
      return store.transaction((tx) => tx.hubStockBooks.lock(ownerCode));
    },
    update(ownerCode, decide) {
      return store.transaction(async (tx) => {
        const r = decide(await tx.hubStockBooks.lock(ownerCode));
        if (!r.ok) return r;
        await tx.hubStockBooks.save(ownerCode, r.value.book);
        return { ok: true as const, value: r.value.value };
      });
    },
  };
}
