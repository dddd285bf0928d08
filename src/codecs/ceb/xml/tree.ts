import { XMLParser } from 'fast-xml-parser';
import { decodeEntities } from './escape.js';

/**
 * A small namespace-aware element tree built from fast-xml-parser's ordered output. fast-xml-parser is not
 * namespace-aware (it sees `ceb:Order` and `Order` as different names); the CEB samples use both prefixed
 * and default-namespace forms, so prefixes are resolved here against the in-scope `xmlns` declarations.
 * Input must already be screened and well-formed (see `screen.ts`, `validation/libxml.ts`).
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttr {
  readonly qname: string;
  readonly local: string;
  /** Namespace URI; '' for unprefixed attributes; XMLNS_NS for namespace declarations. */
  readonly uri: string;
  readonly value: string;
}

export interface XmlElement {
  readonly kind: 'element';
  readonly qname: string;
  readonly prefix: string;
  readonly local: string;
  readonly uri: string;
  readonly attrs: readonly XmlAttr[];
  readonly children: readonly XmlChild[];
  /** Every namespace binding in scope on this element (prefix '' = default namespace). */
  readonly scope: Readonly<Record<string, string>>;
}

export interface XmlText {
  readonly kind: 'text';
  readonly text: string;
  readonly cdata: boolean;
}

export type XmlChild = XmlElement | XmlText;

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function split(qname: string): [string, string] {
  const i = qname.indexOf(':');
  return i === -1 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

function textOf(body: unknown): string {
  if (!Array.isArray(body)) return '';
  return (body as Ordered[]).map((b) => (typeof b['#text'] === 'string' ? b['#text'] : '')).join('');
}

function build(item: Ordered, parentScope: Readonly<Record<string, string>>): XmlElement | undefined {
  const qname = Object.keys(item).find((k) => k !== ':@');
  if (!qname || qname.startsWith('?') || qname === '#text' || qname === '#cdata') return undefined;
  const rawAttrs = (item[':@'] ?? {}) as Record<string, string>;
  let scope = parentScope;
  for (const [name, value] of Object.entries(rawAttrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = { ...parentScope };
      (scope as Record<string, string>)[name === 'xmlns' ? '' : name.slice(6)] = decodeEntities(value);
    }
  }
  const attrs: XmlAttr[] = Object.entries(rawAttrs).map(([name, value]) => {
    const [prefix, local] = split(name);
    const isDecl = name === 'xmlns' || prefix === 'xmlns';
    const uri = isDecl ? XMLNS_NS : prefix ? (scope[prefix] ?? '') : '';
    return { qname: name, local, uri, value: decodeEntities(value.replace(/[\t\n\r]/g, ' ')) };
  });
  const [prefix, local] = split(qname);
  const children: XmlChild[] = [];
  const body = item[qname];
  if (Array.isArray(body)) {
    for (const child of body as Ordered[]) {
      if (typeof child['#text'] === 'string') children.push({ kind: 'text', text: decodeEntities(child['#text']), cdata: false });
      else if ('#cdata' in child) children.push({ kind: 'text', text: textOf(child['#cdata']), cdata: true });
      else {
        const element = build(child, scope);
        if (element) children.push(element);
      }
    }
  }
  return { kind: 'element', qname, prefix, local, uri: scope[prefix] ?? '', attrs, children, scope };
}

/** Parses well-formed XML text into the root element (line ends normalised to LF as XML requires). */
export function parseTree(text: string): XmlElement {
  const items = parser.parse(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text) as Ordered[];
  for (const item of items) {
    const root = build(item, { xml: XML_NS });
    if (root) return root;
  }
  throw new Error('no root element');
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c.kind === 'element');
}

/** The concatenated text and CDATA content of an element (element children ignored). */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const c of element.children) if (c.kind === 'text') out += c.text;
  return out;
}
