import { cebErrors } from './ceb.js';
import { connectorErrors } from './connectors.js';
import { coreErrors } from './core.js';
import { hubErrors } from './hub.js';
import type { ErrorSpec } from './define.js';
import { signingErrors } from './signing.js';
import { singleWindowErrors } from './single-window.js';
import { taxErrors } from './tax.js';

/**
 * The one error catalogue. Every error Crossgate reports carries one of these codes; the codes are stable
 * (clients match on them), the messages may improve. Sections live beside this file, one per area.
 */
export const errorCatalogue = {
  ...coreErrors,
  ...cebErrors,
  ...connectorErrors,
  ...hubErrors,
  ...signingErrors,
  ...singleWindowErrors,
  ...taxErrors,
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalogue;

export function errorSpec(code: ErrorCode): ErrorSpec {
  return errorCatalogue[code];
}
