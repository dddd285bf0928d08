import { redactText, redactValue } from './redaction.js';

/**
 * Partner failures are data, not exceptions (Karrio's `Message`, Medusa's payment-provider unions): every call to a
 * partner returns a `PartnerResult`. Exceptions are reserved for bugs in Crossgate itself.
 *
 * The disposition tells the workflow what to do next:
 * - `retryable`: try again later, with backoff (timeouts, network faults, 5xx, 429, a partner saying "busy");
 * - `permanent`: the same request will fail again; stop and record why (4xx, bad signature, unmappable payload);
 * - `needs-human`: nothing automatic can fix it; a person must act (401/403, wrong keys, stock missing, a
 *   buyer identity the storefront never collected).
 */
export type Disposition = 'retryable' | 'permanent' | 'needs-human';

export interface PartnerError {
  /** The connector that failed (`<kind>/<id>`, e.g. `storefront/shopify`). */
  readonly partner: string;
  /** A stable dotted code (see `PARTNER_CODES`; a partner's own code goes in `details.partnerCode`). */
  readonly code: string;
  /** For people; never carries personal data or secrets (redacted again on construction). */
  readonly message: string;
  readonly disposition: Disposition;
  /** Extra facts for the log (status, partner code, field…), redacted on construction. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export type PartnerResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: PartnerError };

export const partnerOk = <T>(value: T): PartnerResult<T> => ({ ok: true, value });

/** Builds a failure; message and details pass through the redactor so no ID number, phone or secret slips out. */
export function partnerFail(
  partner: string,
  code: string,
  disposition: Disposition,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): PartnerResult<never> {
  return { ok: false, error: partnerError(partner, code, disposition, message, details) };
}

export function partnerError(
  partner: string,
  code: string,
  disposition: Disposition,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): PartnerError {
  return {
    partner,
    code,
    message: redactText(message),
    disposition,
    ...(details && { details: redactValue(details) }),
  };
}

/**
 * The shared codes. Connectors may add their own under their own prefix (e.g. `order.*`, `customs.*`), always
 * documented next to where they are produced.
 */
export const PARTNER_CODES = {
  timeout: 'partner.timeout',
  network: 'partner.network',
  serverError: 'partner.server_error',
  rateLimited: 'partner.rate_limited',
  unauthorized: 'partner.unauthorized',
  rejected: 'partner.rejected',
  badResponse: 'partner.bad_response',
  signatureMissing: 'webhook.signature_missing',
  signatureInvalid: 'webhook.signature_invalid',
  stale: 'webhook.stale',
  payloadInvalid: 'webhook.payload_invalid',
  topicUnsupported: 'webhook.topic_unsupported',
} as const;

/** Keeps the value, or lets the failure through unchanged (typed for the caller's result). */
export function mapPartner<T, U>(r: PartnerResult<T>, f: (value: T) => U): PartnerResult<U> {
  return r.ok ? partnerOk(f(r.value)) : r;
}
