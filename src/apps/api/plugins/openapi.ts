import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions, type RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const DOCS_PREFIX = '/docs';

/**
 * The OpenAPI 3.1 document, generated from the route schemas, at /openapi.json and readable at /docs.
 *
 * It is built on first use, not at start: @fastify/swagger loads its whole OpenAPI builder when it is registered
 * (~150–200 ms of the cold start). So the routes are noted as they are added, and the first request for the
 * document replays them (method, URL, schema) into a throw-away Fastify instance with @fastify/swagger registered
 * the usual way: the same document, from the same schemas, built once.
 */
export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  let built: Promise<BuiltDocument> | undefined;
  let document: BuiltDocument | undefined;
  const ensure = async (): Promise<BuiltDocument> => {
    built ??= buildDocument(routes, version).then((d) => {
      document = d;
      return d;
    });
    return built;
  };
  // what @fastify/swagger would decorate (and @fastify/swagger-ui calls, after the hook below has built it)
  await app.register(
    withPluginMeta(async (instance) => {
      instance.decorate('swagger', ((opts?: { yaml?: boolean }) => {
        if (!document) throw new Error('the OpenAPI document is not built yet');
        return opts?.yaml ? document.yaml : document.json;
      }) as FastifyInstance['swagger']);
    }, '@fastify/swagger'),
  );
  await app.register(async (docs) => {
    docs.addHook('onRequest', async () => {
      await ensure();
    });
    await docs.register(swaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { docExpansion: 'list', deepLinking: true } });
  });
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => (await ensure()).json);
}

interface BuiltDocument {
  readonly json: ReturnType<FastifyInstance['swagger']>;
  readonly yaml: string;
}

/** No validation or serialisation in the throw-away instance: only its routes' schemas are read. */
const NO_COMPILERS = {
  compilersFactory: { buildValidator: () => () => () => true, buildSerializer: () => () => (data: unknown) => JSON.stringify(data) },
} as unknown as NonNullable<FastifyServerOptions['schemaController']>;

async function buildDocument(routes: readonly RouteOptions[], version: string): Promise<BuiltDocument> {
  const { default: swagger } = await import('@fastify/swagger');
  const shadow = Fastify({ exposeHeadRoutes: false, schemaController: NO_COMPILERS });
  try {
    await shadow.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Crossgate API',
          version,
          description:
            'Cross-border e-commerce on one platform. Authenticate with `Authorization: Bearer <API key>`. ' +
            'Errors are `{"error":{"code","message","details"}}` with a stable dotted code.',
        },
        components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearerAuth: [] }],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await shadow.register(async (scope) => {
      for (const route of routes) {
        scope.route({ method: route.method, url: route.url, ...(route.schema && { schema: route.schema }), handler: async () => null });
      }
    });
    await shadow.ready();
    return { json: shadow.swagger(), yaml: shadow.swagger({ yaml: true }) };
  } finally {
    await shadow.close();
  }
}

/** Marks a plugin as fastify-plugin does: not encapsulated, and known by `name` to plugins that depend on it. */
function withPluginMeta(plugin: FastifyPluginAsync, name: string): FastifyPluginAsync {
  return Object.assign(plugin, {
    [Symbol.for('skip-override')]: true,
    [Symbol.for('fastify.display-name')]: name,
    [Symbol.for('plugin-meta')]: { name },
  });
}
