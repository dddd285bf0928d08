/**
 * The connector SDK: one interface per partner kind, metadata and settings schemas, partner errors as data, the
 * shared HTTP client (time limit, classification, redaction), webhook signatures, and the contract suites in
 * `contracts/` (test-only) that every connector of a kind passes.
 */
export { type BaseDeps, type ConnectorDefinition, clockOf, defineConnector, type RegisteredConnector, type SettingsSchema } from './connector.js';
export {
  classifyStatus,
  createHttpClient,
  type Fetch,
  type HttpClient,
  type HttpClientOptions,
  type HttpExchange,
  type HttpMethod,
  type HttpRequest,
  type HttpResponse,
} from './http-client.js';
export { bodyBytes, bodyText, type HeaderValue, headerOf, type InboundRequest, jsonBody } from './inbound.js';
export type * from './kinds/carrier.js';
export { TRACKING_STATUSES } from './kinds/carrier.js';
export type * from './kinds/payment.js';
export type * from './kinds/single-window.js';
export type * from './kinds/storefront.js';
export { ORDER_STATUSES } from './kinds/storefront.js';
export type * from './kinds/warehouse.js';
export {
  CAPABILITIES,
  type CapabilityOf,
  CONNECTOR_KINDS,
  type ConnectorKind,
  type ConnectorMetadata,
  hasCapability,
  partnerName,
} from './metadata.js';
export { buildSignedWebhook, deliverWebhook, EVENT_ID_HEADER, type OutboundWebhook, type WebhookDelivery } from './outbound-webhook.js';
export {
  type Disposition,
  mapPartner,
  PARTNER_CODES,
  type PartnerError,
  type PartnerResult,
  partnerError,
  partnerFail,
  partnerOk,
} from './partner-result.js';
export { createRedactor, REDACTED, type Redactor, redactText, redactValue } from './redaction.js';
export { appErrorOf } from './to-app-error.js';
export {
  customsCodeField,
  parseSettings,
  SECRET_FLAG,
  secretField,
  secretPaths,
  secretValues,
  settingsJsonSchema,
  timeoutField,
  toleranceField,
} from './settings.js';
export {
  DEFAULT_TOLERANCE_SECONDS,
  hmacSha256,
  SIGNATURE_HEADER,
  type SignatureCheck,
  sameBytes,
  signPayload,
  verifyPayloadSignature,
} from './webhook-signature.js';
export { STATUS_EVENT_TYPE, statusEventId, statusWebhook } from './status-webhook.js';
export { orderTotalsProblems } from './order-checks.js';
export { issuesSummary, readSignedJson } from './signed-json.js';
export { chinaTimestamp } from './time.js';
