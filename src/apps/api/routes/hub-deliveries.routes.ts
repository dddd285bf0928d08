import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import type { WebhookDeliveryRecord } from '../../../ports/hub.port.js';
import type { Principal } from '../../../workflows/participants/participants.workflow.js';
import { notifyJob } from '../../../workflows/hub/steps/notify.step.js';
import type { Hub } from '../../../workflows/hub/index.js';
import { deliveryView } from '../../../workflows/hub/queries.js';
import { newId } from '../../../kernel/ids.js';
import { principalOf } from '../plugins/auth.js';
import { DeliveryView } from '../hub.schemas.js';
import { protectedErrors } from '../schemas.js';
import { HUB_ROLES } from './hub-deals.routes.js';

/** The log of status webhooks sent to storefronts: every attempt, the failed ones, and a replay. */
export const hubDeliveryRoutes =
  (hub: Hub): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['hub: webhooks'];
    const config = { access: HUB_ROLES, action: 'inspect webhook deliveries' };
    const { store } = hub.ctx;
    const scope = (p: Principal) => (p.participant.role === 'admin' ? {} : { participantId: p.participant.id });

    async function visible(principal: Principal, id: string): Promise<WebhookDeliveryRecord> {
      const found = await store.hubWebhooks.byId(id);
      const owner = found && (await store.hubConnections.byId(found.connectionId));
      if (!found || !owner || (principal.participant.role !== 'admin' && owner.participantId !== principal.participant.id)) {
        throw new AppError('delivery.not_found', { id });
      }
      return found;
    }

    app.get(
      '/v1/webhook-deliveries',
      {
        config,
        schema: {
          tags,
          summary: 'Status webhooks sent to your storefronts (status=failed: the ones to look at)',
          querystring: z.object({
            status: z.enum(['pending', 'delivered', 'failed']).optional(),
            dealId: z.string().max(64).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
            after: z.string().max(64).optional(),
          }),
          response: { 200: z.object({ items: z.array(DeliveryView), next: z.string().nullable() }), ...protectedErrors },
        },
      },
      async (request) => {
        const { status, dealId, limit, after } = request.query;
        const items = await store.hubWebhooks.list({ ...scope(principalOf(request)), limit, ...(status && { status }), ...(dealId && { dealId }), ...(after && { after }) });
        return { items: items.map(deliveryView), next: items.length === limit ? (items.at(-1)?.id ?? null) : null };
      },
    );

    app.get(
      '/v1/webhook-deliveries/:id',
      {
        config,
        schema: {
          tags,
          summary: 'One delivery with every attempt (status code, error, duration)',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: {
            200: DeliveryView.extend({
              attempts_log: z.array(z.object({ attempt: z.number().int(), at: z.string(), statusCode: z.number().int().nullable(), error: z.string().nullable(), durationMs: z.number().int().nullable() })),
            }),
            ...protectedErrors,
          },
        },
      },
      async (request) => {
        const d = await visible(principalOf(request), request.params.id);
        const attempts = await store.hubWebhooks.attempts(d.id);
        return { ...deliveryView(d), attempts_log: attempts.map((a) => ({ ...a, at: a.at.toISOString() })) };
      },
    );

    app.post(
      '/v1/webhook-deliveries/:id/replay',
      {
        config: { ...config, action: 'replay webhook deliveries' },
        schema: {
          tags,
          summary: 'Send a failed delivery again (same event id and body, signed afresh), with the full retry schedule',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 202: DeliveryView, 409: protectedErrors[400], ...protectedErrors },
        },
      },
      async (request, reply) => {
        const d = await visible(principalOf(request), request.params.id);
        const reopened = await store.transaction(async (tx) => {
          if (!(await tx.hubWebhooks.reopen(d.id))) return false;
          // a new series of attempts: the whole retry schedule again, counted from the attempts so far
          await tx.jobs.enqueue([notifyJob(d.id, { round: d.attempts, dedupeKey: `notify:${d.id}:replay:${newId('rpl')}` })]);
          return true;
        });
        if (!reopened) throw new AppError('delivery.not_failed', { id: d.id, status: d.status });
        reply.status(202);
        return deliveryView((await store.hubWebhooks.byId(d.id)) ?? d);
      },
    );
  };
