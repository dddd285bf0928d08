import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import type { ProductImport } from '../../../ports/product-imports.port.js';
import type { Hub } from '../../../workflows/hub/index.js';
import { startProductImport } from '../../../workflows/hub/product-imports.js';
import { principalOf } from '../plugins/auth.js';
import { ProductImportView } from '../product-imports.schemas.js';
import { protectedErrors } from '../schemas.js';
import { HUB_ROLES } from './hub-deals.routes.js';

const MAX_CSV_BYTES = 16 * 1024 * 1024;

const view = (i: ProductImport, withErrors: boolean): z.infer<typeof ProductImportView> => ({
  id: i.id,
  fileName: i.fileName,
  status: i.status,
  bytes: i.bytes,
  totalRows: i.totalRows,
  doneRows: i.doneRows,
  imported: i.imported,
  rejected: i.rejected,
  notListed: i.notListed,
  failure: i.failure,
  createdAt: i.createdAt.toISOString(),
  updatedAt: i.updatedAt.toISOString(),
  finishedAt: i.finishedAt?.toISOString() ?? null,
  errors: withErrors ? i.errors.map((e) => ({ line: e.line, field: e.field, code: e.code, message: e.message })) : [],
});

/** Product CSV imports as jobs: upload (202), then poll the progress and read the per-row error report. */
export const hubProductImportRoutes =
  (hub: Hub): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser(['text/csv'], { parseAs: 'string', bodyLimit: MAX_CSV_BYTES }, (_req, body, done) => done(null, body));
    const tags = ['hub: products'];
    const config = { access: HUB_ROLES, action: 'manage products' };
    const { store } = hub.ctx;

    app.post(
      '/v1/products/imports',
      {
        config,
        schema: {
          tags,
          summary: 'Start a product CSV import (sku,name,hs_code,origin_country,declared_unit,model,bar_code); poll it for progress',
          querystring: z.object({ fileName: z.string().min(1).max(200).default('products.csv') }),
          body: z.string().min(1).meta({ description: 'text/csv, UTF-8, at most 16 MiB' }),
          response: { 202: ProductImportView, ...protectedErrors },
        },
      },
      async (request, reply) => {
        if (typeof request.body !== 'string' || !request.headers['content-type']?.startsWith('text/csv')) {
          throw new AppError('request.unsupported_media_type', { contentType: request.headers['content-type'] ?? 'none' });
        }
        const started = await startProductImport(hub.ctx, principalOf(request).participant.id, request.query.fileName, request.body);
        reply.status(202);
        return view(started, true);
      },
    );

    app.get(
      '/v1/products/imports',
      {
        config,
        schema: {
          tags,
          summary: 'Your product imports, newest first (keyset: pass `next` as `before`; without error reports)',
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20), before: z.string().max(64).optional() }),
          response: { 200: z.object({ items: z.array(ProductImportView), next: z.string().nullable() }), ...protectedErrors },
        },
      },
      async (request) => {
        const { limit, before } = request.query;
        const items = await store.hubProductImports.list({ participantId: principalOf(request).participant.id, limit, ...(before && { before }) });
        return { items: items.map((i) => view(i, false)), next: items.length === limit ? (items.at(-1)?.id ?? null) : null };
      },
    );

    app.get(
      '/v1/products/imports/:id',
      {
        config,
        schema: {
          tags,
          summary: 'One product import: its progress and, once done, every bad row by line and field',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 200: ProductImportView, ...protectedErrors },
        },
      },
      async (request) => {
        const found = await store.hubProductImports.byId(request.params.id);
        if (!found || found.participantId !== principalOf(request).participant.id) throw new AppError('product_import.not_found', { id: request.params.id });
        return view(found, true);
      },
    );
  };
