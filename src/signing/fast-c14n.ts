import { createHash } from 'node:crypto';
import { ParseOption, XmlDocument } from 'libxml2-wasm';
import type { RootLayout } from './xml-scan.js';

/**
 * Fast paths for the two canonicalisations of verification (inclusive C14N 1.0, ceb-messages.md §5), used only on
 * text libxml2 has already parsed (so it is well-formed and has no DOCTYPE). Each gives `undefined` whenever the input
 * is not in a form it handles, and the caller then takes the full libxml2 path; fast-c14n.test.ts checks fast == full
 * on every handled form and that the others fall back, and fast-c14n.fuzz.test.ts compares both on random messages
 * (a fast answer that differed from libxml2's would let one document pass for another; the review before this path
 * was enabled ran 300,000 of them without a difference).
 *
 * - The document digest, in one pass over the text: text content is kept as it is when it is already canonical (no
 *   CR, CDATA, comments, PIs, character references, `&quot;`/`&apos;` or literal `>`; otherwise fall back); start
 *   tags are re-rendered when they are not `<name>` (attributes sorted, values normalised and escaped, superfluous
 *   namespace declarations dropped, empty-element tags expanded); the signature's bytes are cut out
 *   (enveloped-signature transform). No DOM walk, one hash update.
 * - SignedInfo in its document context: its text re-parsed on its own, with the namespaces in scope from the root and
 *   ds:Signature declared on it, canonicalised as a whole document (libxml2's document-subset C14N calls back into
 *   JS for every node of the message).
 */

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const PROLOG = /^\uFEFF?(?:<\?xml\s[^?]*\?>)?\s*$/;
const NOT_CANONICAL_TEXT = /[\r>]|&(?!(?:amp|lt|gt);)/;
const CANONICAL_REF = /^&(?:amp|lt|gt);/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_IGNORE_ENC;

type Scope = ReadonlyMap<string, string>;

