import { AppError } from '../../../kernel/errors/index.js';
import { type AttributeDef, type ComplexTypeDef, type MessageDef, NAMESPACES, type ParticleDef } from '../schema-model.js';
import { escapeAttr, escapeText, hasForbiddenChars } from '../xml/escape.js';

/**
 * Writes a wire object as XML in XSD element order with the conventional prefixes (`ceb:`, `dxp:`).
 * Deterministic: the same object always gives the same bytes. A raw `ds:Signature` is written exactly as
 * given and glued to the end tag of the element before it, so removing it leaves precisely the document
 * without signature — what an enveloped-signature digest is computed over.
 */

export interface EncodeLayout {
  /** Newlines and indentation (default true). */
  readonly pretty: boolean;
  /** Write `<?xml version="1.0" encoding="UTF-8"?>` first (default true). */
  readonly declaration: boolean;
}

interface Ctx {
  readonly message: string;
  readonly layout: EncodeLayout;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shape(ctx: Ctx, path: string, reason: string): AppError {
  return new AppError('ceb.encode_shape', { message: ctx.message, reason, path });
}

function text(ctx: Ctx, value: unknown, path: string): string {
  if (typeof value !== 'string') throw shape(ctx, path, `expected a string, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  if (hasForbiddenChars(value)) throw shape(ctx, path, 'the value holds characters XML cannot carry');
  return value;
}

function attrs(ctx: Ctx, defs: readonly AttributeDef[], value: Record<string, unknown>, path: string): string {
  let out = '';
  for (const def of defs) {
    const v = value[def.name];
    if (v === undefined) continue;
    out += ` ${def.name}="${escapeAttr(text(ctx, v, `${path}/@${def.name}`))}"`;
  }
  return out;
}

function checkKeys(ctx: Ctx, value: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key) && value[key] !== undefined) throw shape(ctx, path, `unknown property ${key}`);
  }
}

function element(ctx: Ctx, p: ParticleDef, value: unknown, depth: number, path: string): string {
  const qname = `${p.ns}:${p.name}`;
  const type = p.type;
  switch (type.kind) {
    case 'simple':
      return `<${qname}>${escapeText(text(ctx, value, path))}</${qname}>`;
    case 'rawContent':
      return `<${qname}>${text(ctx, value, path)}</${qname}>`;
    case 'rawElement':
      return text(ctx, value, path);
    case 'simpleContent': {
      if (!isRecord(value)) throw shape(ctx, path, 'expected an object with a value');
      checkKeys(ctx, value, ['value', ...type.attributes.map((a) => a.name)], path);
      return `<${qname}${attrs(ctx, type.attributes, value, path)}>${escapeText(text(ctx, value['value'], path))}</${qname}>`;
    }
    case 'complex':
      return complex(ctx, qname, type, value, depth, path, '');
  }
}

function complex(ctx: Ctx, qname: string, type: ComplexTypeDef, value: unknown, depth: number, path: string, nsDecl: string): string {
  if (!isRecord(value)) throw shape(ctx, path, 'expected an object');
  checkKeys(ctx, value, [...type.attributes.map((a) => a.name), ...type.children.map((c) => c.name)], path);
  const pretty = ctx.layout.pretty;
  const inner = pretty ? `\n${'  '.repeat(depth + 1)}` : '';
  let out = `<${qname}${attrs(ctx, type.attributes, value, path)}${nsDecl}>`;
  for (const p of type.children) {
    const v = value[p.name];
    if (v === undefined) continue;
    const items = p.max > 1 ? v : [v];
    if (!Array.isArray(items)) throw shape(ctx, `${path}/${p.name}`, `${p.name} repeats: expected an array`);
    if (p.max === 1 && Array.isArray(v)) throw shape(ctx, `${path}/${p.name}`, `${p.name} occurs once: expected a single value`);
    items.forEach((item, i) => {
      const written = element(ctx, p, item, depth + 1, `${path}/${p.ns}:${p.name}[${i + 1}]`);
      out += p.type.kind === 'rawElement' ? written : inner + written;
    });
  }
  if (pretty && type.children.length > 0) out += `\n${'  '.repeat(depth)}`;
  return `${out}</${qname}>`;
}

/** The whole document for a message. */
export function encodeDocument(def: MessageDef, value: unknown, layout: EncodeLayout): string {
  const ctx: Ctx = { message: def.root.name, layout };
  const root = def.root;
  const qname = `${root.ns}:${root.name}`;
  const body = complex(ctx, qname, root.type, value, 0, `/${qname}`, ` xmlns:${root.ns}="${NAMESPACES[root.ns]}"`);
  const declaration = layout.declaration ? `<?xml version="1.0" encoding="UTF-8"?>${layout.pretty ? '\n' : ''}` : '';
  return `${declaration}${body}${layout.pretty ? '\n' : ''}`;
}
