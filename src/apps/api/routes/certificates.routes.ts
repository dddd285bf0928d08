import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import type { CertificateRecord } from '../../../ports/single-window.port.js';
import { registerCertificate, type SingleWindow } from '../../../workflows/single-window/index.js';
import { principalOf } from '../plugins/auth.js';
import { protectedErrors } from '../schemas.js';

const CertificateView = z
  .object({
    id: z.string(),
    participantId: z.string(),
    keyName: z.string(),
    algorithm: z.enum(['sm2', 'rsa']),
    pem: z.string(),
    createdAt: z.string(),
    revoked: z.boolean(),
  })
  .meta({ id: 'Certificate' });

const view = (c: CertificateRecord): z.infer<typeof CertificateView> => ({
  id: c.id,
  participantId: c.participantId,
  keyName: c.keyName,
  algorithm: c.algorithm,
  pem: c.pem,
  createdAt: c.createdAt.toISOString(),
  revoked: c.revokedAt !== null,
});

/** The signing certificates a participant's messages are verified against (self or admin manages them). */
export const certificateRoutes =
  (sw: SingleWindow): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['participants'];
    const { store } = sw.ctx;
    const own = async (principalId: string, role: string, id: string) => {
      if (principalId !== id && role !== 'admin') throw new AppError('resource.not_found', { resource: 'participant', id });
      if (!(await store.participants.byId(id))) throw new AppError('resource.not_found', { resource: 'participant', id });
    };

    app.post(
      '/v1/participants/:id/certificates',
      {
        schema: {
          tags,
          summary: 'Register a signing certificate (X.509 or public key PEM; SM2 or RSA) for message verification',
          params: z.object({ id: z.string().min(1).max(64) }),
          body: z.object({
            pem: z.string().min(40).max(20_000),
            keyName: z.string().min(1).max(64).optional().meta({ description: 'The ds:KeyName signatures name; default the certificate serial' }),
          }),
          response: { 201: CertificateView, 409: protectedErrors[400], ...protectedErrors },
        },
      },
      async (request, reply) => {
        const { participant } = principalOf(request);
        await own(participant.id, participant.role, request.params.id);
        const stored = await registerCertificate(store, request.params.id, request.body);
        sw.senderKeys.invalidate(request.params.id);
        reply.status(201);
        return view(stored);
      },
    );

    app.get(
      '/v1/participants/:id/certificates',
      {
        schema: {
          tags,
          summary: "A participant's signing certificates",
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 200: z.object({ items: z.array(CertificateView) }), ...protectedErrors },
        },
      },
      async (request) => {
        const { participant } = principalOf(request);
        await own(participant.id, participant.role, request.params.id);
        return { items: (await store.certificates.listFor(request.params.id)).map(view) };
      },
    );

    app.delete(
      '/v1/participants/:id/certificates/:certificateId',
      {
        schema: {
          tags,
          summary: 'Revoke a signing certificate: messages signed with it are refused from now on',
          params: z.object({ id: z.string().min(1).max(64), certificateId: z.string().min(1).max(64) }),
          response: { 204: z.null(), ...protectedErrors },
        },
      },
      async (request, reply) => {
        const { participant } = principalOf(request);
        await own(participant.id, participant.role, request.params.id);
        if (!(await store.certificates.revoke(request.params.id, request.params.certificateId))) {
          throw new AppError('resource.not_found', { resource: 'certificate', id: request.params.certificateId });
        }
        sw.senderKeys.invalidate(request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
