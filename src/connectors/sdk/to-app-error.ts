import { AppError } from '../../kernel/errors/index.js';
import { PARTNER_CODES, type PartnerError } from './partner-result.js';

const UNAUTHENTICATED = new Set<string>([PARTNER_CODES.signatureMissing, PARTNER_CODES.signatureInvalid, PARTNER_CODES.stale]);

/**
 * The coded error an HTTP edge answers with when a partner call or webhook fails: a webhook that fails
 * authentication → 401, one that cannot be read → 400; an outgoing call that failed → 503 (retryable), 409 (a
 * person must act) or 502 (refused).
 */
export function appErrorOf(error: PartnerError, direction: 'inbound' | 'outbound'): AppError {
  const details = { partner: error.partner, code: error.code, reason: error.message };
  if (direction === 'inbound') {
    return UNAUTHENTICATED.has(error.code)
      ? new AppError('connector.webhook_unauthenticated', details)
      : new AppError('connector.webhook_invalid', details);
  }
  if (error.disposition === 'retryable') return new AppError('connector.partner_unavailable', details);
  if (error.disposition === 'needs-human') return new AppError('connector.needs_attention', details);
  return new AppError('connector.partner_rejected', details);
}
