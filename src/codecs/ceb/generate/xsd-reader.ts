import { XMLParser } from 'fast-xml-parser';
import type { AttributeDef, Facets, NamespacePrefix, SimpleBase } from '../schema-model.js';

/**
 * Reads the subset of XML Schema the CEB/DXP XSDs use (sequence, element name/ref/type, anonymous and named
 * complex and simple types, restriction facets, simpleContent extension, attributes, xs:any) into a model the
 * emitters turn into TypeScript. Anything outside that subset is an error: the generator must not guess.
 */

export interface XsdParticle {
  readonly name: string;
  readonly ns: NamespacePrefix;
  readonly min: number;
  readonly max: number;
  readonly doc?: string;
  readonly type: XsdType;
}

export interface XsdComplex {
  readonly kind: 'complex';
  /** TypeScript name of the generated interface (global element, named type, or a path for anonymous types). */
  readonly typeName: string;
  readonly doc?: string;
  readonly attributes: readonly AttributeDef[];
  readonly children: readonly XsdParticle[];
}

export type XsdType =
  | { readonly kind: 'simple'; readonly facets: Facets }
  | { readonly kind: 'simpleContent'; readonly typeName: string; readonly facets: Facets; readonly attributes: readonly AttributeDef[] }
  | XsdComplex
  | { readonly kind: 'rawContent' }
  | { readonly kind: 'rawElement' };

export interface XsdSchema {
  /** Prefix of the target namespace (`ceb` or `dxp`). */
  readonly ns: NamespacePrefix;
  /** The message roots in document order: `CEBnnnMessage`, `DxpMsg`, `DxpRep`, `DxpMsgSv`. */
  readonly messages: readonly XsdParticle[];
}

interface XNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XNode[];
  readonly text: string;
}

type Ordered = Record<string, unknown>;

function toNodes(items: unknown): XNode[] {
  if (!Array.isArray(items)) return [];
  const out: XNode[] = [];
  for (const item of items as Ordered[]) {
    const tag = Object.keys(item).find((k) => k !== ':@');
    if (!tag || tag === '#text' || tag.startsWith('?')) continue;
    const body = item[tag];
    const attrs = (item[':@'] ?? {}) as Record<string, string>;
    const text = Array.isArray(body)
      ? (body as Ordered[]).map((b) => (typeof b['#text'] === 'string' ? b['#text'] : '')).join('')
      : '';
    out.push({ tag: tag.replace(/^xs:/, ''), attrs, children: toNodes(body), text });
  }
  return out;
}

const BUILTIN: Readonly<Record<string, SimpleBase>> = {
  'xs:string': 'string',
  'xs:decimal': 'decimal',
  'xs:int': 'int',
  'xs:date': 'date',
  'xs:dateTime': 'dateTime',
  'xs:base64Binary': 'base64Binary',
  'xs:ID': 'ID',
};

function docOf(node: XNode): string | undefined {
  const annotation = node.children.find((c) => c.tag === 'annotation');
  const documentation = annotation?.children.find((c) => c.tag === 'documentation');
  const text = documentation?.text.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function occurs(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === 'unbounded') return Number.POSITIVE_INFINITY;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`bad occurrence ${value}`);
  return n;
}

function fail(what: string): never {
  throw new Error(`XSD construct not supported by the generator: ${what}`);
}

class Reader {
  private readonly globalElements = new Map<string, XNode>();
  private readonly namedComplex = new Map<string, XNode>();
  private readonly namedSimple = new Map<string, XNode>();
  private readonly complexCache = new Map<string, XsdType>();

  constructor(
    private readonly ns: NamespacePrefix,
    schemas: readonly XNode[],
  ) {
    for (const schema of schemas) {
      for (const child of schema.children) {
        const name = child.attrs['name'];
        if (child.tag === 'element' && name) this.globalElements.set(name, child);
        else if (child.tag === 'complexType' && name) this.namedComplex.set(name, child);
        else if (child.tag === 'simpleType' && name) this.namedSimple.set(name, child);
        else if (!['import', 'include', 'annotation'].includes(child.tag)) fail(`top-level ${child.tag}`);
      }
    }
  }

  messages(): XsdParticle[] {
    const roots = [...this.globalElements.keys()].filter((n) => /^CEB\d{3}Message$|^Dxp(Msg|Rep|MsgSv)$/.test(n));
    return roots.map((name) => this.particle({ tag: 'element', attrs: { ref: `${this.ns}:${name}` }, children: [], text: '' }, ''));
  }

  private localName(qname: string): string {
    return qname.includes(':') ? qname.slice(qname.indexOf(':') + 1) : qname;
  }

  private particle(node: XNode, scope: string): XsdParticle {
    const min = occurs(node.attrs['minOccurs'], 1);
    const max = occurs(node.attrs['maxOccurs'], 1);
    const ref = node.attrs['ref'];
    if (ref) {
      if (ref === 'ds:Signature') return { name: 'Signature', ns: 'ds', min, max, type: { kind: 'rawElement' } };
      const name = this.localName(ref);
      const global = this.globalElements.get(name);
      if (!global || !ref.startsWith(`${this.ns}:`)) fail(`ref ${ref}`);
      const type = this.elementType(global, name);
      const doc = docOf(global);
      return { name, ns: this.ns, min, max, type, ...(doc ? { doc } : {}) };
    }
    const name = node.attrs['name'] ?? fail('element without name or ref');
    const doc = docOf(node);
    const type = this.elementType(node, `${scope}${name}`);
    return { name, ns: this.ns, min, max, type, ...(doc ? { doc } : {}) };
  }

