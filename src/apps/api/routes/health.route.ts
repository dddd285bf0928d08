import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import type { Store } from '../../../ports/store.port.js';
import { ErrorBody } from '../schemas.js';

export const healthRoutes =
  (store: Store): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/healthz',
      {
        config: { access: 'public' },
        schema: {
          tags: ['platform'],
          summary: 'Liveness and database reachability',
          response: {
            200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }),
            503: ErrorBody,
          },
        },
      },
      async () => {
        try {
          await store.ping();
        } catch (error) {
          throw new AppError('storage.unavailable', { reason: 'ping failed' }, { cause: error });
        }
        return { status: 'ok' as const, db: store.kind };
      },
    );
  };
