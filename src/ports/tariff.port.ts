import type { TariffRow } from '../domain/tax/index.js';

/** A tariff row as stored: the domain row plus the goods name customs lists it under. */
export interface TariffRecord extends TariffRow {
  readonly name: string;
  readonly source: string;
}

export interface TariffRepo {
  /** Inserts or replaces rows by HS code; returns how many were written. */
  upsert(rows: readonly TariffRecord[]): Promise<number>;
  all(): Promise<TariffRecord[]>;
  byCode(hsCode: string): Promise<TariffRecord | undefined>;
  count(): Promise<number>;
}
