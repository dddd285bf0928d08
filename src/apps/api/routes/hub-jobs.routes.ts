import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import type { OwnedJob } from '../../../ports/jobs.port.js';
import type { Principal } from '../../../workflows/participants/participants.workflow.js';
import { failedStepView } from '../../../workflows/hub/failed-steps.js';
import type { Hub } from '../../../workflows/hub/index.js';
import { FailedStepView } from '../failed-steps.schemas.js';
import { principalOf } from '../plugins/auth.js';
import { protectedErrors } from '../schemas.js';
import { HUB_ROLES } from './hub-deals.routes.js';

const HUB_PREFIX = 'hub.';

/** The merchant's own failed hub work (deal steps, status webhooks, receipt followers, product imports) and a replay. */
export const hubJobRoutes =
  (hub: Hub): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['hub: failed steps'];
    const config = { access: HUB_ROLES, action: 'inspect failed steps' };
    const { store } = hub.ctx;
    const scope = (p: Principal) => (p.participant.role === 'admin' ? {} : { participantId: p.participant.id });

    /** A hub job the caller owns (the administrator: every hub job); anyone else gets 404, as for a job that does not exist. */
    async function visible(principal: Principal, id: string): Promise<OwnedJob> {
      const found = await store.jobs.ownedById(id);
      const mine = found?.job.queue.startsWith(HUB_PREFIX) && (principal.participant.role === 'admin' || found.ownerId === principal.participant.id);
      if (!found || !mine) throw new AppError('job.not_found', { id });
      return found;
    }

    app.get(
      '/v1/hub/jobs',
      {
        config,
        schema: {
          tags,
          summary: 'Steps of your deals that failed: dead (gave up, replay them) or failed (will be tried again)',
          querystring: z.object({
            status: z.enum(['dead', 'failed']).default('dead'),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            after: z.string().max(64).optional(),
          }),
          response: { 200: z.object({ items: z.array(FailedStepView), next: z.string().nullable() }), ...protectedErrors },
        },
      },
      async (request) => {
        const { status, limit, after } = request.query;
        const items = await store.jobs.listOwned({ queuePrefix: HUB_PREFIX, state: status, limit, ...scope(principalOf(request)), ...(after && { after }) });
        return { items: items.map(failedStepView), next: items.length === limit ? (items.at(-1)?.job.id ?? null) : null };
      },
    );

    app.post(
      '/v1/hub/jobs/:id/replay',
      {
        config: { ...config, action: 'replay failed steps' },
        schema: {
          tags,
          summary: 'Run a dead step again with a fresh attempt budget (its handler is idempotent: a step already done does nothing)',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 202: FailedStepView, 409: protectedErrors[400], ...protectedErrors },
        },
      },
      async (request, reply) => {
        const owned = await visible(principalOf(request), request.params.id);
        const replayed = await store.jobs.replay(owned.job.id);
        if (!replayed) throw new AppError('job.not_dead', { id: owned.job.id, status: owned.job.status });
        hub.ctx.wake();
        reply.status(202);
        return failedStepView({ ...owned, job: replayed });
      },
    );
  };
