/**
 * A partner's HTTP call as the edge received it. Connectors verify signatures over `rawBody` (the exact bytes),
 * never over JSON parsed and serialised again, which changes spacing and key order and breaks every HMAC.
 */
export type HeaderValue = string | readonly string[] | undefined;

export interface InboundRequest {
  /** Header names as received (any case); read them with `headerOf`. */
  readonly headers: Readonly<Record<string, HeaderValue>>;
  readonly rawBody: string | Uint8Array;
  /** When Crossgate received the call: replay windows are measured against this. */
  readonly receivedAt: Date;
}

/** A header's value, case-insensitively; the first when repeated. */
export function headerOf(request: Pick<InboundRequest, 'headers'>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === 'string' ? value : value[0];
  }
  return undefined;
}

export const bodyBytes = (request: Pick<InboundRequest, 'rawBody'>): Buffer =>
  typeof request.rawBody === 'string' ? Buffer.from(request.rawBody, 'utf8') : Buffer.from(request.rawBody);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as UTF-8 text; undefined when it is not valid UTF-8. */
export function bodyText(request: Pick<InboundRequest, 'rawBody'>): string | undefined {
  if (typeof request.rawBody === 'string') return request.rawBody;
  try {
    return utf8.decode(request.rawBody);
  } catch {
    return undefined;
  }
}

/** The body parsed as JSON; undefined when it is not JSON. */
export function jsonBody(request: Pick<InboundRequest, 'rawBody'>): unknown {
  const text = bodyText(request);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