/** Index just past the `>` closing the tag that starts at `from`, honouring quoted attribute values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ESCAPE: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** An attribute value as C14N renders it: line ends and whitespace normalised, references resolved, then escaped. */
function canonicalValue(raw: string): string {
  const value = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\n]/g, ' ')
    .replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
      named ? NAMED[named]! : String.fromCodePoint(Number.parseInt(hex ?? dec!, hex ? 16 : 10)),
    );
  return value.replace(/[&<"\t\n\r]/g, (c) => ESCAPE[c]!);
}

const TAG_ATTR = /\s+([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** The canonical form of the start tag spanning [lt, gt) and the scope inside it; undefined when not handled. */
function canonicalStartTag(xml: string, lt: number, gt: number, parent: Scope): { text: string; scope: Scope; qname: string } | undefined {
  const empty = xml[gt - 2] === '/';
  const inner = gt - (empty ? 2 : 1);
  const qname = /^[^\s/>]+/.exec(xml.slice(lt + 1, inner))?.[0];
  if (!qname) return undefined;
  let i = lt + 1 + qname.length;
  const nsDecls: Array<[string, string]> = [];
  const attrs: Array<[string, string]> = [];
  while (true) {
    TAG_ATTR.lastIndex = i;
    const m = TAG_ATTR.exec(xml);
    if (!m || m.index !== i || TAG_ATTR.lastIndex > inner) break;
    const name = m[1]!;
    const value = canonicalValue(m[2] ?? m[3]!);
    if (name === 'xmlns' || name.startsWith('xmlns:')) nsDecls.push([name === 'xmlns' ? '' : name.slice(6), value]);
    else attrs.push([name, value]);
    i = TAG_ATTR.lastIndex;
  }
  if (/\S/.test(xml.slice(i, inner))) return undefined;
  let scope: Map<string, string> | undefined;
  const rendered: Array<[string, string]> = [];
  for (const [prefix, value] of nsDecls) {
    // Relative namespace URIs: libxml2's C14N refuses them; the reserved prefixes are special: full path.
    if (prefix === 'xml' || prefix === 'xmlns' || (prefix !== '' && value === '') || (value !== '' && !ABSOLUTE_URI.test(value)) || value.includes('&')) return undefined;
    scope ??= new Map(parent);
    scope.set(prefix, value);
    if ((parent.get(prefix) ?? '') !== value) rendered.push([prefix, value]);
  }
  rendered.sort((a, b) => compare(a[0], b[0]));
  const inScope = scope ?? parent;
  const keyed: Array<[string, string, string, string]> = [];
  for (const [name, value] of attrs) {
    const colon = name.indexOf(':');
    const uri = colon < 0 ? '' : name.slice(0, colon) === 'xml' ? XML_NS : inScope.get(name.slice(0, colon));
    if (uri === undefined || /[^\x21-\x7e]/.test(name) || /[^\x20-\x7e]/.test(uri)) return undefined;
    keyed.push([uri, colon < 0 ? name : name.slice(colon + 1), name, value]);
  }
  keyed.sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
  let text = `<${qname}`;
  for (const [prefix, value] of rendered) text += ` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${value}"`;
  for (const [, , name, value] of keyed) text += ` ${name}="${value}"`;
  text += empty ? `></${qname}>` : '>';
  return { text, scope: inScope, qname };
}

export interface FastDigest {
  /** Digest of the canonical document without the signature; undefined when the text is not in a handled form. */
  readonly digest: Buffer | undefined;
  readonly rootStart: number;
  readonly rootStartTagEnd: number;
  readonly signatureStart: number;
  readonly signatureEnd: number;
}

/** Index just past a comment, CDATA section or PI starting at `lt`; -1 if unterminated. */
function skipMarkup(xml: string, lt: number): number {
  const terminator = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : xml.startsWith('<?', lt) ? '?>' : '';
  if (!terminator) return -1;
  const at = xml.indexOf(terminator, lt + 2);
  return at < 0 ? -1 : at + terminator.length;
}

/**
 * One pass over the message: locates the root and the ds:Signature (the root's element child number
 * `signatureIndex`) and, when the rest is in a handled form, hashes C14N 1.0 (without comments) of the document
 * without the signature (enveloped-signature transform). `undefined` when the layout cannot be located.
 */
export function fastEnvelopedDigest(xml: string, signatureIndex: number, hash: string): FastDigest | undefined {
  let rootStart = -1;
  let rootStartTagEnd = -1;
  let signatureStart = -1;
  let signatureEnd = -1;
  let handled = true;
  const scopes: Scope[] = [new Map([['', '']])];
  const out: string[] = [];
  let run = -1;
  let depth = 0;
  let children = 0;
  let inSignature = false;
  let i = 0;
  for (;;) {
    let lt = i;
    if (handled && depth > 0 && !inSignature) {
      // Text: kept as it is unless C14N would change it (CR, `>`, references other than &amp; &lt; &gt;).
      for (let ch = xml.charCodeAt(lt); ch !== 60; ch = xml.charCodeAt(++lt)) {
        if (Number.isNaN(ch)) return undefined;
        if (ch === 13 || ch === 62 || (ch === 38 && !CANONICAL_REF.test(xml.slice(lt, lt + 5)))) handled = false;
      }
    } else lt = xml.indexOf('<', i);
    if (lt < 0) return undefined;
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      // `<!` or `<?`: comment, CDATA, PI (or the XML declaration before the root, checked with the prolog).
      if (depth > 0 && !inSignature) handled = false;
      i = skipMarkup(xml, lt);
      if (i < 0) return undefined;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) return undefined;
    if (c === 47) {
      depth -= 1;
      if (inSignature) {
        if (depth === 1) {
          inSignature = false;
          signatureEnd = gt;
          run = gt;
        }
      } else {
        scopes.pop();
        const last = xml.charCodeAt(gt - 2);
        if (handled && (last === 32 || last === 9 || last === 10 || last === 13)) {
          out.push(xml.slice(run, lt), `</${xml.slice(lt + 2, gt - 1).trimEnd()}>`);
          run = gt;
        }
      }
      if (depth === 0) {
        if (signatureEnd < 0 || !PROLOG.test(xml.slice(0, rootStart)) || /\S/.test(xml.slice(gt))) handled = false;
        if (!handled) return { digest: undefined, rootStart, rootStartTagEnd, signatureStart, signatureEnd };
        out.push(xml.slice(run, gt));
        const digest = createHash(hash).update(out.join(''), 'utf8').digest();
        return { digest, rootStart, rootStartTagEnd, signatureStart, signatureEnd };
      }
    } else {
      const empty = xml.charCodeAt(gt - 2) === 47;
      if (depth === 0) {
        if (rootStart >= 0 || empty) return undefined;
        rootStart = lt;
        rootStartTagEnd = gt;
        run = lt;
      }
      if (depth === 1 && children++ === signatureIndex) {
        if (empty || !/^<(?:[^\s:/>]+:)?Signature[\s>]/.test(xml.slice(lt, lt + 64))) return undefined;
        signatureStart = lt;
        inSignature = true;
        out.push(xml.slice(run, lt));
      } else if (!inSignature && handled) {
        const parent = scopes[scopes.length - 1]!;
        let plain = !empty;
        for (let k = lt + 1; plain && k < gt - 1; k++) {
          const ch = xml.charCodeAt(k);
          if (ch === 32 || ch === 9 || ch === 10 || ch === 13) plain = false;
        }
        if (plain) scopes.push(parent);
        else {
          const tag = canonicalStartTag(xml, lt, gt, parent);
          if (!tag) handled = false;
          else {
            out.push(xml.slice(run, lt), tag.text);
            run = gt;
            if (!empty) scopes.push(tag.scope);
          }
        }
      } else if (!inSignature && !empty) scopes.push(scopes[scopes.length - 1]!);
      if (!empty) depth += 1;
    }
    i = gt;
  }
}

/**
 * C14N 1.0 of a standalone element's text (the apex renders every namespace declaration on it), when it has no
 * comments, CDATA, PIs or non-canonical text; undefined otherwise.
 */
export function canonicalElementText(text: string): string | undefined {
  const scopes: Scope[] = [new Map([['', '']])];
  const out: string[] = [];
  let run = 0;
  let i = 0;
  do {
    const lt = text.indexOf('<', i);
    if (lt < 0) return undefined;
    if (lt > i && NOT_CANONICAL_TEXT.test(text.slice(i, lt))) return undefined;
    const c = text.charCodeAt(lt + 1);
    if (c === 33 || c === 63) return undefined;
    const gt = tagEnd(text, lt);
    if (gt < 0) return undefined;
    if (c === 47) {
      const name = text.slice(lt + 2, gt - 1);
      if (/\s/.test(name)) {
        out.push(text.slice(run, lt), `</${name.trimEnd()}>`);
        run = gt;
      }
      scopes.pop();
    } else {
      const parent = scopes[scopes.length - 1]!;
      const empty = text.charCodeAt(gt - 2) === 47;
      if (!empty && scopes.length > 1 && !/\s/.test(text.slice(lt, gt))) scopes.push(parent);
      else {
        const tag = canonicalStartTag(text, lt, gt, parent);
        if (!tag) return undefined;
        out.push(text.slice(run, lt), tag.text);
        run = gt;
        if (!empty) scopes.push(tag.scope);
      }
    }
    i = gt;
  } while (scopes.length > 1);
  if (i !== text.length) return undefined;
  out.push(text.slice(run, i));
  return out.join('');
}

const START_ATTR = /\s([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** The attributes of a start tag text `<name …>` as [name, quoted raw value]. */
function rawAttributes(tag: string): Array<[string, string]> {
  return [...tag.matchAll(START_ATTR)].map((m) => [m[1]!, m[2]!]);
}

function declaredPrefix(name: string): string | undefined {
  return name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
}

/**
 * C14N 1.0 of SignedInfo in its document context: the signature is the root child spanning [sigStart, sigEnd) and
 * SignedInfo its first element child. `undefined` (use the full path) when an ancestor carries xml:* attributes
 * (inherited by C14N 1.0) or the text cannot be located.
 */
export function fastSignedInfo(xml: string, located: FastDigest, withComments: boolean, scan: (text: string) => RootLayout): Buffer | undefined {
  const sigText = xml.slice(located.signatureStart, located.signatureEnd);
  let sigLayout: RootLayout;
  try {
    sigLayout = scan(sigText);
  } catch {
    return undefined;
  }
  const si = sigLayout.children[0];
  if (!si) return undefined;
  const siText = sigText.slice(si.start, si.end);
  const inherited = new Map<string, string>();
  for (const tag of [xml.slice(located.rootStart, located.rootStartTagEnd), sigText.slice(0, sigLayout.startTagEnd)]) {
    for (const [name, value] of rawAttributes(tag)) {
      if (name.startsWith('xml:')) return undefined;
      const prefix = declaredPrefix(name);
      if (prefix !== undefined) inherited.set(prefix, value);
    }
  }
  const siTagEnd = tagEnd(siText, 0);
  if (siTagEnd < 0) return undefined;
  for (const [name] of rawAttributes(siText.slice(0, siTagEnd))) {
    const prefix = declaredPrefix(name);
    if (prefix !== undefined) inherited.delete(prefix);
  }
  let decls = '';
  for (const [prefix, value] of inherited) decls += ` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}=${value}`;
  const nameEnd = 1 + si.qname.length;
  const text = siText.slice(0, nameEnd) + decls + siText.slice(nameEnd);
  const direct = canonicalElementText(text);
  if (direct !== undefined) return Buffer.from(direct, 'utf8');
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromBuffer(Buffer.from(text, 'utf8'), { option: PARSE_OPTIONS });
  } catch {
    return undefined;
  }
  try {
    const chunks: Buffer[] = [];
    doc.canonicalize(
      {
        write: (buf) => {
          chunks.push(Buffer.from(buf));
          return buf.byteLength;
        },
        close: () => true,
      },
      { withComments },
    );
    return Buffer.concat(chunks);
  } finally {
    doc.dispose();
  }
}
