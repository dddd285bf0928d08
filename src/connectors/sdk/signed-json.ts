import type { z } from 'zod';
import { bodyBytes, headerOf, type InboundRequest, jsonBody } from './inbound.js';
import { PARTNER_CODES, type PartnerResult, partnerFail, partnerOk } from './partner-result.js';
import { SIGNATURE_HEADER, verifyPayloadSignature } from './webhook-signature.js';

/** A zod failure as a line for a log: field paths and rules only, never the values (they may be personal). */
export function issuesSummary(error: z.ZodError, max = 5): string {
  const issues = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  const more = error.issues.length > max ? ` (+${error.issues.length - max} more)` : '';
  return `${issues.join('; ')}${more}`;
}

/**
 * Reads a webhook signed with `Crossgate-Signature`: the signature over the raw bytes first (missing →
 * `webhook.signature_missing`; bad or forged → `webhook.signature_invalid`; outside the replay window →
 * `webhook.stale`), then the JSON body against `schema` (`webhook.payload_invalid`). All permanent.
 */
export function readSignedJson<S extends z.ZodType>(
  request: InboundRequest,
  schema: S,
  options: { readonly partner: string; readonly secrets: string | readonly string[]; readonly toleranceSeconds: number },
): PartnerResult<z.output<S>> {
  const { partner } = options;
  const check = verifyPayloadSignature(headerOf(request, SIGNATURE_HEADER), bodyBytes(request), options.secrets, {
    now: request.receivedAt,
    toleranceSeconds: options.toleranceSeconds,
  });
  if (!check.ok) {
    const code =
      check.reason === 'missing' ? PARTNER_CODES.signatureMissing : check.reason === 'stale' ? PARTNER_CODES.stale : PARTNER_CODES.signatureInvalid;
    return partnerFail(partner, code, 'permanent', check.message);
  }
  const json = jsonBody(request);
  if (json === undefined) return partnerFail(partner, PARTNER_CODES.payloadInvalid, 'permanent', 'the body is not JSON');
  const parsed = schema.safeParse(json);
  if (!parsed.success) return partnerFail(partner, PARTNER_CODES.payloadInvalid, 'permanent', `the body does not match the format: ${issuesSummary(parsed.error)}`);
  return partnerOk(parsed.data);
}
