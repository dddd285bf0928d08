/**
 * Redaction of personal data and secrets in anything a connector logs or returns (Karrio's `redaction.py`).
 * Three passes, all applied by the shared HTTP client, by `partnerError` and by whoever logs an exchange:
 * 1. keys: values under personal or secret keys (`idNumber`, `cert_id`, `phone`, `apiKey`, `sign`…) and every
 *    string inside a person or address object (`buyer`, `payer`, `shipping_address`…) become `[redacted]`;
 * 2. patterns in free text: PRC resident ID numbers (GB 11643 shape: region, a birth date, sequence, check
 *    character), mainland mobile numbers, e-mail addresses, and the text of personal XML elements
 *    (`<cert_id>`, `<name>`, `<buyerIdNumber>`…);
 * 3. secrets: every configured secret value (API keys, HMAC secrets) wherever it appears.
 * Over-redaction is accepted: a log line with less in it is the safe failure.
 */
export const REDACTED = '[redacted]';
const SECRET = '[secret]';

const norm = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, '');

const SENSITIVE_KEYS = new Set(
  [
    'idNumber', 'certId', 'certificateId', 'certificateName', 'idCard', 'buyerIdNumber', 'payerIdNumber',
    'phone', 'telephone', 'mobile', 'tel', 'buyerTelephone', 'consigneeTelephone', 'buyerName', 'payerName',
    'consigneeName', 'consigneeAddress', 'address', 'address1', 'address2', 'email', 'contactEmail', 'firstName',
    'lastName', 'browserIp', 'apiKey', 'apiSecret', 'secret', 'webhookSecret', 'notifySecret', 'password', 'token',
    'authorization', 'cookie', 'sign', 'signature', 'privateKey', 'key',
  ].map(norm),
);

/** Objects that describe a person or an address: every string inside them is personal. */
const PERSON_CONTAINERS = new Set(
  ['buyer', 'payer', 'consignee', 'customer', 'billingAddress', 'shippingAddress', 'defaultAddress', 'recipient', 'person'].map(
    norm,
  ),
);

const SENSITIVE_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-shopify-hmac-sha256',
  'x-hmac-signature',
  'crossgate-signature',
]);

/** Resident ID: region (first digit 1–8), birth date 18xx–20xx with a valid month and day, sequence, check. */
const RESIDENT_ID = /(?<![0-9A-Za-z])[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<![\d+])(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const XML_PERSONAL =
  /<((?:[\w-]+:)?(?:cert_id|cert_name|name|idNumber|buyerIdNumber|payerIdNumber|buyerName|payerName|buyerTelephone|consignee|consigneeTelephone|consigneeAddress|telephone|sign))(\s[^>]*)?>([\s\S]*?)<\/\1>/g;

function patterns(text: string): string {
  return text
    .replace(XML_PERSONAL, (_m, tag: string, attrs: string | undefined) => `<${tag}${attrs ?? ''}>${REDACTED}</${tag}>`)
    .replace(RESIDENT_ID, REDACTED)
    .replace(MOBILE, REDACTED)
    .replace(EMAIL, REDACTED);
}

export interface Redactor {
  /** Free text (messages, XML, bodies): JSON is redacted by key, then patterns and secrets. */
  text(text: string): string;
  /** A deep copy of plain data with personal and secret values replaced. */
  value<T>(value: T): T;
  /** Header values: credentials and signatures replaced, the rest through `text`. */
  headers(headers: Readonly<Record<string, string>>): Record<string, string>;
}

/** A redactor that also knows the connector's secret values (from its settings). */
export function createRedactor(secrets: readonly (string | undefined)[] = []): Redactor {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4).sort((a, b) => b.length - a.length);
  const hideSecrets = (text: string) => known.reduce((t, s) => t.split(s).join(SECRET), text);

  const value = (v: unknown, inPerson: boolean): unknown => {
    if (typeof v === 'string') return inPerson ? REDACTED : hideSecrets(patterns(v));
    if (Array.isArray(v)) return v.map((x) => value(x, inPerson));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const key = norm(k);
        if (SENSITIVE_KEYS.has(key) && x !== null && x !== undefined && typeof x !== 'boolean') out[k] = REDACTED;
        else out[k] = value(x, inPerson || PERSON_CONTAINERS.has(key));
      }
      return out;
    }
    return v;
  };

  const text = (t: string): string => {
    const trimmed = t.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        return JSON.stringify(value(JSON.parse(t), false));
      } catch {
        // not JSON after all: fall through to the patterns
      }
    }
    return hideSecrets(patterns(t));
  };

  return {
    text,
    value: <T>(v: T) => value(v, false) as T,
    headers: (h) =>
      Object.fromEntries(Object.entries(h).map(([k, v]) => [k, SENSITIVE_HEADERS.has(k.toLowerCase()) ? REDACTED : text(v)])),
  };
}

const plain = createRedactor();
export const redactText = (text: string): string => plain.text(text);
export const redactValue = <T>(value: T): T => plain.value(value);
