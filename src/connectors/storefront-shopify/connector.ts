import {
  type ConnectorMetadata,
  clockOf,
  createHttpClient,
  defineConnector,
  deliverWebhook,
  headerOf,
  issuesSummary,
  jsonBody,
  orderTotalsProblems,
  PARTNER_CODES,
  partnerFail,
  partnerName,
  partnerOk,
  type StorefrontConnector,
  type StorefrontDeps,
  secretValues,
  statusWebhook,
} from '../sdk/index.js';
import { toCanonicalOrder } from './mapper.js';
import { shopifySettings } from './settings.js';
import { SHOPIFY_HEADERS, verifyShopifyWebhook } from './verify.js';
import { gidNumber, shopifyOrder } from './wire.js';

const metadata: ConnectorMetadata<'storefront'> = {
  id: 'shopify',
  kind: 'storefront',
  label: 'Shopify',
  description:
    'Shopify orders/create and orders/paid webhooks (REST Order JSON), authenticated with X-Shopify-Hmac-Sha256 (base64 HMAC-SHA256 of the raw body under the app secret, compared in constant time); the buyer’s identity comes from order note attributes collected at checkout. Status goes back as Crossgate-signed webhooks.',
  version: '1.0.0',
  capabilities: ['order-webhook', 'status-webhook'],
  speaks: {
    format: 'Shopify webhook, topic orders/create (REST Admin API Order resource, JSON)',
    references: [
      'https://shopify.dev/docs/apps/build/webhooks (headers, HMAC verification)',
      'https://shopify.dev/apps/build/webhooks/ignore-duplicates (X-Shopify-Event-Id)',
      'https://shopify.dev/docs/api/admin-rest/latest/resources/order (Order fields)',
      "Shopify's sample orders/create payload (order 820982911946154508), kept as samples/orders-create.json",
    ],
  },
};

export const shopifyStorefront = defineConnector({
  metadata,
  settings: shopifySettings,
  create(settings, deps: StorefrontDeps): StorefrontConnector {
    const partner = partnerName(metadata);
    const clock = clockOf(deps);
    const http = createHttpClient({
      partner,
      timeoutMs: settings.timeoutMs,
      secrets: secretValues(shopifySettings, settings),
      clock,
      ...(deps.fetch && { fetch: deps.fetch }),
      ...(deps.log && { log: deps.log }),
    });
    return {
      metadata,
      async receiveOrder(request) {
        const verified = verifyShopifyWebhook(request, settings.apiSecret, settings.shopDomain, partner);
        if (!verified.ok) return verified;
        const topic = headerOf(request, SHOPIFY_HEADERS.topic) ?? '';
        if (!(settings.topics as readonly string[]).includes(topic)) {
          return partnerFail(partner, PARTNER_CODES.topicUnsupported, 'permanent', `topic "${topic}" is not an order topic of this connection`);
        }
        const json = jsonBody(request);
        const parsed = shopifyOrder.safeParse(json);
        if (!parsed.success) {
          return partnerFail(partner, PARTNER_CODES.payloadInvalid, 'permanent', `the body is not a Shopify order: ${issuesSummary(parsed.error)}`);
        }
        const order = await toCanonicalOrder(parsed.data, settings, partner, deps.products);
        if (!order.ok) return order;
        const problems = orderTotalsProblems(order.value);
        if (problems.length > 0) {
          return partnerFail(partner, 'order.totals_inconsistent', 'permanent', problems.join('; '), { shopifyOrder: parsed.data.name });
        }
        const triggeredAt = headerOf(request, SHOPIFY_HEADERS.triggeredAt);
        return partnerOk({
          eventId: verified.value.eventId,
          topic,
          partnerOrderId: gidNumber(parsed.data.admin_graphql_api_id) ?? parsed.data.name,
          occurredAt: triggeredAt && !Number.isNaN(Date.parse(triggeredAt)) ? triggeredAt : parsed.data.created_at,
          paid: parsed.data.financial_status === 'paid',
          test: parsed.data.test || headerOf(request, SHOPIFY_HEADERS.test) === 'true',
          order: order.value,
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
