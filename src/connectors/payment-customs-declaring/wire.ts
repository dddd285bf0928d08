import { createHash, createHmac } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { sameBytes } from '../sdk/index.js';

/**
 * The wire of the exchange, modelled on WeChat Pay's v2 merchant API (the customs declaration endpoints
 * `/cgi-bin/mch/customs/customdeclareorder` and `/cgi-bin/mch/customs/customdeclarequery`): a flat
 * `<xml><field><![CDATA[value]]></field>…</xml>` document both ways, signed with the merchant's API key:
 *
 *   1. take every field except `sign` whose value is not empty;
 *   2. sort by field name, ASCII ascending; join as `k1=v1&k2=v2…`;
 *   3. append `&key=<API key>`;
 *   4. MD5 of the UTF-8 bytes, upper-case hex (`sign_type` MD5, the default), or HMAC-SHA256 under the API key,
 *      upper-case hex (`sign_type` HMAC-SHA256).
 *
 * Test vector (WeChat Pay's documentation of the algorithm): appid wxd930ea5d5a258f4f, mch_id 10000100,
 * device_info 1000, body test, nonce_str ibuaiVcKdpRxkhJA, key 192006250b4c09247ec02edce69f6a2d →
 * MD5 9A0A8659F005D6984697E2CA0A9CF3B7, HMAC-SHA256 6A9AE165…DACD6 (wire.test.ts).
 */
export type Fields = Readonly<Record<string, string>>;
export type SignType = 'MD5' | 'HMAC-SHA256';

export function signString(fields: Fields, key: string): string {
  const parts = Object.keys(fields)
    .filter((k) => k !== 'sign' && fields[k] !== undefined && fields[k] !== '')
    .sort()
    .map((k) => `${k}=${fields[k]}`);
  return `${parts.join('&')}&key=${key}`;
}

export function sign(fields: Fields, key: string, type: SignType = 'MD5'): string {
  const text = signString(fields, key);
  const digest = type === 'MD5' ? createHash('md5').update(text, 'utf8').digest('hex') : createHmac('sha256', key).update(text, 'utf8').digest('hex');
  return digest.toUpperCase();
}

/** Whether `fields.sign` is the signature of the other fields (constant-time comparison). */
export function signatureValid(fields: Fields, key: string, type: SignType = 'MD5'): boolean {
  const given = fields['sign'];
  if (given === undefined) return false;
  return sameBytes(Buffer.from(given.toUpperCase(), 'utf8'), Buffer.from(sign(fields, key, type), 'utf8'));
}

const cdata = (value: string) => `<![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** Writes the flat XML document (field order as given; `sign` last). */
export function toXml(fields: Fields): string {
  const names = Object.keys(fields).filter((k) => /^[A-Za-z_][\w$]*$/.test(k));
  const ordered = [...names.filter((k) => k !== 'sign'), ...names.filter((k) => k === 'sign')];
  return `<xml>${ordered.map((k) => `<${k}>${cdata(fields[k] ?? '')}</${k}>`).join('')}</xml>`;
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, processEntities: true, ignoreDeclaration: true });

/** Reads a flat `<xml>` document; undefined when it is not one (DTDs are refused outright). */
export function fromXml(xml: string): Fields | undefined {
  if (xml.length > 64 * 1024 || /<!DOCTYPE|<!ENTITY/i.test(xml)) return undefined;
  try {
    const doc = parser.parse(xml) as { xml?: unknown };
    if (typeof doc.xml !== 'object' || doc.xml === null) return undefined;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(doc.xml as Record<string, unknown>)) if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
    return out;
  } catch {
    return undefined;
  }
}

/** `yyyyMMddHHmmss` in China time, the institution's time format. */
export function institutionTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
}
