import type { Store } from '../../ports/store.port.js';
import { parseTariffCsv, type RowError } from './tariff-csv.js';

export interface TariffImportReport {
  readonly imported: number;
  readonly rejected: number;
  readonly errors: RowError[];
  /** True when nothing was written because `strict` was asked and some row was bad. */
  readonly aborted: boolean;
}

export interface TariffImportOptions {
  /** Import nothing unless every row is valid. */
  readonly strict?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

const BATCH = 250;

/** Imports tariff rows from CSV text: valid rows are written in one transaction, bad rows are reported. */
export async function importTariff(store: Store, csv: string, options: TariffImportOptions = {}): Promise<TariffImportReport> {
  const { rows, errors } = parseTariffCsv(csv);
  const rejectedLines = new Set(errors.map((e) => e.line)).size;
  if (options.strict && errors.length > 0) return { imported: 0, rejected: rejectedLines, errors, aborted: true };
  await store.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await tx.tariff.upsert(rows.slice(i, i + BATCH));
      options.onProgress?.(Math.min(rows.length, i + BATCH), rows.length);
    }
  });
  return { imported: rows.length, rejected: rejectedLines, errors, aborted: false };
}
