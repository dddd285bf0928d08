import { defineErrors } from './define.js';

/** Errors of the integration hub: deals, connections, products, webhook deliveries. No message carries a secret. */
export const hubErrors = defineErrors({
  'deal.not_found': { status: 404, message: 'Deal {id} was not found' },
  'deal.action_refused': { status: 409, message: 'Deal {id} cannot be {action} now: {reason}' },
  'connection.not_found': { status: 404, message: 'Connection {id} was not found' },
  'connection.invalid': { status: 400, message: 'The connection is not usable: {reason}' },
  'connection.incomplete': { status: 409, level: 'warn', message: 'The hub has no {kind} connection to use for {purpose}: {reason}' },
  'delivery.not_found': { status: 404, message: 'Webhook delivery {id} was not found' },
  'delivery.not_failed': { status: 409, message: 'Webhook delivery {id} is {status}; only failed deliveries can be replayed' },
  'product_import.not_found': { status: 404, message: 'Product import {id} was not found' },
  'quote.no_product': { status: 400, message: 'Item {index}: SKU {sku} is not in the product registry (give hsCode instead)' },
});
