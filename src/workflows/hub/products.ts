import type { TariffLookup } from '../../domain/tax/index.js';
import type { NewProduct, PositiveListStatus } from '../../ports/hub.port.js';
import type { RowError } from '../tariff/tariff-csv.js';
import type { HubContext } from './hub.context.js';
import { forgetProducts } from './product-cache.js';
import { parseProductCsv, type ProductRow } from './products-csv.js';

/** Whether the tariff lists the HS code on the positive list (unknown: the tariff has no row for it). */
export function positiveListOf(tariff: TariffLookup, hsCode: string): PositiveListStatus {
  const row = tariff(hsCode);
  return row === undefined ? 'unknown' : row.positiveList ? 'listed' : 'not-listed';
}

/** Writes products of a participant, each with its positive-list status from the tariff as it stands. */
export async function saveProducts(ctx: HubContext, participantId: string, rows: readonly ProductRow[], onProgress?: (done: number, total: number) => void): Promise<NewProduct[]> {
  const tariff = await ctx.tariff();
  const products: NewProduct[] = rows.map((r) => ({ ...r, participantId, positiveList: positiveListOf(tariff, r.hsCode) }));
  const BATCH = 250;
  await ctx.store.transaction(async (tx) => {
    for (let i = 0; i < products.length; i += BATCH) {
      await tx.hubProducts.upsert(products.slice(i, i + BATCH));
      onProgress?.(Math.min(products.length, i + BATCH), products.length);
    }
  });
  forgetProducts(ctx.store, participantId);
  return products;
}

export interface ProductImportReport {
  readonly imported: number;
  readonly rejected: number;
  readonly notListed: number;
  readonly errors: RowError[];
}

/** A CSV of products: good rows are written (in one transaction), bad rows reported by line and field. */
export async function importProducts(ctx: HubContext, participantId: string, csv: string, onProgress?: (done: number, total: number) => void): Promise<ProductImportReport> {
  const { rows, errors } = parseProductCsv(csv);
  const saved = await saveProducts(ctx, participantId, rows, onProgress);
  return {
    imported: saved.length,
    rejected: new Set(errors.map((e) => e.line)).size,
    notListed: saved.filter((p) => p.positiveList !== 'listed').length,
    errors,
  };
}
