import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../../../ports/store.port.js';
import { createHub, type Hub } from '../../../workflows/hub/index.js';
import type { TariffService } from '../../../workflows/tariff/tariff-cache.js';
import { registryConnectors } from '../../hub-connectors.js';
import { hubConnectionRoutes } from './hub-connections.routes.js';
import { hubDealRoutes } from './hub-deals.routes.js';
import { hubDeliveryRoutes } from './hub-deliveries.routes.js';
import { hubJobRoutes } from './hub-jobs.routes.js';
import { hubProductImportRoutes } from './hub-product-imports.routes.js';
import { hubProductRoutes } from './hub-products.routes.js';
import { hubWebhookRoutes } from './hub-webhooks.routes.js';

export interface HubRoutesOptions {
  /** The hub the platform runs (default: one over `store` with the registry's connectors, for API-only tests). */
  readonly hub?: Hub;
  readonly store: Store;
  readonly tariff: TariffService;
  readonly wake?: () => void;
}

/** Every route of the integration hub, each group in its own encapsulated plugin. */
export const hubRoutes =
  (options: HubRoutesOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const hub =
      options.hub ??
      createHub({ store: options.store, tariff: options.tariff, connectors: registryConnectors({ store: options.store }), ...(options.wake && { wake: options.wake }) });
    await app.register(hubWebhookRoutes(hub));
    await app.register(hubDealRoutes(hub));
    await app.register(hubConnectionRoutes(hub));
    await app.register(hubProductRoutes(hub));
    await app.register(hubProductImportRoutes(hub));
    await app.register(hubDeliveryRoutes(hub));
    await app.register(hubJobRoutes(hub));
  };
