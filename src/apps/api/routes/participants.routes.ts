import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import type { Participant } from '../../../ports/participants.port.js';
import type { Store } from '../../../ports/store.port.js';
import {
  createParticipant,
  issueApiKey,
  type Principal,
} from '../../../workflows/participants/participants.workflow.js';
import type { PrincipalCache } from '../../../workflows/participants/principal-cache.js';
import { principalOf } from '../plugins/auth.js';
import {
  ApiKeyView,
  apiKeyView,
  IssuedKeyView,
  issuedKeyView,
  ParticipantView,
  participantView,
  protectedErrors,
  RoleSchema,
} from '../schemas.js';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const ErrorsWithConflict = { ...protectedErrors, 409: protectedErrors[400] };

/** A participant sees itself; admin sees everyone; anyone else's record does not exist for the caller. */
async function visible(store: Store, principal: Principal, id: string): Promise<Participant> {
  const isSelf = principal.participant.id === id;
  const found = isSelf || principal.participant.role === 'admin' ? await store.participants.byId(id) : undefined;
  if (!found) throw new AppError('resource.not_found', { resource: 'participant', id });
  return found;
}

export const participantRoutes =
  (store: Store, principals: PrincipalCache): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['participants'];

    app.post(
      '/v1/participants',
      {
        config: { access: ['admin'], action: 'create participants' },
        schema: {
          tags,
          summary: 'Register a party of cross-border trade (admin); returns its first API key once',
          body: z.object({
            role: RoleSchema,
            code: z.string().min(1).max(32).meta({ description: 'Registered customs code (enterprises: 1–18)' }),
            name: z.string().min(1).max(200),
            callbackUrl: z.url({ protocol: /^https?$/ }).nullable().optional(),
          }),
          response: {
            201: z.object({ participant: ParticipantView, apiKey: IssuedKeyView }),
            ...ErrorsWithConflict,
          },
        },
      },
      async (request, reply) => {
        const created = await createParticipant(store, { ...request.body, withKey: true });
        if (!created.apiKey) throw new AppError('internal.unexpected', { step: 'first key' });
        reply.status(201);
        return { participant: participantView(created.participant), apiKey: issuedKeyView(created.apiKey) };
      },
    );

    app.get(
      '/v1/participants',
      {
        config: { access: ['admin'], action: 'list participants' },
        schema: {
          tags,
          summary: 'List participants (admin), oldest first, with keyset pagination',
          querystring: z.object({
            role: RoleSchema.optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            after: z.string().max(64).optional(),
          }),
          response: { 200: z.object({ items: z.array(ParticipantView), next: z.string().nullable() }), ...protectedErrors },
        },
      },
      async (request) => {
        const { limit } = request.query;
        const items = await store.participants.list(request.query);
        return { items: items.map(participantView), next: items.length === limit ? (items.at(-1)?.id ?? null) : null };
      },
    );

    app.get(
      '/v1/participants/me',
      {
        schema: { tags, summary: 'The calling participant', response: { 200: ParticipantView, ...protectedErrors } },
      },
      async (request) => participantView(principalOf(request).participant),
    );

    app.get(
      '/v1/participants/:id',
      {
        schema: { tags, summary: 'One participant', params: IdParams, response: { 200: ParticipantView, ...protectedErrors } },
      },
      async (request) => participantView(await visible(store, principalOf(request), request.params.id)),
    );

    app.patch(
      '/v1/participants/:id',
      {
        schema: {
          tags,
          summary: 'Change name or callback URL (self or admin); enable or disable (admin)',
          params: IdParams,
          body: z
            .object({
              name: z.string().min(1).max(200),
              callbackUrl: z.url({ protocol: /^https?$/ }).nullable(),
              disabled: z.boolean(),
            })
            .partial(),
          response: { 200: ParticipantView, ...protectedErrors },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const target = await visible(store, principal, request.params.id);
        if (request.body.disabled !== undefined && principal.participant.role !== 'admin') {
          throw new AppError('auth.forbidden', { role: principal.participant.role, action: 'disable participants' });
        }
        const updated = await store.participants.update(target.id, request.body);
        principals.clear();
        if (!updated) throw new AppError('resource.not_found', { resource: 'participant', id: target.id });
        return participantView(updated);
      },
    );

    app.get(
      '/v1/participants/:id/keys',
      {
        schema: {
          tags,
          summary: "A participant's API keys (never the secrets)",
          params: IdParams,
          response: { 200: z.object({ items: z.array(ApiKeyView) }), ...protectedErrors },
        },
      },
      async (request) => {
        const target = await visible(store, principalOf(request), request.params.id);
        return { items: (await store.apiKeys.listFor(target.id)).map(apiKeyView) };
      },
    );

    app.post(
      '/v1/participants/:id/keys',
      {
        schema: {
          tags,
          summary: 'Issue another API key (self or admin); the key is shown once',
          params: IdParams,
          body: z.object({ label: z.string().max(100).nullable().optional() }).optional(),
          response: { 201: IssuedKeyView, ...protectedErrors },
        },
      },
      async (request, reply) => {
        const target = await visible(store, principalOf(request), request.params.id);
        const issued = await issueApiKey(store, target.id, request.body?.label ?? null);
        reply.status(201);
        return issuedKeyView(issued);
      },
    );

    app.delete(
      '/v1/participants/:id/keys/:keyId',
      {
        schema: {
          tags,
          summary: 'Revoke an API key (self or admin)',
          params: IdParams.extend({ keyId: z.string().min(1).max(64) }),
          response: { 204: z.null(), ...protectedErrors },
        },
      },
      async (request, reply) => {
        const target = await visible(store, principalOf(request), request.params.id);
        if (!(await store.apiKeys.revoke(target.id, request.params.keyId))) {
          throw new AppError('resource.not_found', { resource: 'API key', id: request.params.keyId });
        }
        principals.clear();
        return reply.status(204).send(null);
      },
    );
  };