  /** The type of an element declaration; `typeName` names an anonymous complex type. */
  private elementType(node: XNode, typeName: string): XsdType {
    const typeAttr = node.attrs['type'];
    const extra: { fixed?: string; default?: string } = {};
    if (node.attrs['fixed'] !== undefined) extra.fixed = node.attrs['fixed'];
    if (node.attrs['default'] !== undefined) extra.default = node.attrs['default'];
    if (typeAttr) {
      const builtin = BUILTIN[typeAttr];
      if (builtin) return { kind: 'simple', facets: { base: builtin, ...extra } };
      const name = this.localName(typeAttr);
      const named = this.namedComplex.get(name);
      if (named) return this.complexType(named, name);
      const simple = this.namedSimple.get(name);
      if (simple) return { kind: 'simple', facets: { ...this.simpleFacets(simple), ...extra } };
      fail(`type ${typeAttr}`);
    }
    const inlineSimple = node.children.find((c) => c.tag === 'simpleType');
    if (inlineSimple) return { kind: 'simple', facets: { ...this.simpleFacets(inlineSimple), ...extra } };
    const inlineComplex = node.children.find((c) => c.tag === 'complexType');
    if (inlineComplex) return this.complexType(inlineComplex, typeName, docOf(node));
    return { kind: 'rawContent' };
  }

  private complexType(node: XNode, typeName: string, elementDoc?: string): XsdType {
    const cached = this.complexCache.get(typeName);
    if (cached) return cached;
    const type = this.buildComplex(node, typeName, elementDoc);
    this.complexCache.set(typeName, type);
    return type;
  }

  private buildComplex(node: XNode, typeName: string, elementDoc?: string): XsdType {
    const attributes = node.children.filter((c) => c.tag === 'attribute').map((a) => this.attribute(a));
    const doc = elementDoc ?? docOf(node);
    const simpleContent = node.children.find((c) => c.tag === 'simpleContent');
    if (simpleContent) {
      const extension = simpleContent.children.find((c) => c.tag === 'extension') ?? fail('simpleContent without extension');
      const facets = this.baseFacets(extension.attrs['base'] ?? fail('extension without base'));
      const attrs = [...attributes, ...extension.children.filter((c) => c.tag === 'attribute').map((a) => this.attribute(a))];
      if (attrs.length === 0) return { kind: 'simple', facets };
      return { kind: 'simpleContent', typeName, facets, attributes: attrs };
    }
    const sequence = node.children.find((c) => c.tag === 'sequence');
    const items = sequence?.children.filter((c) => c.tag !== 'annotation') ?? [];
    if (items.length > 0 && items.every((c) => c.tag === 'any')) return { kind: 'rawContent' };
    const scope = typeName.replace(/Message$/, '');
    const children = items.map((c) => (c.tag === 'element' ? this.particle(c, scope) : fail(`sequence item ${c.tag}`)));
    for (const other of node.children) {
      if (!['annotation', 'attribute', 'sequence'].includes(other.tag)) fail(`complexType child ${other.tag}`);
    }
    return { kind: 'complex', typeName, attributes, children, ...(doc ? { doc } : {}) };
  }

  private attribute(node: XNode): AttributeDef {
    const name = node.attrs['name'] ?? fail('attribute without name');
    let facets: Facets;
    const typeAttr = node.attrs['type'];
    const inline = node.children.find((c) => c.tag === 'simpleType');
    if (typeAttr) facets = this.baseFacets(typeAttr);
    else if (inline) facets = this.simpleFacets(inline);
    else facets = { base: 'string' };
    if (node.attrs['fixed'] !== undefined) facets = { ...facets, fixed: node.attrs['fixed'] };
    const doc = docOf(node);
    return { name, required: node.attrs['use'] === 'required', facets, ...(doc ? { doc } : {}) };
  }

  private baseFacets(qname: string): Facets {
    const builtin = BUILTIN[qname];
    if (builtin) return { base: builtin };
    const simple = this.namedSimple.get(this.localName(qname)) ?? fail(`simple type ${qname}`);
    return this.simpleFacets(simple);
  }

  private simpleFacets(node: XNode): Facets {
    const restriction = node.children.find((c) => c.tag === 'restriction') ?? fail('simpleType without restriction');
    const facets: { -readonly [K in keyof Facets]: Facets[K] } = { ...this.baseFacets(restriction.attrs['base'] ?? 'xs:string') };
    for (const f of restriction.children) {
      const value = f.attrs['value'] ?? '';
      switch (f.tag) {
        case 'length':
        case 'minLength':
        case 'maxLength':
        case 'totalDigits':
        case 'fractionDigits':
          facets[f.tag] = Number(value);
          break;
        case 'whiteSpace':
          facets.whiteSpace = value as Facets['whiteSpace'];
          break;
        case 'annotation':
          break;
        default:
          fail(`facet ${f.tag}`);
      }
    }
    return facets;
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function schemaNode(xsdText: string): XNode {
  const schema = toNodes(parser.parse(xsdText.replace(/^\uFEFF/, ''))).find((n) => n.tag === 'schema');
  if (!schema) throw new Error('not an XSD: no xs:schema root');
  return schema;
}

/**
 * Reads one schema "set": the main XSD plus the texts of the XSDs it `xs:include`s (same namespace).
 * `ds:Signature` (imported from xmldsig) is not read: it becomes an opaque raw element.
 */
export function readXsd(ns: NamespacePrefix, main: string, includes: readonly string[] = []): XsdSchema {
  const reader = new Reader(ns, [schemaNode(main), ...includes.map(schemaNode)]);
  return { ns, messages: reader.messages() };
}
