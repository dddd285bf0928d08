import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import { receiveMessage, type SingleWindow } from '../../../workflows/single-window/index.js';
import { principalOf } from '../plugins/auth.js';
import { protectedErrors } from '../schemas.js';
import { IntakeView, ReceiptView, receiptView } from '../sw.schemas.js';

const SENDERS = ['ebp', 'ebc', 'payment', 'logistics', 'warehouse'] as const;
const XML_TYPES = ['application/xml', 'text/xml'];
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** Intake of customs messages and the receipts that answer them. */
export const singleWindowIntakeRoutes =
  (sw: SingleWindow): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['single window'];
    app.addContentTypeParser(XML_TYPES, { parseAs: 'string', bodyLimit: MAX_MESSAGE_BYTES }, (_req, body, done) =>
      done(null, body),
    );

    app.post(
      '/v1/single-window/messages',
      {
        config: { access: SENDERS, action: 'send declarations' },
        schema: {
          tags,
          summary: 'Send a declaration (CEB311/411/511/513/621/623/625/711), bare or in a DxpMsg envelope',
          description:
            'Body: the XML (`Content-Type: application/xml`). Format, sender and signature are checked at once; ' +
            'a refused message is answered with 4xx here and a CEB900 receipt. Accepted messages are processed ' +
            'asynchronously and answered with receipts (pull them, or register a callback URL). Sending the same ' +
            'message again (same sender, type and guid) has no further effect.',
          body: z.string().min(1).meta({ description: 'CEB message or DxpMsg (XML)' }),
          response: { 202: IntakeView, 413: protectedErrors[400], 422: protectedErrors[400], ...protectedErrors },
        },
      },
      async (request, reply) => {
        if (typeof request.body !== 'string' || !XML_TYPES.some((t) => request.headers['content-type']?.startsWith(t))) {
          throw new AppError('request.unsupported_media_type', { contentType: request.headers['content-type'] ?? 'none' });
        }
        const result = await receiveMessage(sw.ctx, sw.senderKeys, principalOf(request).participant, request.body);
        reply.status(202);
        return result;
      },
    );

    app.get(
      '/v1/single-window/messages/:id',
      {
        schema: {
          tags,
          summary: 'A received message as it was sent (the signed XML, the envelope opened): to its sender and to customs',
          description:
            'The single window keeps every message it received, accepted or refused, as the evidence of what was ' +
            'declared and signed. `id` is the `messageId` intake answered with.',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 200: z.string(), ...protectedErrors },
        },
      },
      async (request, reply) => {
        const { participant } = principalOf(request);
        const message = await sw.ctx.store.swMessages.byId(request.params.id);
        if (!message || (message.senderId !== participant.id && participant.role !== 'customs')) {
          throw new AppError('resource.not_found', { resource: 'message', id: request.params.id });
        }
        return reply.type('application/xml; charset=utf-8').send(message.xml);
      },
    );

    app.get(
      '/v1/single-window/receipts',
      {
        schema: {
          tags,
          summary: "The caller's receipts after a cursor, in commit order (pass the returned `next` as `since`)",
          description:
            'Receipts appear once no transaction still running could precede them, so a cursor never skips one committed ' +
            'late. On PostgreSQL that means every older transaction on the server (all its databases): a long-open write ' +
            'transaction anywhere there delays receipts until it ends (none is lost). `seq` identifies a receipt; it is ' +
            'not ascending across the listing.',
          querystring: z.object({
            since: z.string().regex(/^\d{1,15}$/, 'a cursor returned by an earlier call').default('0'),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: z.object({ items: z.array(ReceiptView), next: z.string() }), ...protectedErrors },
        },
      },
      async (request) => {
        const after = Number(request.query.since);
        const items = await sw.ctx.store.swReceipts.since(principalOf(request).participant.id, after, request.query.limit);
        return { items: items.map(receiptView), next: String(items.at(-1)?.seq ?? after) };
      },
    );

    app.get(
      '/v1/single-window/receipts/:id',
      {
        schema: {
          tags,
          summary: 'One receipt as the standard XML',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 200: z.string(), ...protectedErrors },
        },
      },
      async (request, reply) => {
        const receipt = await sw.ctx.store.swReceipts.byId(request.params.id);
        if (!receipt || receipt.recipientId !== principalOf(request).participant.id) {
          throw new AppError('resource.not_found', { resource: 'receipt', id: request.params.id });
        }
        return reply.type('application/xml; charset=utf-8').send(receipt.xml);
      },
    );
  };
