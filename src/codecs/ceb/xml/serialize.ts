import { escapeAttr, escapeText } from './escape.js';
import type { XmlChild, XmlElement } from './tree.js';

/**
 * Re-serialises parts of a parsed tree as standalone raw XML: the `ds:Signature` block and the open content of
 * `ExtendMessage/Message`. Text (including whitespace) and attributes are kept; comments and processing
 * instructions are dropped; empty elements are written as start/end pairs (the C14N form). Namespace bindings
 * the fragment uses but inherits from outside are declared on its top element, so the fragment stands alone.
 */

function usedPrefixes(element: XmlElement, into: Set<string>): void {
  into.add(element.prefix);
  for (const a of element.attrs) {
    const colon = a.qname.indexOf(':');
    if (colon > 0 && !a.qname.startsWith('xmlns')) into.add(a.qname.slice(0, colon));
  }
  for (const c of element.children) if (c.kind === 'element') usedPrefixes(c, into);
}

function startTag(element: XmlElement, extraDecls: string): string {
  let out = `<${element.qname}${extraDecls}`;
  for (const a of element.attrs) out += ` ${a.qname}="${escapeAttr(a.value)}"`;
  return `${out}>`;
}

function write(node: XmlChild, extraDecls: string): string {
  if (node.kind === 'text') return escapeText(node.text);
  let out = startTag(node, extraDecls);
  for (const c of node.children) out += write(c, '');
  return `${out}</${node.qname}>`;
}

function missingDeclarations(element: XmlElement): string {
  const used = new Set<string>();
  usedPrefixes(element, used);
  const declared = new Set(
    element.attrs.filter((a) => a.qname === 'xmlns' || a.qname.startsWith('xmlns:')).map((a) => (a.qname === 'xmlns' ? '' : a.qname.slice(6))),
  );
  let out = '';
  for (const prefix of [...used].sort()) {
    if (prefix === 'xml' || declared.has(prefix)) continue;
    const uri = element.scope[prefix];
    if (uri === undefined || (prefix === '' && uri === '')) continue;
    out += prefix ? ` xmlns:${prefix}="${escapeAttr(uri)}"` : ` xmlns="${escapeAttr(uri)}"`;
  }
  return out;
}

/** The element itself as standalone raw XML. */
export function serializeElement(element: XmlElement): string {
  return write(element, missingDeclarations(element));
}

/** The element's content (children) as raw XML, each child element standalone. */
export function serializeContent(element: XmlElement): string {
  let out = '';
  for (const c of element.children) out += c.kind === 'element' ? serializeElement(c) : escapeText(c.text);
  return out;
}
