import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import type { InventoryRecord } from '../../../ports/single-window.port.js';
import { decide, type SingleWindow } from '../../../workflows/single-window/index.js';
import { originalsOf, quotaOf } from '../../../workflows/single-window/queries.js';
import type { Principal } from '../../../workflows/participants/participants.workflow.js';
import { principalOf } from '../plugins/auth.js';
import { protectedErrors } from '../schemas.js';
import {
  BuyerQuotaView,
  EventView,
  eventView,
  InventoryView,
  inventoryView,
  OriginalView,
  ReceiptView,
  receiptView,
  StatsView,
  StockRowView,
  statsView,
} from '../sw.schemas.js';

const OFFICIALS = ['customs', 'admin'] as const;
const STATUS = z.enum(['2', '120', '300', '500', '399', '800', '899', '100', '501', '502', '503', '599', '700']);

/** Customs sees every inventory; a sender sees the ones it declared; anyone else's is not there. */
function visible(principal: Principal, record: InventoryRecord | undefined, id: string): InventoryRecord {
  const role = principal.participant.role;
  if (!record || (role !== 'customs' && role !== 'admin' && record.senderId !== principal.participant.id)) {
    throw new AppError('sw.inventory_not_found', { id });
  }
  return record;
}

/** Inventories, the officers' queues and decisions, the buyer's quota, supervision statistics and bonded stock. */
export const clearanceRoutes =
  (sw: SingleWindow): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['clearance'];
    const { store } = sw.ctx;
    const Page = z.object({ items: z.array(InventoryView), next: z.string().nullable() });

    app.get(
      '/v1/single-window/inventories',
      {
        schema: {
          tags,
          summary: 'Inventories (customs: all; a sender: its own), oldest first',
          querystring: z.object({
            status: STATUS.optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            after: z.string().max(64).optional(),
          }),
          response: { 200: Page, ...protectedErrors },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const official = (OFFICIALS as readonly string[]).includes(principal.participant.role);
        const { status, limit, after } = request.query;
        const items = await store.swInventories.list({
          limit,
          ...(status && { status }),
          ...(after && { after }),
          ...(!official && { senderId: principal.participant.id }),
        });
        return { items: items.map(inventoryView), next: items.length === limit ? (items.at(-1)?.id ?? null) : null };
      },
    );

    for (const [queue, status] of [
      ['review', '300'],
      ['inspection', '500'],
    ] as const) {
      app.get(
        `/v1/single-window/queues/${queue}`,
        {
          config: { access: OFFICIALS, action: `see the ${queue} queue` },
          schema: {
            tags,
            summary: `The ${queue} queue (status ${status}), oldest first`,
            querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), after: z.string().max(64).optional() }),
            response: { 200: Page, ...protectedErrors },
          },
        },
        async (request) => {
          const { limit, after } = request.query;
          const items = await store.swInventories.list({ status, limit, ...(after && { after }) });
          return { items: items.map(inventoryView), next: items.length === limit ? (items.at(-1)?.id ?? null) : null };
        },
      );
    }

    app.get(
      '/v1/single-window/inventories/:id',
      {
        schema: {
          tags,
          summary: 'One inventory with its history (who moved it, when, why), its receipts and its four signed originals',
          description:
            '`originals`: the order, payment and waybill it was matched on and its own declaration, each with the ' +
            'message that carried it (`GET /v1/single-window/messages/{messageId}`); `messageId` is null for a ' +
            'document the caller neither sent nor supervises, or not received yet.',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: {
            200: z.object({ inventory: InventoryView, events: z.array(EventView), receipts: z.array(ReceiptView), originals: z.array(OriginalView) }),
            ...protectedErrors,
          },
        },
      },
      async (request) => {
        const record = visible(principalOf(request), await store.swInventories.byId(request.params.id), request.params.id);
        const { participant } = principalOf(request);
        const [events, receipts, originals] = await Promise.all([
          store.swInventories.events(record.id),
          store.swReceipts.forDocument(record.docKey),
          originalsOf(sw.ctx, record, participant),
        ]);
        return { inventory: inventoryView(record), events: events.map(eventView), receipts: receipts.map(receiptView), originals };
      },
    );

    app.post(
      '/v1/single-window/inventories/:id/decision',
      {
        config: { access: ['customs'], action: 'decide on inventories' },
        schema: {
          tags,
          summary: 'An officer releases, rejects or orders inspection of an inventory in review or inspection',
          params: z.object({ id: z.string().min(1).max(64) }),
          body: z.object({
            action: z.enum(['release', 'reject', 'inspect']),
            reason: z.string().trim().min(1, 'say why').max(500),
          }),
          response: { 200: InventoryView, 409: protectedErrors[400], ...protectedErrors },
        },
      },
      async (request) => {
        const { participant } = principalOf(request);
        const updated = await decide(sw.ctx, {
          inventoryId: request.params.id,
          action: request.body.action,
          reason: request.body.reason,
          officer: { id: participant.id, name: participant.name },
        });
        return inventoryView(updated);
      },
    );

    app.get(
      '/v1/single-window/quota/:idNumber',
      {
        config: { access: ['customs', 'admin', 'ebp', 'ebc'], action: "query a buyer's quota" },
        schema: {
          tags,
          summary: "A buyer's annual cross-border quota: limit, used, remaining (the number is masked in the answer)",
          params: z.object({ idNumber: z.string().regex(/^[0-9]{17}[0-9Xx]$/, 'an 18-character resident ID number') }),
          querystring: z.object({ year: z.coerce.number().int().min(2016).max(2100).optional() }),
          response: { 200: BuyerQuotaView, ...protectedErrors },
        },
      },
      async (request) => {
        const quota = await quotaOf(sw.ctx, request.params.idNumber, request.query.year);
        return { ...quota, releases: [...quota.releases] };
      },
    );

    app.get(
      '/v1/single-window/stats',
      {
        config: { access: OFFICIALS, action: 'see supervision statistics' },
        schema: {
          tags,
          summary: 'Supervision statistics: by day, mode, origin, HS chapter, enterprise, rejection cause; funnel; time to release',
          querystring: z.object({
            from: z.iso.datetime({ offset: true }).optional(),
            to: z.iso.datetime({ offset: true }).optional(),
            customsCode: z.string().regex(/^\d{4}$/).optional(),
          }),
          response: { 200: StatsView, ...protectedErrors },
        },
      },
      async (request) => {
        const to = request.query.to ? new Date(request.query.to) : new Date(sw.ctx.now().getTime() + 1000);
        const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - 30 * 86_400_000);
        const stats = await store.stats.supervision({ from, to, ...(request.query.customsCode && { customsCode: request.query.customsCode }) });
        return statsView(stats);
      },
    );

    app.get(
      '/v1/single-window/stock',
      {
        config: { access: ['customs', 'admin', 'warehouse', 'ebc'], action: 'see bonded stock' },
        schema: {
          tags,
          summary: 'Bonded stock (1210) per enterprise and item (a merchant sees its own)',
          querystring: z.object({ owner: z.string().max(18).optional() }),
          response: {
            200: z.object({ items: z.array(StockRowView) }),
            ...protectedErrors,
          },
        },
      },
      async (request) => {
        const { participant } = principalOf(request);
        const owner = participant.role === 'ebc' ? participant.code : request.query.owner;
        const rows = await store.stock.list(owner);
        return { items: rows.map((r) => ({ ownerCode: r.ownerCode, itemKey: r.itemKey, qty: r.qty, updatedAt: r.updatedAt.toISOString() })) };
      },
    );
  };
