import { type Disposition, PARTNER_CODES, type PartnerResult, partnerFail, partnerOk } from './partner-result.js';
import { createRedactor, REDACTED, type Redactor } from './redaction.js';

/**
 * The one way a connector talks HTTP to a partner (Karrio's proxy + tracing): `fetch` with a time limit, every
 * outcome classified into a `PartnerResult`, and every exchange reported to `log` already redacted (personal data,
 * credentials, signatures and the connector's secrets removed). Nothing here throws for a partner's failure.
 *
 * | outcome                          | code                  | disposition  |
 * |----------------------------------|-----------------------|--------------|
 * | 2xx                              | —                     | ok           |
 * | time limit reached               | partner.timeout       | retryable    |
 * | DNS, refused, reset…             | partner.network       | retryable    |
 * | 5xx                              | partner.server_error  | retryable    |
 * | 408, 429                         | partner.rate_limited  | retryable    |
 * | 401, 403                         | partner.unauthorized  | needs-human  |
 * | other 4xx, and 3xx (not followed)| partner.rejected      | permanent    |
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Overrides the client's time limit for this call. */
  readonly timeoutMs?: number;
}

export interface HttpResponse {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly durationMs: number;
}

/** One exchange as it may be logged: redacted, bodies cut to `maxLoggedBody` characters. */
export interface HttpExchange {
  readonly partner: string;
  readonly at: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly status: number | null;
  readonly durationMs: number;
  readonly outcome: 'ok' | Disposition;
  readonly code?: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody?: string;
  readonly responseBody?: string;
}

export type Fetch = typeof globalThis.fetch;

export interface HttpClientOptions {
  /** `<kind>/<id>` of the connector. */
  readonly partner: string;
  readonly fetch?: Fetch;
  readonly timeoutMs?: number;
  /** Secret values to hide wherever they appear (from the connector's settings). */
  readonly secrets?: readonly (string | undefined)[];
  readonly log?: (exchange: HttpExchange) => void;
  readonly clock?: () => Date;
  readonly maxLoggedBody?: number;
}

export interface HttpClient {
  readonly partner: string;
  readonly redactor: Redactor;
  request(request: HttpRequest): Promise<PartnerResult<HttpResponse>>;
}

const SENSITIVE_QUERY = /^(sign|signature|key|apikey|api_key|token|access_token|secret|password|idnumber|id_number|cert_id|phone)$/i;

function redactUrl(url: string, redactor: Redactor): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    for (const [k, v] of [...u.searchParams.entries()]) u.searchParams.set(k, SENSITIVE_QUERY.test(k) ? REDACTED : redactor.text(v));
    return redactor.text(u.toString());
  } catch {
    return redactor.text(url);
  }
}

/** How a non-2xx status is treated (see the table above). */
export function classifyStatus(status: number): { readonly code: string; readonly disposition: Disposition } {
  if (status === 401 || status === 403) return { code: PARTNER_CODES.unauthorized, disposition: 'needs-human' };
  if (status === 408 || status === 429) return { code: PARTNER_CODES.rateLimited, disposition: 'retryable' };
  if (status >= 500) return { code: PARTNER_CODES.serverError, disposition: 'retryable' };
  return { code: PARTNER_CODES.rejected, disposition: 'permanent' };
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const redactor = createRedactor(options.secrets ?? []);
  const doFetch = options.fetch ?? globalThis.fetch;
  const clock = options.clock ?? (() => new Date());
  const max = options.maxLoggedBody ?? 2000;
  const { partner } = options;

  const report = (request: HttpRequest, started: number, fields: Partial<HttpExchange> & Pick<HttpExchange, 'outcome'>) => {
    options.log?.({
      partner,
      at: new Date(started).toISOString(),
      method: request.method,
      url: redactUrl(request.url, redactor),
      status: null,
      durationMs: Date.now() - started,
      requestHeaders: redactor.headers(request.headers ?? {}),
      ...(request.body !== undefined && { requestBody: cut(redactor.text(request.body), max) }),
      ...fields,
    });
  };

  async function request(req: HttpRequest): Promise<PartnerResult<HttpResponse>> {
    const started = clock().getTime();
    const t0 = Date.now();
    const controller = new AbortController();
    const limit = req.timeoutMs ?? options.timeoutMs ?? 10_000;
    const timer = setTimeout(() => controller.abort(), limit);
    const where = { method: req.method, url: redactUrl(req.url, redactor) };
    try {
      const res = await doFetch(req.url, {
        method: req.method,
        headers: req.headers ? { ...req.headers } : {},
        ...(req.body !== undefined && { body: req.body }),
        signal: controller.signal,
        redirect: 'manual',
      });
      const body = await res.text();
      const durationMs = Date.now() - t0;
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        headers[k.toLowerCase()] = v;
      });
      if (res.status >= 200 && res.status < 300) {
        report(req, started, { outcome: 'ok', status: res.status, durationMs, responseBody: cut(redactor.text(body), max) });
        return partnerOk({ status: res.status, headers, body, durationMs });
      }
      const { code, disposition } = classifyStatus(res.status);
      report(req, started, { outcome: disposition, code, status: res.status, durationMs, responseBody: cut(redactor.text(body), max) });
      const retryAfter = Number(headers['retry-after']);
      return partnerFail(partner, code, disposition, `${req.method} ${where.url} answered HTTP ${res.status}`, {
        ...where,
        status: res.status,
        durationMs,
        body: cut(redactor.text(body), 500),
        ...(Number.isFinite(retryAfter) && retryAfter > 0 && { retryAfterSeconds: retryAfter }),
      });
    } catch (error) {
      const durationMs = Date.now() - t0;
      const timedOut = controller.signal.aborted;
      const code = timedOut ? PARTNER_CODES.timeout : PARTNER_CODES.network;
      const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      report(req, started, { outcome: 'retryable', code, durationMs });
      const message = timedOut ? `no answer within ${limit} ms` : `the call failed before an answer: ${redactor.text(cause)}`;
      return partnerFail(partner, code, 'retryable', `${req.method} ${where.url}: ${message}`, { ...where, durationMs });
    } finally {
      clearTimeout(timer);
    }
  }

  return { partner, redactor, request };
}
