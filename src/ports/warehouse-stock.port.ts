import type { StockBook } from '../domain/bonded/index.js';
import type { Result } from '../kernel/result.js';

/**
 * The bonded warehouse's own stock book, per owner (the e-commerce enterprise whose goods they are). The rules
 * (reserve, release, give back, return) are the pure ones of `domain/bonded`; this port only keeps the book.
 * An implementation may load just the part of the book a change touches, as long as `decide` sees every level,
 * reservation and applied movement id it needs for that owner.
 */
export interface WarehouseStockStore {
  /** The owner's book (empty when nothing was ever received for the owner). */
  read(ownerCode: string): Promise<StockBook>;
  /**
   * Atomically, one change at a time per owner: reads the owner's book, lets `decide` compute the next one, and
   * stores it only when `decide` succeeds. A failed `decide` changes nothing and its reasons are returned.
   */
  update<T>(
    ownerCode: string,
    decide: (book: StockBook) => Result<{ readonly book: StockBook; readonly value: T }>,
  ): Promise<Result<T>>;
}
