import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import type { Product } from '../../../ports/hub.port.js';
import type { Hub } from '../../../workflows/hub/index.js';
import { landedCost } from '../../../workflows/hub/landed-cost.js';
import { importProducts, saveProducts } from '../../../workflows/hub/products.js';
import { productProblems } from '../../../workflows/hub/products-csv.js';
import { principalOf } from '../plugins/auth.js';
import { LandedCostBody, ProductBody, ProductView } from '../hub.schemas.js';
import { protectedErrors } from '../schemas.js';
import { TariffImportReportView, TaxQuoteView, taxQuoteView } from '../tax.schemas.js';
import { HUB_ROLES } from './hub-deals.routes.js';

const MAX_CSV_BYTES = 16 * 1024 * 1024;

const productView = (p: Product): z.infer<typeof ProductView> => ({
  sku: p.sku,
  name: p.name,
  hsCode: p.hsCode,
  originCountry: p.originCountry,
  declaredUnit: p.declaredUnit,
  positiveList: p.positiveList,
  model: p.model,
  barCode: p.barCode,
  updatedAt: p.updatedAt.toISOString(),
});

/** The product registry (what customs must be told of each SKU) and the landed-cost quote at checkout. */
export const hubProductRoutes =
  (hub: Hub): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser(['text/csv'], { parseAs: 'string', bodyLimit: MAX_CSV_BYTES }, (_req, body, done) => done(null, body));
    const tags = ['hub: products'];
    const config = { access: HUB_ROLES, action: 'manage products' };

    app.get(
      '/v1/products',
      {
        config,
        schema: {
          tags,
          summary: 'Your products by SKU (keyset: pass `next` as `after`)',
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), after: z.string().max(60).optional(), q: z.string().trim().max(60).optional().meta({ description: 'Keep products whose SKU, name or HS code contains this' }) }),
          response: { 200: z.object({ items: z.array(ProductView), next: z.string().nullable() }), ...protectedErrors },
        },
      },
      async (request) => {
        const { limit, after, q } = request.query;
        const items = await hub.ctx.store.hubProducts.list({ participantId: principalOf(request).participant.id, limit, ...(after && { after }), ...(q && { q }) });
        return { items: items.map(productView), next: items.length === limit ? (items.at(-1)?.sku ?? null) : null };
      },
    );

    app.post(
      '/v1/products',
      {
        config,
        schema: {
          tags,
          summary: 'Add or change products (one, or `items`); the positive-list status comes from the tariff',
          body: z.union([ProductBody, z.strictObject({ items: z.array(ProductBody).min(1).max(1000) })]),
          response: { 200: z.object({ items: z.array(ProductView) }), ...protectedErrors },
        },
      },
      async (request) => {
        const participantId = principalOf(request).participant.id;
        const given = 'items' in request.body ? request.body.items : [request.body];
        const rows = given.map((p) => ({ ...p, model: p.model ?? null, barCode: p.barCode ?? null }));
        const problems = rows.flatMap((r, i) => productProblems(r).map((p) => ({ field: `body.${'items' in request.body ? `items.${i}.` : ''}${p.field}`, message: p.message })));
        if (problems.length > 0) throw new AppError('request.validation', { summary: problems.map((p) => `${p.field}: ${p.message}`).join('; '), field: problems[0]?.field, issues: problems });
        await saveProducts(hub.ctx, participantId, rows);
        const saved = await hub.ctx.store.hubProducts.bySkus(participantId, rows.map((r) => r.sku));
        return { items: saved.map(productView) };
      },
    );

    app.post(
      '/v1/products/import',
      {
        config,
        schema: {
          tags,
          summary: 'Import products from CSV (sku,name,hs_code,origin_country,declared_unit,model,bar_code); bad rows reported by line',
          body: z.string().min(1).meta({ description: 'text/csv' }),
          response: { 200: TariffImportReportView.omit({ aborted: true }).extend({ notListed: z.number().int() }), ...protectedErrors },
        },
      },
      async (request) => {
        if (typeof request.body !== 'string' || !request.headers['content-type']?.startsWith('text/csv')) {
          throw new AppError('request.unsupported_media_type', { contentType: request.headers['content-type'] ?? 'none' });
        }
        const report = await importProducts(hub.ctx, principalOf(request).participant.id, request.body);
        return { ...report, errors: report.errors.map((e) => ({ ...e })) };
      },
    );

    app.post(
      '/v1/quotes/landed-cost',
      {
        config: { access: HUB_ROLES, action: 'quote landed costs' },
        schema: {
          tags: ['hub: quotes'],
          summary: 'Landed cost at checkout: duty, VAT, consumption tax, total, the channel and why (declares nothing)',
          body: LandedCostBody,
          response: {
            200: z.object({
              currency: z.literal('CNY'),
              goodsValue: z.string(),
              freight: z.string(),
              insurance: z.string(),
              duty: z.string(),
              vat: z.string(),
              consumptionTax: z.string(),
              tax: z.string(),
              total: z.string().meta({ description: 'Goods + freight + insurance + tax' }),
              channel: z.enum(['cbec', 'general', 'refused']),
              treatment: z.enum(['preferential', 'full-rate', 'none']),
              why: z.string(),
              annualUsed: z.string(),
              quote: TaxQuoteView,
            }),
            ...protectedErrors,
          },
        },
      },
      async (request) => {
        const outcome = await landedCost(hub.ctx, principalOf(request).participant.id, request.body);
        if (!outcome.ok) {
          const issues = outcome.issues.map((i) => ({ field: `body.${i.field}`, message: i.message, code: i.code }));
          throw new AppError('request.validation', { summary: issues.map((i) => `${i.field}: ${i.message}`).join('; '), field: issues[0]?.field, issues });
        }
        const { quote, landed } = outcome;
        return {
          currency: 'CNY' as const,
          goodsValue: landed.goodsValue,
          freight: landed.freight,
          insurance: landed.insurance,
          duty: quote.customsDuty,
          vat: quote.vat,
          consumptionTax: quote.consumptionTax,
          tax: quote.total,
          total: landed.total,
          channel: quote.channel,
          treatment: quote.treatment,
          why: landed.why,
          annualUsed: landed.annualUsed,
          quote: taxQuoteView(quote),
        };
      },
    );
  };
