/**
 * Positions of the root element and of its direct children in the message text, so that a signature can be
 * inserted (or removed) without re-serialising — every other byte of the message stays as it was.
 * Only called on text libxml2 has already parsed, so well-formedness is given: outside comments, CDATA and
 * processing instructions every `<` starts markup, and `>` can hide only inside quoted attribute values.
 */

export interface ElementSpan {
  readonly qname: string;
  /** Index of the `<` of the start tag. */
  readonly start: number;
  /** Index just past the `>` of the end tag (or of the empty-element tag). */
  readonly end: number;
}

export interface RootLayout {
  readonly qname: string;
  readonly start: number;
  /** Index just past the `>` of the root start tag. */
  readonly startTagEnd: number;
  /** Index of the `<` of the root end tag; -1 when the root is an empty-element tag. */
  readonly endTagStart: number;
  readonly children: readonly ElementSpan[];
}

function skipTo(xml: string, from: number, terminator: string): number {
  const at = xml.indexOf(terminator, from);
  if (at < 0) throw new Error(`unterminated markup: expected ${terminator}`);
  return at + terminator.length;
}

/** Index just past the `>` closing the tag that starts at `from`, honouring quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  throw new Error('unterminated tag');
}

function tagName(xml: string, from: number): string {
  const match = /^[^\s/>]+/.exec(xml.slice(from, from + 256));
  return match ? match[0] : '';
}

export function scanRoot(xml: string): RootLayout {
  const children: ElementSpan[] = [];
  let depth = 0;
  let root: { qname: string; start: number; startTagEnd: number } | undefined;
  let child: { qname: string; start: number } | undefined;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) throw new Error('no root end tag');
    if (xml.startsWith('<?', lt)) i = skipTo(xml, lt + 2, '?>');
    else if (xml.startsWith('<!--', lt)) i = skipTo(xml, lt + 4, '-->');
    else if (xml.startsWith('<![CDATA[', lt)) i = skipTo(xml, lt + 9, ']]>');
    else if (xml.startsWith('<!', lt)) throw new Error('DOCTYPE or other declaration in the message');
    else if (xml.startsWith('</', lt)) {
      i = tagEnd(xml, lt);
      depth -= 1;
      if (depth === 1 && child) {
        children.push({ ...child, end: i });
        child = undefined;
      }
      if (depth === 0 && root) return { ...root, endTagStart: lt, children };
    } else {
      i = tagEnd(xml, lt);
      const empty = xml[i - 2] === '/';
      const qname = tagName(xml, lt + 1);
      if (depth === 0) {
        root = { qname, start: lt, startTagEnd: i };
        if (empty) return { ...root, endTagStart: -1, children };
      } else if (depth === 1) {
        if (empty) children.push({ qname, start: lt, end: i });
        else child = { qname, start: lt };
      }
      if (!empty) depth += 1;
    }
  }
}
