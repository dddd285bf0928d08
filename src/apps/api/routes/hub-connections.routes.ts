import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CONNECTOR_KINDS, connectorCatalogue } from '../../../connectors/index.js';
import { AppError } from '../../../kernel/errors/index.js';
import { type Connection, CONNECTION_KINDS } from '../../../ports/hub.port.js';
import type { JsonObject } from '../../../ports/json.js';
import type { Principal } from '../../../workflows/participants/participants.workflow.js';
import { type ConnectionInput, type ConnectionUpdate, connectionView, createConnection, disableConnection, updateConnection } from '../../../workflows/hub/connections.js';
import type { Hub } from '../../../workflows/hub/index.js';
import { principalOf } from '../plugins/auth.js';
import { ConnectionBody, ConnectionPatchBody, ConnectionView } from '../hub.schemas.js';
import { protectedErrors } from '../schemas.js';
import { HUB_ROLES } from './hub-deals.routes.js';

const ConnectorView = z.object({
  key: z.string(),
  id: z.string(),
  kind: z.enum(CONNECTOR_KINDS),
  label: z.string(),
  description: z.string(),
  version: z.string(),
  capabilities: z.array(z.string()),
  speaks: z.object({ format: z.string(), references: z.array(z.string()) }),
  settingsSchema: z.record(z.string(), z.unknown()),
  secretFields: z.array(z.string()),
});

/** The connectors Crossgate ships, and the connections a participant configured (secrets write-only). */
export const hubConnectionRoutes =
  (hub: Hub): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['hub: connections'];
    const config = { access: HUB_ROLES, action: 'configure connections' };
    const params = z.object({ id: z.string().min(1).max(64) });
    const view = (c: Connection) => connectionView(hub.ctx, c) as z.infer<typeof ConnectionView>;
    const invalid = { 400: protectedErrors[400], 409: protectedErrors[400] };

    async function own(principal: Principal, id: string): Promise<Connection> {
      const c = await hub.ctx.store.hubConnections.byId(id);
      if (!c || (c.participantId !== principal.participant.id && principal.participant.role !== 'admin')) throw new AppError('connection.not_found', { id });
      return c;
    }

    app.get(
      '/v1/connectors',
      { config, schema: { tags, summary: 'The connectors available, with their settings form (JSON Schema)', querystring: z.object({ kind: z.enum(CONNECTOR_KINDS).optional() }), response: { 200: z.object({ items: z.array(ConnectorView) }), ...protectedErrors } } },
      async (request) => ({ items: connectorCatalogue(request.query.kind).map((c) => ({ ...c, capabilities: [...c.capabilities], speaks: { format: c.speaks.format, references: [...c.speaks.references] }, secretFields: [...c.secretFields] })) }),
    );

    app.get(
      '/v1/connections',
      {
        config,
        schema: {
          tags,
          summary: 'Your connections (secrets are never returned)',
          querystring: z.object({ kind: z.enum(CONNECTION_KINDS).optional(), includeDisabled: z.coerce.boolean().default(false), limit: z.coerce.number().int().min(1).max(200).default(50), after: z.string().max(64).optional() }),
          response: { 200: z.object({ items: z.array(ConnectionView), next: z.string().nullable() }), ...protectedErrors },
        },
      },
      async (request) => {
        const { kind, includeDisabled, limit, after } = request.query;
        const items = await hub.ctx.store.hubConnections.list({ participantId: principalOf(request).participant.id, limit, includeDisabled, ...(kind && { kind }), ...(after && { after }) });
        return { items: items.map(view), next: items.length === limit ? (items.at(-1)?.id ?? null) : null };
      },
    );

    app.post(
      '/v1/connections',
      { config, schema: { tags, summary: 'Configure a connector: settings validated by its schema; secrets write-only', body: ConnectionBody, response: { 201: ConnectionView, ...invalid, ...protectedErrors } } },
      async (request, reply) => {
        const created = await createConnection(hub.ctx, principalOf(request).participant.id, request.body as ConnectionInput);
        reply.status(201);
        return view(created);
      },
    );

    app.get(
      '/v1/connections/:id',
      { config, schema: { tags, summary: 'One connection (secrets are never returned)', params, response: { 200: ConnectionView, ...protectedErrors } } },
      async (request) => view(await own(principalOf(request), request.params.id)),
    );

    app.patch(
      '/v1/connections/:id',
      { config, schema: { tags, summary: 'Change a connection: settings are merged (leave secrets out to keep them)', params, body: ConnectionPatchBody, response: { 200: ConnectionView, ...invalid, ...protectedErrors } } },
      async (request) => {
        const existing = await own(principalOf(request), request.params.id);
        const body = request.body;
        const update: ConnectionUpdate = { ...body, ...(body.settings && { settings: body.settings as JsonObject }) } as ConnectionUpdate;
        return view(await updateConnection(hub.ctx, existing, update));
      },
    );

    app.delete(
      '/v1/connections/:id',
      { config, schema: { tags, summary: 'Disable a connection (its deals keep their history)', params, response: { 200: ConnectionView, ...protectedErrors } } },
      async (request) => {
        const existing = await own(principalOf(request), request.params.id);
        return view(await disableConnection(hub.ctx, existing));
      },
    );
  };
