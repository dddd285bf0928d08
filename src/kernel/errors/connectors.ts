import { defineErrors } from './define.js';

/**
 * Errors of the connector layer (`src/connectors`). Partner failures themselves are data (`PartnerError`); these
 * codes are for faults of configuration and for the edge that must answer a partner's HTTP call or stop a request.
 * No message carries a settings value: settings hold secrets.
 */
export const connectorErrors = defineErrors({
  'connector.unknown': { status: 404, message: 'No {kind} connector {id} is registered' },
  'connector.settings_invalid': { status: 400, message: 'The settings of connector {connector} are invalid: {summary}' },
  'connector.capability_missing': { status: 409, message: 'Connector {connector} cannot {capability}' },
  'connector.webhook_unauthenticated': {
    status: 401,
    message: 'The {partner} webhook failed authentication: {reason}',
  },
  'connector.webhook_invalid': { status: 400, message: 'The {partner} webhook cannot be read: {reason}' },
  'connector.partner_rejected': { status: 502, level: 'warn', message: 'Partner {partner} refused the request ({code}): {reason}' },
  'connector.partner_unavailable': { status: 503, level: 'warn', message: 'Partner {partner} is not available ({code}): {reason}' },
  'connector.needs_attention': { status: 409, level: 'warn', message: 'Partner {partner} needs a person to act ({code}): {reason}' },
});
