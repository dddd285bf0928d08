import { createHash } from 'node:crypto';
import { type DeclarationInput, writeDeclaration } from '../../codecs/ceb/canonical/index.js';
import { detectMessage, wrapDxp } from '../../codecs/ceb/index.js';
import { isAppError } from '../../kernel/errors/index.js';
import {
  type ConnectorMetadata,
  clockOf,
  createHttpClient,
  defineConnector,
  issuesSummary,
  PARTNER_CODES,
  type PartnerError,
  type PartnerResult,
  partnerError,
  partnerFail,
  partnerName,
  partnerOk,
  type SingleWindowConnector,
  type SingleWindowDeps,
  secretValues,
} from '../sdk/index.js';
import { z } from 'zod';
import { pulledReceipt, receiptPage } from './receipts.js';
import { singleWindowSettings } from './settings.js';

const metadata: ConnectorMetadata<'single-window'> = {
  id: 'ceb-single-window',
  kind: 'single-window',
  label: 'Customs single window (CEB standard)',
  description:
    'Sends signed CEB declarations (CEB311/411/511/513/621/623/625/711), bare or in a DxpMsg envelope, to Crossgate’s own single window or any endpoint speaking the standard over its HTTP binding, and pulls the receipts (CEB312…CEB900), read with the codecs.',
  version: '1.0.0',
  capabilities: ['submit-bare', 'submit-dxp', 'pull-receipts'],
  speaks: {
    format: 'CEB messages 2018 / 202205 (XML, XML-DSig), DxpMsg envelope; Crossgate single-window HTTP API',
    references: [
      'src/codecs/ceb/README.md',
      'POST /v1/single-window/messages, GET /v1/single-window/receipts?since= (Crossgate OpenAPI, /docs)',
    ],
  },
};

const intake = z.object({ messageId: z.string(), type: z.string(), guid: z.string(), duplicate: z.boolean(), status: z.string() });
const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/**
 * The root guid of a canonical declaration given without one: derived from its type and its documents' guids, so
 * sending the same declaration again (a retry after a crash) is the same message to the single window, which
 * recognises it as a repeat and does nothing twice.
 */
export function stableGuid(d: DeclarationInput): string {
  const h = createHash('sha256').update([d.type, ...d.documents.map((x) => x.head.guid)].join('|')).digest('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The single window's own error code and message (`{"error":{"code","message"}}`) on a refused call. */
function withPartnerCode(e: PartnerError): PartnerError {
  const body = typeof e.details?.['body'] === 'string' ? e.details['body'] : '';
  let parsed: z.output<typeof errorBody> | undefined;
  try {
    const r = errorBody.safeParse(JSON.parse(body));
    parsed = r.success ? r.data : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed) return e;
  return partnerError(e.partner, e.code, e.disposition, `${e.message}: ${parsed.error.code}: ${parsed.error.message}`, { ...e.details, partnerCode: parsed.error.code });
}

export const cebSingleWindow = defineConnector({
  metadata,
  settings: singleWindowSettings,
  create(settings, deps: SingleWindowDeps): SingleWindowConnector {
    const partner = partnerName(metadata);
    const http = createHttpClient({
      partner,
      timeoutMs: settings.timeoutMs,
      secrets: secretValues(singleWindowSettings, settings),
      clock: clockOf(deps),
      ...(deps.fetch && { fetch: deps.fetch }),
      ...(deps.log && { log: deps.log }),
    });
    const auth = { authorization: `Bearer ${settings.apiKey}` };
    const invalid = (error: unknown): PartnerResult<never> => {
      if (!isAppError(error)) throw error;
      return partnerFail(partner, 'declaration.invalid', 'permanent', `the declaration cannot be sent: ${error.message}`, { errorCode: error.code });
    };

    async function prepare(request: { readonly declaration: DeclarationInput } | { readonly xml: string }): Promise<PartnerResult<{ signed: string; body: string }>> {
      try {
        const xml = 'declaration' in request ? writeDeclaration({ edition: settings.edition, guid: stableGuid(request.declaration), ...request.declaration }) : request.xml;
        detectMessage(xml);
        const signed = await deps.signer(xml);
        const body = settings.envelope === 'dxp' ? wrapDxp(signed, { senderId: settings.dxpSenderId ?? '', receiverIds: settings.dxpReceiverId }) : signed;
        return partnerOk({ signed, body });
      } catch (error) {
        return invalid(error);
      }
    }

    return {
      metadata,
      async submit(request) {
        const prepared = await prepare(request);
        if (!prepared.ok) return prepared;
        const res = await http.request({
          method: 'POST',
          url: new URL(settings.messagesPath, settings.baseUrl).toString(),
          headers: { ...auth, 'content-type': 'application/xml; charset=utf-8', accept: 'application/json' },
          body: prepared.value.body,
        });
        if (!res.ok) return { ok: false, error: withPartnerCode(res.error) };
        let json: unknown;
        try {
          json = JSON.parse(res.value.body);
        } catch {
          json = undefined;
        }
        const parsed = intake.safeParse(json);
        if (!parsed.success) return partnerFail(partner, PARTNER_CODES.badResponse, 'retryable', `unexpected intake answer: ${issuesSummary(parsed.error)}`);
        return partnerOk({ ...parsed.data, envelope: settings.envelope, signedXml: prepared.value.signed });
      },
      async pullReceipts(since) {
        const url = new URL(settings.receiptsPath, settings.baseUrl);
        url.searchParams.set('since', since);
        url.searchParams.set('limit', String(settings.pageSize));
        const res = await http.request({ method: 'GET', url: url.toString(), headers: { ...auth, accept: 'application/json' } });
        if (!res.ok) return { ok: false, error: withPartnerCode(res.error) };
        let json: unknown;
        try {
          json = JSON.parse(res.value.body);
        } catch {
          json = undefined;
        }
        const page = receiptPage.safeParse(json);
        if (!page.success) return partnerFail(partner, PARTNER_CODES.badResponse, 'retryable', `unexpected receipts answer: ${issuesSummary(page.error)}`);
        return partnerOk({ next: page.data.next, receipts: page.data.items.map((item) => pulledReceipt(item, partner)) });
      },
    };
  },
});
