import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import { type DealRecord, DEAL_STATUSES } from '../../../ports/hub.port.js';
import type { Principal } from '../../../workflows/participants/participants.workflow.js';
import { cancelDeal, resumeDeal, returnGoods } from '../../../workflows/hub/commands.js';
import type { Hub } from '../../../workflows/hub/index.js';
import { dealDetail, dealSummary } from '../../../workflows/hub/queries.js';
import { principalOf } from '../plugins/auth.js';
import { DealDetailView, DealSummaryView } from '../hub.schemas.js';
import { protectedErrors } from '../schemas.js';

export const HUB_ROLES = ['ebp', 'ebc', 'logistics', 'warehouse', 'admin'] as const;

/** A list page counts the matching deals no further than this. */
const COUNT_CAP = 1000;

const DealListQuery = z.object({
  status: z.enum(DEAL_STATUSES).optional(),
  storefront: z.string().min(1).max(64).optional().meta({ description: 'Storefront connection id: the sales channel the orders came from' }),
  since: z.iso.datetime({ offset: true }).optional().meta({ description: 'Created at or after (ISO 8601)' }),
  until: z.iso.datetime({ offset: true }).optional().meta({ description: 'Created before (ISO 8601)' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Search: deal id or waybill number (exact), start of the order number or of the buyer’s name. Never an ID number.' }),
  order: z.enum(['asc', 'desc']).default('asc').meta({ description: 'By creation time: oldest first (asc) or newest first' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  after: z.string().max(64).optional(),
});

const XML = { 200: z.string().meta({ description: 'The message as the standard XML, exactly as signed' }) };

/** The owner of a deal sees it; the administrator sees every deal; anyone else gets 404. */
export const sees = (principal: Principal) => (deal: DealRecord) =>
  principal.participant.role === 'admin' || deal.participantId === principal.participant.id;

/** The deal record across the four platforms, its timeline, and what a person can ask of it. */
export const hubDealRoutes =
  (hub: Hub): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['hub: deals'];
    const config = { access: HUB_ROLES, action: 'work with deals' };
    const params = z.object({ id: z.string().min(1).max(64) });
    const conflict = { 409: protectedErrors[400] };
    const { store } = hub.ctx;

    async function visibleDeal(principal: Principal, id: string): Promise<DealRecord> {
      const deal = await store.hubDeals.byId(id);
      if (!deal || !sees(principal)(deal)) throw new AppError('deal.not_found', { id });
      return deal;
    }

    app.get(
      '/v1/deals',
      {
        config,
        schema: {
          tags,
          summary: 'Deals, oldest first or newest first (keyset: pass `next` as `after`, with the same filters)',
          querystring: DealListQuery,
          response: {
            200: z.object({
              items: z.array(DealSummaryView),
              next: z.string().nullable(),
              total: z
                .object({ count: z.number().int(), capped: z.boolean() })
                .meta({ description: `Deals matching the filters, counted up to ${COUNT_CAP} (capped: there are more)` }),
            }),
            ...protectedErrors,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const { status, since, until, storefront, q, order, limit, after } = request.query;
        const filters = {
          ...(principal.participant.role !== 'admin' && { participantId: principal.participant.id }),
          ...(status && { status }),
          ...(since && { since: new Date(since) }),
          ...(until && { until: new Date(until) }),
          ...(storefront && { storefrontConnectionId: storefront }),
          ...(q && { search: q }),
        };
        const [items, counted] = await Promise.all([
          store.hubDeals.list({ ...filters, limit, order, ...(after && { after }) }),
          store.hubDeals.countUpTo(filters, COUNT_CAP + 1),
        ]);
        return {
          items: items.map(dealSummary),
          next: items.length === limit ? (items.at(-1)?.id ?? null) : null,
          total: { count: Math.min(counted, COUNT_CAP), capped: counted > COUNT_CAP },
        };
      },
    );

    app.get(
      '/v1/deals/:id',
      {
        config,
        schema: {
          tags,
          summary: 'One deal: order, payment, waybill, declarations and receipts, stock, webhooks, and its timeline',
          params,
          response: { 200: DealDetailView, ...protectedErrors },
        },
      },
      async (request) => dealDetail(store, await visibleDeal(principalOf(request), request.params.id)),
    );

    const declParams = params.extend({ declarationId: z.string().min(1).max(64) });

    /** A declaration of a deal the caller sees (any other id: 404, whoever owns it). */
    async function visibleDeclaration(principal: Principal, dealId: string, declarationId: string) {
      const deal = await visibleDeal(principal, dealId);
      const declaration = (await store.hubDeclarations.byDeal(deal.id)).find((d) => d.id === declarationId);
      if (!declaration) throw new AppError('resource.not_found', { resource: 'Declaration', id: declarationId });
      return declaration;
    }

    app.get(
      '/v1/deals/:id/declarations/:declarationId/xml',
      {
        config,
        schema: { tags, summary: 'A declaration of the deal as sent: the signed CEB XML (absent when a partner declared it)', params: declParams, response: { ...XML, ...protectedErrors } },
      },
      async (request, reply) => {
        const declaration = await visibleDeclaration(principalOf(request), request.params.id, request.params.declarationId);
        const xml = declaration.hasXml ? await store.hubDeclarations.xmlOf(declaration.id) : undefined;
        if (xml === undefined) throw new AppError('resource.not_found', { resource: 'Declaration XML', id: declaration.id });
        return reply.type('application/xml; charset=utf-8').send(xml);
      },
    );

    app.get(
      '/v1/deals/:id/declarations/:declarationId/receipts/:receiptId/xml',
      {
        config,
        schema: {
          tags,
          summary: 'A customs receipt of a declaration of the deal: the signed CEB XML as the single window sent it',
          params: declParams.extend({ receiptId: z.string().min(1).max(64) }),
          response: { ...XML, ...protectedErrors },
        },
      },
      async (request, reply) => {
        const { id, declarationId, receiptId } = request.params;
        const declaration = await visibleDeclaration(principalOf(request), id, declarationId);
        const xml = await store.hubDeclarations.receiptXml(declaration.id, receiptId);
        if (xml === undefined) throw new AppError('resource.not_found', { resource: 'Receipt XML', id: receiptId });
        return reply.type('application/xml; charset=utf-8').send(xml);
      },
    );

    app.post(
      '/v1/deals/:id/cancel',
      {
        config: { ...config, action: 'cancel deals' },
        schema: {
          tags,
          summary: 'Cancel: before the inventory is filed the hub stops; afterwards it declares CEB623',
          params,
          body: z.strictObject({ reason: z.string().min(1).max(500) }),
          response: { 202: DealSummaryView, ...conflict, ...protectedErrors },
        },
      },
      async (request, reply) => {
        const deal = await cancelDeal(hub.ctx, request.params.id, request.body.reason, sees(principalOf(request)));
        reply.status(202);
        return dealSummary(deal);
      },
    );

    app.post(
      '/v1/deals/:id/returns',
      {
        config: { ...config, action: 'return deals' },
        schema: {
          tags,
          summary: 'Return goods of a released deal (CEB625): lines by gnum and quantity',
          params,
          body: z.strictObject({
            lines: z.array(z.strictObject({ gnum: z.number().int().min(1), qty: z.string().regex(/^\d{1,9}(\.\d{1,5})?$/) })).min(1).max(100),
            reason: z.string().min(1).max(500),
          }),
          response: { 202: z.object({ deal: DealSummaryView, seq: z.number().int() }), ...conflict, ...protectedErrors },
        },
      },
      async (request, reply) => {
        const { deal, seq } = await returnGoods(hub.ctx, request.params.id, request.body, sees(principalOf(request)));
        reply.status(202);
        return { deal: dealSummary(deal), seq };
      },
    );

    app.post(
      '/v1/deals/:id/resume',
      {
        config: { ...config, action: 'resume deals' },
        schema: {
          tags,
          summary: 'Resume a deal that waits for a person (after the cause was fixed), from the step that stopped',
          params,
          response: { 202: DealSummaryView, ...conflict, ...protectedErrors },
        },
      },
      async (request, reply) => {
        const deal = await resumeDeal(hub.ctx, request.params.id, sees(principalOf(request)));
        reply.status(202);
        return dealSummary(deal);
      },
    );
  };
