import { AppError } from '../../../kernel/errors/index.js';
import type { DecodeOptions, EncodeOptions } from '../codec/codec.js';
import type { DomainMessages } from '../generated/domain.types.js';
import { codecFor, messageDef, type Wire202205 } from '../registry.js';
import type { Edition } from '../schema-model.js';
import { DOMAIN_MESSAGES, type DomainMessageType, isDomainMessageType } from './naming.js';
import { type DomainField, domainShape } from './shape.js';

/**
 * Wire ↔ domain for the import messages. Generic: it walks the same shape the domain types were generated
 * from. Integers become numbers; decimals and codes stay strings; heads fold into their documents.
 */

type Obj = Record<string, unknown>;

const shapes = new Map<DomainMessageType, readonly DomainField[]>();

function shapeOf(type: DomainMessageType): readonly DomainField[] {
  let fields = shapes.get(type);
  if (!fields) {
    const def = messageDef(type, '202205');
    if (!def) throw new AppError('ceb.domain_unsupported', { type });
    fields = domainShape(def.root, DOMAIN_MESSAGES[type].documents).fields;
    shapes.set(type, fields);
  }
  return fields;
}

function toInt(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[+-]?\d+\s*$/.test(value)) return value;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
}

function down(wire: Obj, fields: readonly DomainField[], out: Obj): Obj {
  for (const f of fields) {
    const value = wire[f.wire];
    if (f.kind === 'flatten') {
      if (value && typeof value === 'object') down(value as Obj, f.fields, out);
      continue;
    }
    if (value === undefined) continue;
    if (f.kind === 'group') {
      const one = (v: unknown): Obj => down(v as Obj, f.fields, {});
      out[f.domain] = f.repeated ? (value as unknown[]).map(one) : one(value);
    } else if (f.kind === 'leaf' && f.int) {
      out[f.domain] = f.repeated ? (value as unknown[]).map(toInt) : toInt(value);
    } else {
      out[f.domain] = value;
    }
  }
  return out;
}

function up(domain: Obj, fields: readonly DomainField[]): Obj {
  const out: Obj = {};
  for (const f of fields) {
    if (f.kind === 'flatten') {
      out[f.wire] = up(domain, f.fields);
      continue;
    }
    const value = domain[f.domain];
    if (value === undefined) continue;
    if (f.kind === 'group') {
      const one = (v: unknown): Obj => up(v as Obj, f.fields);
      out[f.wire] = f.repeated ? (value as unknown[]).map(one) : one(value);
    } else if (f.kind === 'leaf' && f.int) {
      const str = (v: unknown): unknown => (typeof v === 'number' ? String(v) : v);
      out[f.wire] = f.repeated ? (value as unknown[]).map(str) : str(value);
    } else {
      out[f.wire] = value;
    }
  }
  return out;
}

/** The domain model of a decoded import message. */
export function toDomain<T extends DomainMessageType>(type: T, wire: Wire202205[T]): DomainMessages[T] {
  return down(wire as unknown as Obj, shapeOf(type), {}) as unknown as DomainMessages[T];
}

/** The wire object of a domain message (ready for `codecFor(type).encode`). */
export function fromDomain<T extends DomainMessageType>(type: T, domain: DomainMessages[T]): Wire202205[T] {
  return up(domain as unknown as Obj, shapeOf(type)) as unknown as Wire202205[T];
}

function checkType(type: string): asserts type is DomainMessageType {
  if (!isDomainMessageType(type)) throw new AppError('ceb.domain_unsupported', { type });
}

/** Validates and decodes XML straight into the domain model. */
export function decodeDomain<T extends DomainMessageType>(
  type: T,
  xml: string | Uint8Array,
  options: DecodeOptions & { edition?: Edition } = {},
): DomainMessages[T] {
  checkType(type);
  const wire = codecFor(type, options.edition ?? '202205').decode(xml, options) as Wire202205[T];
  return toDomain(type, wire);
}

/** Encodes (and validates) a domain message. */
export function encodeDomain<T extends DomainMessageType>(
  type: T,
  domain: DomainMessages[T],
  options: EncodeOptions & { edition?: Edition } = {},
): string {
  checkType(type);
  const codec = codecFor(type, options.edition ?? '202205') as { encode(m: unknown, o?: EncodeOptions): string };
  return codec.encode(fromDomain(type, domain), options);
}
