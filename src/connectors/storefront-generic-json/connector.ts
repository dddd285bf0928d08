import {
  clockOf,
  createHttpClient,
  defineConnector,
  deliverWebhook,
  partnerFail,
  partnerName,
  partnerOk,
  readSignedJson,
  type StorefrontConnector,
  type StorefrontDeps,
  secretValues,
  statusWebhook,
  orderTotalsProblems,
  type ConnectorMetadata,
} from '../sdk/index.js';
import { orderWebhookBody } from './format.js';
import { toCanonicalOrder } from './mapper.js';
import { genericJsonSettings } from './settings.js';

const metadata: ConnectorMetadata<'storefront'> = {
  id: 'generic-json',
  kind: 'storefront',
  label: 'Generic JSON storefront',
  description:
    'Any storefront that can post a JSON order webhook: Crossgate’s documented format (JSON Schema in samples/), signed with a timestamped HMAC-SHA256 header and a replay window; status webhooks back, signed the same way.',
  version: '1.0.0',
  capabilities: ['order-webhook', 'signed-timestamp', 'status-webhook'],
  speaks: {
    format: 'Crossgate generic order webhook v1 (JSON, Crossgate-Signature: t=…,v1=…)',
    references: [
      'src/connectors/storefront-generic-json/README.md',
      'src/connectors/storefront-generic-json/samples/order-webhook.schema.json',
      'https://docs.stripe.com/webhooks/signature (the signature scheme it follows)',
    ],
  },
};

export const genericJsonStorefront = defineConnector({
  metadata,
  settings: genericJsonSettings,
  create(settings, deps: StorefrontDeps): StorefrontConnector {
    const partner = partnerName(metadata);
    const clock = clockOf(deps);
    const http = createHttpClient({
      partner,
      timeoutMs: settings.timeoutMs,
      secrets: secretValues(genericJsonSettings, settings),
      clock,
      ...(deps.fetch && { fetch: deps.fetch }),
      ...(deps.log && { log: deps.log }),
    });
    return {
      metadata,
      async receiveOrder(request) {
        const read = readSignedJson(request, orderWebhookBody, {
          partner,
          secrets: settings.webhookSecret,
          toleranceSeconds: settings.toleranceSeconds,
        });
        if (!read.ok) return read;
        const body = read.value;
        const order = toCanonicalOrder(body, settings);
        const problems = orderTotalsProblems(order);
        if (problems.length > 0) return partnerFail(partner, 'order.totals_inconsistent', 'permanent', problems.join('; '), { orderNo: order.orderNo });
        return partnerOk({
          eventId: body.id,
          topic: body.type,
          partnerOrderId: body.order.id ?? body.order.orderNo,
          occurredAt: body.createdAt,
          paid: body.order.paid,
          test: !body.livemode,
          order,
        });
      },
      statusNotification(update) {
        return partnerOk(
          statusWebhook(update, { url: settings.notifyUrl, secrets: settings.notifySecret, at: clock(), userAgent: `Crossgate/${metadata.id}@${metadata.version}` }),
        );
      },
      deliver: (webhook) => deliverWebhook(http, webhook, settings.notifySecret, clock()),
    };
  },
});
