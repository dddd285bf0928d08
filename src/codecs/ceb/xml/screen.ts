import { AppError } from '../../../kernel/errors/index.js';

/**
 * The first line of defence for every XML Crossgate reads: size limit, UTF-8 only, no DOCTYPE (hence no
 * entity declarations, no external entities, no entity expansion), no references to undeclared entities,
 * bounded nesting. It runs before any parser sees the text, in one linear pass, so hostile input costs at
 * most `maxBytes` of scanning and never reaches a recursive or expanding code path.
 */

export interface XmlLimits {
  /** Largest accepted document in bytes (UTF-8). Default 4 MiB. */
  readonly maxBytes: number;
  /** Deepest accepted element nesting. Default 64 (CEB messages nest about 6 deep). */
  readonly maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxBytes: 4 * 1024 * 1024, maxDepth: 64 };

/** The root element's start tag as written (attributes unparsed entity-wise). */
export interface RootTag {
  readonly qname: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface ScreenedXml {
  /** The document text without BOM. */
  readonly text: string;
  readonly root: RootTag;
}

const PREDEFINED = new Set(['lt', 'gt', 'amp', 'quot', 'apos']);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function malformed(text: string, index: number, reason: string): AppError {
  return new AppError('ceb.not_well_formed', { reason: `${reason} (line ${lineAt(text, index)})`, line: lineAt(text, index) });
}

/** Decodes bytes as UTF-8 and enforces the size limit; strings are measured in UTF-8 bytes. */
export function toXmlText(input: string | Uint8Array, limits: XmlLimits = DEFAULT_XML_LIMITS): string {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > limits.maxBytes) throw new AppError('ceb.too_large', { size, limit: limits.maxBytes });
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if ((input[0] === 0xfe && input[1] === 0xff) || (input[0] === 0xff && input[1] === 0xfe)) {
      throw new AppError('ceb.unsupported_encoding', { encoding: 'UTF-16' });
    }
    try {
      text = utf8.decode(input);
    } catch {
      throw new AppError('ceb.unsupported_encoding', { encoding: 'bytes that are not valid UTF-8' });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const declared = /^<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(text);
  if (declared?.[1] && !/^utf-?8$/i.test(declared[1])) {
    throw new AppError('ceb.unsupported_encoding', { encoding: declared[1] });
  }
  return text;
}

function checkEntity(text: string, amp: number): void {
  const m = /^&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:-]*);/.exec(text.slice(amp, amp + 64));
  if (!m?.[1]) throw malformed(text, amp, "'&' must start an entity or character reference");
  if (!m[1].startsWith('#') && !PREDEFINED.has(m[1])) {
    throw new AppError('ceb.entity_forbidden', { entity: m[1].slice(0, 40), line: lineAt(text, amp) });
  }
}

function skipTo(text: string, from: number, terminator: string, what: string): number {
  const end = text.indexOf(terminator, from);
  if (end === -1) throw malformed(text, from, `unterminated ${what}`);
  return end + terminator.length;
}

function parseAttributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=/<>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1];
    if (name && !(name in attrs)) attrs[name] = m[2] ?? m[3] ?? '';
  }
  return attrs;
}

/** Screens the text (see module doc) and returns it with the root start tag. Throws coded `AppError`s. */
export function screenXml(input: string | Uint8Array, limits: XmlLimits = DEFAULT_XML_LIMITS): ScreenedXml {
  const text = toXmlText(input, limits);
  const n = text.length;
  let depth = 0;
  let root: RootTag | undefined;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 38 /* & */) {
      checkEntity(text, i);
      i++;
      continue;
    }
    if (c !== 60 /* < */) {
      i++;
      continue;
    }
    if (text.startsWith('<!--', i)) i = skipTo(text, i + 4, '-->', 'comment');
    else if (text.startsWith('<![CDATA[', i)) i = skipTo(text, i + 9, ']]>', 'CDATA section');
    else if (text.startsWith('<?', i)) i = skipTo(text, i + 2, '?>', 'processing instruction');
    else if (text.startsWith('<!', i)) {
      if (/^<!DOCTYPE/i.test(text.slice(i, i + 9))) throw new AppError('ceb.doctype_forbidden', { line: lineAt(text, i) });
      if (text.startsWith('<!ENTITY', i)) throw new AppError('ceb.entity_forbidden', { entity: 'declaration', line: lineAt(text, i) });
      throw malformed(text, i, "unexpected '<!'");
    } else if (text.charCodeAt(i + 1) === 47 /* / */) {
      depth--;
      i = skipTo(text, i + 2, '>', 'end tag');
    } else {
      let j = i + 1;
      let quote = 0;
      for (; j < n; j++) {
        const ch = text.charCodeAt(j);
        if (quote) {
          if (ch === quote) quote = 0;
          else if (ch === 38) checkEntity(text, j);
          else if (ch === 60) throw malformed(text, j, "'<' inside an attribute value");
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62 /* > */) break;
        else if (ch === 60) throw malformed(text, j, "'<' inside a tag");
      }
      if (j >= n) throw malformed(text, i, 'unterminated start tag');
      const selfClosing = text.charCodeAt(j - 1) === 47;
      if (!root) {
        const tag = text.slice(i + 1, selfClosing ? j - 1 : j);
        const qname = /^[^\s/>]+/.exec(tag)?.[0] ?? '';
        root = { qname, attributes: parseAttributes(tag.slice(qname.length)) };
      }
      if (!selfClosing && ++depth > limits.maxDepth) {
        throw new AppError('ceb.too_deep', { limit: limits.maxDepth, line: lineAt(text, i) });
      }
      i = j + 1;
    }
  }
  if (!root) throw malformed(text, n, 'no root element');
  return { text, root };
}
