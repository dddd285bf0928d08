import { z } from 'zod';
import { PRODUCT_IMPORT_STATUSES } from '../../ports/product-imports.port.js';

/** Shapes of the product-import endpoints (the console infers its types from them). */
export const ImportRowErrorView = z.object({ line: z.number().int(), field: z.string(), code: z.string(), message: z.string() });

export const ProductImportView = z
  .object({
    id: z.string(),
    fileName: z.string(),
    status: z.enum(PRODUCT_IMPORT_STATUSES),
    bytes: z.number().int(),
    totalRows: z.number().int().nullable().meta({ description: 'Data rows in the file (null until a worker has read it)' }),
    doneRows: z.number().int().meta({ description: 'Rows checked and, when good, written so far' }),
    imported: z.number().int(),
    rejected: z.number().int().meta({ description: 'Lines with at least one error' }),
    notListed: z.number().int().meta({ description: 'Products written whose HS code is not on the positive list' }),
    failure: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
    errors: z.array(ImportRowErrorView).meta({ description: 'Bad rows by line and field (complete once status is done)' }),
  })
  .meta({ id: 'ProductImport' });
