import { maskIdNumber } from '../../domain/identity/index.js';
import { localDate } from '../../domain/model/time.js';
import {
  DEFAULT_TAX_POLICY,
  parseQuoteRequest,
  type QuoteRequest,
  quoteTax,
  type TariffLookup,
  type TaxPolicy,
  type TaxQuote,
} from '../../domain/tax/index.js';
import type { Reason } from '../../kernel/result.js';

/** A problem with the request itself (not a refusal): the field at fault in dotted form, e.g. `items.0.unitPrice`. */
export interface QuoteIssue {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export type QuoteOutcome =
  | { readonly ok: true; readonly quote: TaxQuote }
  | { readonly ok: false; readonly issues: readonly QuoteIssue[] };

export interface QuoteOptions {
  readonly policy?: TaxPolicy;
  /** Epoch ms; its China calendar date feeds the "born in the future" identity check. Default: now. */
  readonly now?: number;
}

/** `items[0].unitPrice` (the domain's field names) → `items.0.unitPrice` (the request's JSON path). */
export const dottedField = (field: string | undefined): string =>
  (field ?? '').replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar date in China (UTC+8) of an instant, as YYYY-MM-DD. */
export function chinaDate(epochMs: number): string {
  const d = localDate(epochMs);
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

const IDENTITY_FIELDS = new Set(['buyer.idNumber', 'idNumber']);

/**
 * Keeps the buyer's identity number out of reason messages: the number itself is replaced by its mask anywhere,
 * and in identity reasons the digit runs they quote (address code, birth date) are starred out.
 */
export function redactReason<R extends Reason>(reason: R, idNumber: string): R {
  let message = idNumber.length > 0 ? reason.message.split(idNumber).join(maskIdNumber(idNumber)) : reason.message;
  if (reason.field !== undefined && IDENTITY_FIELDS.has(reason.field)) {
    message = message
      .replace(/\d{4}-\d{2}-\d{2}/g, '****-**-**')
      .replace(/\d{4,}/g, (digits) => '*'.repeat(digits.length));
  }
  return message === reason.message ? reason : { ...reason, message };
}

/**
 * Quotes a request against the loaded tariff. Input the domain cannot read (bad decimals, rates out of range,
 * no items) comes back as issues; a well-formed request always gets a quote, refused ones included, with every
 * reason redacted so the buyer's identity number never leaves unmasked.
 */
export function quoteRequest(tariff: TariffLookup, request: QuoteRequest, options: QuoteOptions = {}): QuoteOutcome {
  const policy = options.policy ?? DEFAULT_TAX_POLICY;
  const quote = quoteTax(request, { tariff, policy, today: chinaDate(options.now ?? Date.now()) });
  if (quote.channel === 'refused') {
    const parsed = parseQuoteRequest(request, policy.rounding.mode);
    if (!parsed.ok) {
      return {
        ok: false,
        issues: parsed.reasons.map((r) => ({ field: dottedField(r.field), code: r.code, message: r.message })),
      };
    }
  }
  const id = request.buyer.idNumber;
  const reasons = quote.reasons.map((r) => redactReason(r, id));
  return { ok: true, quote: reasons.some((r, i) => r !== quote.reasons[i]) ? { ...quote, reasons } : quote };
}
