import { emptyBook, type StockBook } from '../../domain/bonded/index.js';
import type { Result } from '../../kernel/result.js';
import type { WarehouseStockStore } from '../../ports/warehouse-stock.port.js';

/**
 * `WarehouseStockStore` in memory, for tests and the demo. Changes of one owner are chained on a promise, so they
 * run one at a time even when `decide`'s caller awaits between calls.
 */
export function memoryWarehouseStock(): WarehouseStockStore {
  const books = new Map<string, StockBook>();
  const queues = new Map<string, Promise<unknown>>();
  return {
    async read(ownerCode) {
      return books.get(ownerCode) ?? emptyBook();
    },
    update<T>(ownerCode: string, decide: (book: StockBook) => Result<{ readonly book: StockBook; readonly value: T }>) {
      const previous = queues.get(ownerCode) ?? Promise.resolve();
      const run = previous.then((): Result<T> => {
        const r = decide(books.get(ownerCode) ?? emptyBook());
        if (!r.ok) return r;
        books.set(ownerCode, r.value.book);
        return { ok: true, value: r.value.value };
      });
      queues.set(ownerCode, run.catch(() => undefined));
      return run;
    },
  };
}
