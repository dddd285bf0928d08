import { AppError } from '../../../kernel/errors/index.js';
import type { EncodeOptions } from '../codec/codec.js';
import { codecFor, messageDef } from '../registry.js';
import type { CebMessageType } from '../registry.js';
import type { Edition, ParticleDef } from '../schema-model.js';

/** Shared by the receipt builders and reader: times, lengths, batches, encoding. */

const CHINA_OFFSET_MS = 8 * 3600_000;
const RETURN_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})$/;

/** `returnTime`: YYYYMMDDhhmmssSSS in China time (UTC+8, no daylight saving). */
export function formatReturnTime(date: Date, type: string): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new AppError('ceb.encode_shape', { message: `${type}Message`, reason: 'returnTime is an invalid Date', path: 'returnTime' });
  const iso = new Date(ms + CHINA_OFFSET_MS).toISOString();
  if (iso.length !== 24) throw new AppError('ceb.encode_shape', { message: `${type}Message`, reason: `returnTime ${iso} is outside years 0000–9999`, path: 'returnTime' });
  return iso.replace(/\D/g, '');
}

/** The instant of a `returnTime`; throws `ceb.schema_invalid` when it is not YYYYMMDDhhmmssSSS (a real time). */
export function parseReturnTime(text: string, ctx: { type: string; edition: Edition; path: string }): Date {
  const m = RETURN_TIME.exec(text);
  const parts = m ? m.slice(1).map(Number) : [];
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0] = parts;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - CHINA_OFFSET_MS);
  if (m && y >= 100 && formatReturnTime(date, ctx.type) === text) return date;
  const first = `${ctx.path}: "${text}" is not a time written YYYYMMDDhhmmssSSS`;
  throw new AppError('ceb.schema_invalid', { message: `${ctx.type}Message`, edition: ctx.edition, count: 1, first, path: ctx.path });
}

/** At most `max` characters (code points, as the XSD counts them). */
export function truncate(text: string, max: number | undefined): string {
  if (max === undefined) return text;
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max).join('') : text;
}

/** The `maxLength` facet of a leaf, found by its element path under the message root. */
export function maxLengthOf(type: CebMessageType, edition: Edition, path: readonly string[]): number | undefined {
  let particle: ParticleDef | undefined = messageDef(type, edition)?.root;
  for (const name of path) {
    const t: ParticleDef['type'] | undefined = particle?.type;
    particle = t?.kind === 'complex' ? t.children.find((c) => c.name === name) : undefined;
  }
  return particle?.type.kind === 'simple' ? particle.type.facets.maxLength : undefined;
}

/** One item or a non-empty batch as a list; throws when empty or when the items are of different types. */
export function batch<T extends object>(input: T | readonly T[], type: string): readonly T[] {
  const items: readonly T[] = Array.isArray(input) ? input : [input as T];
  if (items.length === 0) throw new AppError('ceb.encode_shape', { message: `${type}Message`, reason: 'nothing to write', path: '/' });
  for (const item of items) {
    const other = 'type' in item ? item.type : undefined;
    if (other !== undefined && other !== type) {
      throw new AppError('ceb.encode_shape', { message: `${type}Message`, reason: `a ${String(other)} cannot be batched with a ${type}`, path: '/' });
    }
  }
  return items;
}

/** Encodes (and XSD-validates) a wire message of any type. */
export function encodeWire(type: CebMessageType, edition: Edition, message: unknown, options?: EncodeOptions): string {
  return (codecFor(type, edition) as { encode(m: unknown, o?: EncodeOptions): string }).encode(message, options);
}

/** Copies the properties of `source` that are present, skipping `omit`. */
export function presentFields(source: object, omit: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) if (v !== undefined && !omit.includes(k)) out[k] = v;
  return out;
}
