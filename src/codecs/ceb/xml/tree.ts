import { decodeEntities } from './escape.js';

/**
 * A small namespace-aware element tree. The CEB samples use both prefixed and default-namespace forms, so
 * prefixes are resolved against the in-scope `xmlns` declarations.
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

const ROOT_SCOPE: Readonly<Record<string, string>> = { xml: XML_NS };

function split(qname: string): [string, string] {
  const i = qname.indexOf(':');
  return i === -1 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function fail(reason: string, at: number): never {
  throw new Error(`${reason} at offset ${at}`);
}

interface Open {
  readonly qname: string;
  readonly rawAttrs: readonly (readonly [string, string])[];
  readonly scope: Readonly<Record<string, string>>;
  readonly children: XmlChild[];
}

/** Reads the attributes of a start tag from `i` (just after its name); returns them and where the tag ends. */
function readAttributes(text: string, from: number): { attrs: [string, string][]; end: number; empty: boolean } {
  const attrs: [string, string][] = [];
  const n = text.length;
  let i = from;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) fail('unterminated start tag', i);
    const c = text.charCodeAt(i);
    if (c === 0x3e) return { attrs, end: i + 1, empty: false }; // >
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x3e) return { attrs, end: i + 2, empty: true }; // />
    const eq = text.indexOf('=', i);
    if (eq === -1) fail('attribute without value', i);
    const name = text.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(text.charCodeAt(q))) q++;
    const quote = text[q];
    if (quote !== '"' && quote !== "'") fail('unquoted attribute value', q);
    const close = text.indexOf(quote, q + 1);
    if (close === -1) fail('unterminated attribute value', q);
    attrs.push([name, text.slice(q + 1, close)]);
    i = close + 1;
  }
}

function toElement(open: Open): XmlElement {
  const { qname, scope } = open;
  const attrs: XmlAttr[] = open.rawAttrs.map(([name, value]) => {
    const [prefix, local] = split(name);
    const isDecl = name === 'xmlns' || prefix === 'xmlns';
    const uri = isDecl ? XMLNS_NS : prefix ? (scope[prefix] ?? '') : '';
    return { qname: name, local, uri, value: decodeEntities(value.replace(/[\t\n\r]/g, ' ')) };
  });
  const [prefix, local] = split(qname);
  return { kind: 'element', qname, prefix, local, uri: scope[prefix] ?? '', attrs, children: open.children, scope };
}

/** Opens an element from its start tag at `lt`; returns the open element and where its tag ends. */
function startTag(text: string, lt: number, parentScope: Readonly<Record<string, string>>): { open: Open; end: number; empty: boolean } {
  let j = lt + 1;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (isSpace(d) || d === 0x3e || d === 0x2f) break;
    j++;
  }
  const qname = text.slice(lt + 1, j);
  if (qname.length === 0) fail('element without a name', lt);
  const { attrs, end, empty } = readAttributes(text, j);
  let scope = parentScope;
  for (const [name, value] of attrs) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = { ...parentScope };
      (scope as Record<string, string>)[name === 'xmlns' ? '' : name.slice(6)] = decodeEntities(value);
    }
  }
  return { open: { qname, rawAttrs: attrs, scope, children: [] }, end, empty };
}

/** Where the markup at `lt` that is not an element tag (comment, CDATA, PI, declaration) ends; CDATA is kept. */
function skipMarkup(text: string, lt: number, into: XmlChild[] | undefined): number {
  const close = (token: string, from: number, what: string) => {
    const end = text.indexOf(token, from);
    if (end === -1) fail(`unterminated ${what}`, lt);
    return end;
  };
  if (text.startsWith('<!--', lt)) return close('-->', lt + 4, 'comment') + 3;
  if (text.startsWith('<![CDATA[', lt)) {
    const end = close(']]>', lt + 9, 'CDATA section');
    into?.push({ kind: 'text', text: text.slice(lt + 9, end), cdata: true });
    return end + 3;
  }
  if (text.startsWith('<?', lt)) return close('?>', lt + 2, 'processing instruction') + 2;
  return fail('unexpected markup declaration', lt);
}

/**
 * Parses well-formed XML text into the root element (line ends normalised to LF as XML requires). One pass over
 * the text: comments, processing instructions and the XML declaration are skipped, CDATA is kept as it is, text
 * and attribute values have their entity and character references resolved. Input must already be screened and
 * checked well-formed (libxml2); this reader only refuses what it cannot read at all.
 */
export function parseTree(input: string): XmlElement {
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const n = text.length;
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  const close = (done: XmlElement) => {
    const parent = stack.at(-1);
    if (parent) parent.children.push(done);
    else root ??= done;
  };
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const stop = lt === -1 ? n : lt;
    const top = stack.at(-1);
    if (stop > i && top) top.children.push({ kind: 'text', text: decodeEntities(text.slice(i, stop)), cdata: false });
    if (lt === -1) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 0x21 || c === 0x3f) {
      i = skipMarkup(text, lt, top?.children); // <! or <?
    } else if (c === 0x2f) {
      const end = text.indexOf('>', lt + 2);
      if (end === -1) fail('unterminated end tag', lt);
      const name = text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.qname !== name) fail(`end tag ${name} does not match`, lt);
      close(toElement(open));
      i = end + 1;
    } else {
      const { open, end, empty } = startTag(text, lt, top?.scope ?? ROOT_SCOPE);
      if (empty) close(toElement(open));
      else stack.push(open);
      i = end;
    }
  }
  if (stack.length > 0) fail(`element ${stack.at(-1)?.qname} is not closed`, n);
  if (!root) throw new Error('no root element');
  return root;
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
