import type { JobHandler } from '../../jobs/job-handler.js';
import { PermanentJobError } from '../../jobs/job-handler.js';
import { newId } from '../../kernel/ids.js';
import type { NewProduct } from '../../ports/hub.port.js';
import type { ProductImport } from '../../ports/product-imports.port.js';
import type { HubContext } from './hub.context.js';
import { positiveListOf } from './products.js';
import { parseProductCsv } from './products-csv.js';

/**
 * Product CSV imports as durable jobs, for files of thousands of rows: the upload is stored and answered at once
 * (202), a worker checks every row and writes the good ones batch by batch, each batch in its own transaction with
 * the progress, so a console can show how far it is. A retried job starts over: writing a product is an upsert.
 */
export const PRODUCT_IMPORT_QUEUE = 'hub.product-import';

/** Rows written per transaction (and per progress step). */
export const IMPORT_BATCH = 250;

export async function startProductImport(ctx: HubContext, participantId: string, fileName: string, csv: string): Promise<ProductImport> {
  const id = newId('imp');
  const created = await ctx.store.transaction(async (tx) => {
    const row = await tx.hubProductImports.insert({ id, participantId, fileName, csv, bytes: Buffer.byteLength(csv, 'utf8') });
    await tx.jobs.enqueue([{ queue: PRODUCT_IMPORT_QUEUE, payload: { importId: id }, maxAttempts: 3, dedupeKey: `product-import:${id}` }]);
    return row;
  });
  return created;
}

export function productImportStep(ctx: HubContext): JobHandler {
  return async (payload, job) => {
    const importId = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload.importId : undefined;
    if (typeof importId !== 'string') throw new PermanentJobError('product import job without importId');
    const found = await ctx.store.hubProductImports.byId(importId);
    if (!found) throw new PermanentJobError(`product import ${importId} not found`);
    if (found.status === 'done' || found.status === 'failed') return;
    const csv = await ctx.store.hubProductImports.file(importId);
    if (csv === undefined) {
      await ctx.store.hubProductImports.update(importId, { status: 'failed', failure: 'the uploaded file is no longer stored', finished: true });
      return;
    }
    try {
      await runImport(ctx, found, csv, job.signal);
    } catch (error) {
      // the last attempt: the import says it stopped (the job goes to the dead-letter list with the cause)
      if (job.job.attempts >= job.job.maxAttempts) {
        await ctx.store.hubProductImports.update(importId, { status: 'failed', failure: error instanceof Error ? error.message : String(error), finished: true });
      }
      throw error;
    }
  };
}

async function runImport(ctx: HubContext, found: ProductImport, csv: string, signal: AbortSignal): Promise<void> {
  const importId = found.id;
  const { rows, errors } = parseProductCsv(csv);
  const rejected = new Set(errors.map((e) => e.line)).size;
  const total = rows.length + rejected;
  await ctx.store.hubProductImports.update(importId, { status: 'running', totalRows: total, doneRows: rejected, imported: 0, rejected, notListed: 0 });
  const tariff = await ctx.tariff();
  let notListed = 0;
  for (let i = 0; i < rows.length; i += IMPORT_BATCH) {
    if (signal.aborted) throw new Error('worker stopping: the import starts over on the next attempt');
    const batch: NewProduct[] = rows.slice(i, i + IMPORT_BATCH).map((r) => ({ ...r, participantId: found.participantId, positiveList: positiveListOf(tariff, r.hsCode) }));
    notListed += batch.filter((p) => p.positiveList !== 'listed').length;
    const written = i + batch.length;
    await ctx.store.transaction(async (tx) => {
      await tx.hubProducts.upsert(batch);
      await tx.hubProductImports.update(importId, { doneRows: rejected + written, imported: written, notListed });
    });
  }
  await ctx.store.hubProductImports.update(importId, { status: 'done', doneRows: total, imported: rows.length, notListed, errors, dropFile: true, finished: true });
}
