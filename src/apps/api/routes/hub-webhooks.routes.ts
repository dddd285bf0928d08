import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { InboundRequest } from '../../../connectors/sdk/index.js';
import { AppError } from '../../../kernel/errors/index.js';
import { DELIVERY_STATES } from '../../../ports/hub.port.js';
import type { Hub } from '../../../workflows/hub/index.js';
import { receiveTrackingWebhook } from '../../../workflows/hub/receive-tracking.js';
import { receivePaymentWebhook, receiveStorefrontWebhook } from '../../../workflows/hub/receive-webhooks.js';
import { ErrorBody } from '../schemas.js';

const MAX_WEBHOOK_BYTES = 1024 * 1024;
const Accepted = z.object({
  eventId: z.string(),
  duplicate: z.boolean().meta({ description: 'The event was received before: nothing happened again' }),
  dealId: z.string().nullable(),
});
const TrackingAccepted = Accepted.extend({
  deliveryState: z
    .enum(DELIVERY_STATES)
    .nullable()
    .meta({ description: 'The deal’s delivery state after the event (null: no deal holds the waybill)' }),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 415: ErrorBody };

/**
 * Partners' webhooks: public routes, authenticated by each connector's own signature over the exact bytes received
 * (this plugin keeps JSON bodies raw; nothing is parsed before the signature is checked).
 */
export const hubWebhookRoutes =
  (hub: Hub): FastifyPluginAsyncZod =>
  async (app) => {
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: MAX_WEBHOOK_BYTES }, (_req, body, done) => done(null, body));
    const tags = ['hub: webhooks'];
    const inbound = (headers: InboundRequest['headers'], body: unknown): InboundRequest => {
      // only the JSON parser above keeps the bytes; other content types are not webhooks of these partners
      if (!Buffer.isBuffer(body)) throw new AppError('request.unsupported_media_type', { contentType: String(headers['content-type'] ?? 'none') });
      return { headers, rawBody: body, receivedAt: new Date() };
    };
    const params = z.object({ connectionId: z.string().min(1).max(64) });

    app.post(
      '/v1/hub/storefront/:connectionId/webhook',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A storefront’s order webhook (generic JSON or Shopify), authenticated by its signature',
          description:
            'Public: the connector checks the signature over the raw body (Crossgate-Signature, or X-Shopify-Hmac-Sha256). ' +
            'Each event id is processed once and each order becomes one deal; a repeat answers 202 with duplicate=true.',
          params,
          response: { 202: Accepted, ...errors },
        },
      },
      async (request, reply) => {
        const outcome = await receiveStorefrontWebhook(hub.ctx, request.params.connectionId, inbound(request.headers, request.body));
        reply.status(202);
        return outcome;
      },
    );

    app.post(
      '/v1/hub/payment/:connectionId/webhook',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A payment institution’s notification (generic payment), authenticated by its signature',
          description: 'The payment record the hub declares (CEB411) for the order; kept until the order’s deal takes it.',
          params,
          response: { 202: Accepted, ...errors },
        },
      },
      async (request, reply) => {
        const outcome = await receivePaymentWebhook(hub.ctx, request.params.connectionId, inbound(request.headers, request.body));
        reply.status(202);
        return outcome;
      },
    );

    app.post(
      '/v1/hub/carrier/:connectionId/webhook',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A carrier’s tracking event (postal S10 carrier: EasyPost Event JSON), authenticated by its signature',
          description:
            'Public: the connector checks the signature over the raw body (X-Hmac-Signature for the postal carrier). Each event id is ' +
            'stored once and goes on the timeline of the deal holding the waybill, moving its delivery state; delivered, the storefront ' +
            'is told and the delivery status (CEB513) declared once. A repeat answers 202 with duplicate=true.',
          params,
          response: { 202: TrackingAccepted, ...errors },
        },
      },
      async (request, reply) => {
        const outcome = await receiveTrackingWebhook(hub.ctx, request.params.connectionId, inbound(request.headers, request.body));
        reply.status(202);
        return outcome;
      },
    );
  };
