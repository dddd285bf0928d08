import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import { JOB_STATUSES } from '../../../ports/jobs.port.js';
import type { Store } from '../../../ports/store.port.js';
import { JobView, jobView, protectedErrors } from '../schemas.js';

export interface JobRoutesOptions {
  readonly store: Store;
  /** Called after a replay so an in-process worker picks the job up at once. */
  readonly onReplay?: () => void;
}

export const jobRoutes =
  ({ store, onReplay }: JobRoutesOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['jobs'];
    const access = ['admin'] as const;

    app.get(
      '/v1/jobs',
      {
        config: { access, action: 'inspect jobs' },
        schema: {
          tags,
          summary: 'Background jobs by status (dead = the dead-letter list)',
          querystring: z.object({
            status: z.enum(JOB_STATUSES).optional(),
            queue: z.string().max(100).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
            after: z.string().max(64).optional(),
          }),
          response: { 200: z.object({ items: z.array(JobView), next: z.string().nullable() }), ...protectedErrors },
        },
      },
      async (request) => {
        const items = await store.jobs.list(request.query);
        const next = items.length === request.query.limit ? (items.at(-1)?.id ?? null) : null;
        return { items: items.map(jobView), next };
      },
    );

    app.get(
      '/v1/jobs/counts',
      {
        config: { access, action: 'inspect jobs' },
        schema: {
          tags,
          summary: 'How many jobs are in each status',
          response: { 200: z.record(z.enum(JOB_STATUSES), z.number().int()), ...protectedErrors },
        },
      },
      async () => store.jobs.counts(),
    );

    app.post(
      '/v1/jobs/:id/replay',
      {
        config: { access, action: 'replay jobs' },
        schema: {
          tags,
          summary: 'Send a dead job back to the queue with a fresh attempt budget',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 200: JobView, 409: protectedErrors[400], ...protectedErrors },
        },
      },
      async (request) => {
        const replayed = await store.jobs.replay(request.params.id);
        if (!replayed) {
          const job = await store.jobs.byId(request.params.id);
          if (!job) throw new AppError('job.not_found', { id: request.params.id });
          throw new AppError('job.not_dead', { id: job.id, status: job.status });
        }
        onReplay?.();
        return jobView(replayed);
      },
    );
  };
