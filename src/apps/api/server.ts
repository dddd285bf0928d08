import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Store } from '../../ports/store.port.js';
import { PrincipalCache } from '../../workflows/participants/principal-cache.js';
import { createSingleWindow, type SingleWindow } from '../../workflows/single-window/index.js';
import { createTariffService, type TariffService } from '../../workflows/tariff/tariff-cache.js';
import type { Hub } from '../../workflows/hub/index.js';
import { installAuth } from './plugins/auth.js';
import { consoleRoutes, DEFAULT_CONSOLE_DIR } from './plugins/console.js';
import { installErrorHandling } from './plugins/errors.js';
import { installIdempotency } from './plugins/idempotency.js';
import { DOCS_PREFIX, installOpenApi } from './plugins/openapi.js';
import { RequestLogController } from './plugins/request-log.js';
import { certificateRoutes } from './routes/certificates.routes.js';
import { clearanceRoutes } from './routes/clearance.routes.js';
import { healthRoutes } from './routes/health.route.js';
import { hubRoutes } from './routes/hub.routes.js';
import { jobRoutes } from './routes/jobs.routes.js';
import { participantRoutes } from './routes/participants.routes.js';
import { singleWindowIntakeRoutes } from './routes/single-window.routes.js';
import { tariffRoutes } from './routes/tariff.routes.js';
import { taxRoutes } from './routes/tax.routes.js';

export interface ApiDeps {
  readonly store: Store;
  readonly log: Logger;
  readonly version: string;
  /** Nudges the in-process worker (embedded mode) after work was queued. */
  readonly wakeWorker?: () => void;
  /** The in-memory tariff the tax quotes read (default: one over `store`). */
  readonly tariff?: TariffService;
  /** The reference single window (default: one over `store` and `tariff`, with the default policy). */
  readonly singleWindow?: SingleWindow;
  /** The built web console served at `/` (default: dist/console). */
  readonly consoleDir?: string;
  /** The integration hub (default: one over `store` with the registry's connectors). */
  readonly hub?: Hub;
}

/**
 * zod validates and serialises every route, so Fastify's default compilers (ajv, fast-json-stringify) need not be
 * loaded at all: a few hundred milliseconds of the cold start. (Fastify types the factories for ajv, hence the cast.)
 */
const ZOD_ONLY = {
  compilersFactory: { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler },
} as unknown as NonNullable<FastifyServerOptions['schemaController']>;

/** Builds the HTTP API: thin routes over workflows and queries, one error format, OpenAPI from the schemas. */
export async function buildApi(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 4 * 1024 * 1024,
    logController: new RequestLogController(), // one line per request
    schemaController: ZOD_ONLY,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });
  installErrorHandling(app);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(DOCS_PREFIX)) route.config = { ...route.config, access: 'public' };
  });
  await installOpenApi(app, deps.version);
  const principals = new PrincipalCache(deps.store);
  installAuth(app, principals);
  installIdempotency(app, deps.store);
  await app.register(healthRoutes(deps.store));
  await app.register(participantRoutes(deps.store, principals));
  await app.register(jobRoutes({ store: deps.store, ...(deps.wakeWorker && { onReplay: deps.wakeWorker }) }));
  const tariff = deps.tariff ?? createTariffService(deps.store);
  await app.register(taxRoutes({ tariff }));
  await app.register(tariffRoutes({ tariff }));
  const sw =
    deps.singleWindow ??
    createSingleWindow({ store: deps.store, tariff });
  await app.register(singleWindowIntakeRoutes(sw));
  await app.register(clearanceRoutes(sw));
  await app.register(certificateRoutes(sw));
  await app.register(hubRoutes({ store: deps.store, tariff, ...(deps.hub && { hub: deps.hub }), ...(deps.wakeWorker && { wake: deps.wakeWorker }) }));
  await app.register(consoleRoutes(deps.consoleDir ?? DEFAULT_CONSOLE_DIR));
  return app;
}
