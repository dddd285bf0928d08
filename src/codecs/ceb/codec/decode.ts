import { AppError } from '../../../kernel/errors/index.js';
import { type AttributeDef, type ComplexTypeDef, NAMESPACES, type ParticleDef, type TypeDef } from '../schema-model.js';
import type { CebIssue } from '../validation/libxml.js';
import { serializeContent, serializeElement } from '../xml/serialize.js';
import { childElements, textContent, type XmlElement, XMLNS_NS } from '../xml/tree.js';

/**
 * Turns a namespace-resolved tree into the wire object the generated types describe, guided by the
 * descriptor: repeated elements become arrays, optional ones are absent when missing, leaves stay strings.
 * The XSD has normally validated the document already; the checks here keep `validate: false` honest.
 */

export type WireObject = Record<string, unknown>;

export interface DecodeContext {
  readonly message: string;
  readonly edition: string;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const byName = new WeakMap<ComplexTypeDef, Map<string, ParticleDef>>();

function particles(type: ComplexTypeDef): Map<string, ParticleDef> {
  let map = byName.get(type);
  if (!map) {
    map = new Map(type.children.map((p) => [`${NAMESPACES[p.ns]} ${p.name}`, p]));
    byName.set(type, map);
  }
  return map;
}

export function schemaInvalid(ctx: DecodeContext, issues: readonly CebIssue[], cause?: unknown): AppError {
  const first = issues[0];
  return new AppError(
    'ceb.schema_invalid',
    {
      message: ctx.message,
      edition: ctx.edition,
      count: issues.length,
      first: first ? `${first.path}: ${first.message}` : 'unknown',
      path: first?.path,
      errors: issues,
    },
    cause === undefined ? undefined : { cause },
  );
}

function problem(ctx: DecodeContext, path: string, message: string): AppError {
  return schemaInvalid(ctx, [{ code: 'ceb.schema_invalid', path, message }]);
}

function attributes(el: XmlElement, defs: readonly AttributeDef[], out: WireObject, ctx: DecodeContext, path: string): void {
  for (const a of el.attrs) {
    if (a.uri === XMLNS_NS || a.uri === XSI) continue;
    const def = a.uri === '' ? defs.find((d) => d.name === a.local) : undefined;
    if (!def) throw problem(ctx, `${path}/@${a.qname}`, `attribute ${a.qname} is not allowed here`);
    out[def.name] = a.value;
  }
}

function leafText(el: XmlElement, ctx: DecodeContext, path: string): string {
  if (childElements(el).length > 0) throw problem(ctx, path, `${el.qname} must hold text only`);
  return textContent(el);
}

function decodeValue(el: XmlElement, type: TypeDef, ctx: DecodeContext, path: string): unknown {
  switch (type.kind) {
    case 'simple':
      return leafText(el, ctx, path);
    case 'simpleContent': {
      const out: WireObject = { value: leafText(el, ctx, path) };
      attributes(el, type.attributes, out, ctx, path);
      return out;
    }
    case 'rawContent':
      return serializeContent(el);
    case 'rawElement':
      return serializeElement(el);
    case 'complex':
      return decodeComplex(el, type, ctx, path);
  }
}

export function decodeComplex(el: XmlElement, type: ComplexTypeDef, ctx: DecodeContext, path: string): WireObject {
  const out: WireObject = {};
  attributes(el, type.attributes, out, ctx, path);
  const map = particles(type);
  const counts = new Map<string, number>();
  for (const child of el.children) {
    if (child.kind === 'text') {
      if (child.text.trim() !== '') throw problem(ctx, path, `unexpected text in ${el.qname}`);
      continue;
    }
    const particle = map.get(`${child.uri} ${child.local}`);
    const n = (counts.get(child.local) ?? 0) + 1;
    counts.set(child.local, n);
    const childPath = `${path}/${child.qname}[${n}]`;
    if (!particle) throw problem(ctx, childPath, `element ${child.qname} is not expected in ${el.qname}`);
    const value = decodeValue(child, particle.type, ctx, childPath);
    if (particle.max > 1) {
      const list = (out[particle.name] ?? []) as unknown[];
      list.push(value);
      out[particle.name] = list;
    } else if (particle.name in out) {
      throw problem(ctx, childPath, `element ${child.qname} may occur only once`);
    } else {
      out[particle.name] = value;
    }
  }
  return out;
}
