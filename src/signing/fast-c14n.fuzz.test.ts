import { describe, expect, it } from 'vitest';
import { seededRandom } from '../kernel/seeded-random.js';
import { XMLDSIG_NS } from './algorithms.js';
import { fastEnvelopedDigest, fastSignedInfo } from './fast-c14n.js';
import { canonicalSubtree, childElements, digestCanonicalDocument, parseMessage } from './xml-document.js';
import { scanRoot } from './xml-scan.js';

/**
 * Differential review of the fast canonicalisation (fast-c14n.ts) against libxml2's C14N 1.0, on randomly composed
 * messages: whenever the fast path gives an answer it must be libxml2's, byte for byte (a fast answer that differed
 * would let a document pass for another). Every XML feature that C14N treats specially appears: namespace
 * declarations (default, redundant, undeclaring, prefixed attributes), attribute quoting, whitespace and references,
 * text references, CR and `>`, CDATA, comments, PIs, empty-element tags, whitespace in end tags, a BOM, the prolog,
 * and the signature anywhere among the root's children with any namespace form. Inputs libxml2 refuses are skipped
 * (the fast path only ever sees text libxml2 parsed). CROSSGATE_FUZZ_CASES runs more cases (the review ran 200,000).
 */

const CASES = Number(process.env.CROSSGATE_FUZZ_CASES) || 2_000;
const CEB = 'http://www.chinaport.gov.cn/ceb';

/** A deterministic generator, so a failure reproduces from its seed. */
function generator(seed: number, clean = false) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number) => next() < p;
  return { int, pick, chance, clean };
}

type Random = ReturnType<typeof generator>;

const SPACES = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', ' \n  '];
const TEXTS = ['1', 'abc', '跨境电商', ' ', '\n  ', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#x4E2D;', '&#65;', 'a>b', 'x\r\ny', '\r', "it's", '"q"', '\t'];
const MARKUP = ['<![CDATA[a<b&c]]>', '<!-- note -->', '<?pi data?>', '<!---->', '<![CDATA[]]>'];
/** Text the fast digest keeps as it is: half the messages use only these, so that its tag rendering is tried often. */
const CLEAN_TEXTS = ['1', 'abc', '跨境电商', ' ', '\n  ', '&amp;', '&lt;', '&gt;', "it's", '"q"', '\t'];
const VALUES = ['1', 'v', '跨境', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x9;', '&#10;', '&#xD;', '\t', '\n', '\r\n', ' a  b ', '>', ''];
const NAMESPACES = [CEB, 'urn:a', 'urn:b', 'http://example.com/x', XMLDSIG_NS];

function attributeValue(r: Random, quote: string): string {
  let v = '';
  for (let n = r.int(4); n > 0; n--) v += r.pick(VALUES);
  if (r.chance(0.15)) v += quote === '"' ? "'" : '"';
  return v;
}

function attribute(r: Random, name: string, value?: string): string {
  const quote = r.chance(0.7) ? '"' : "'";
  const eq = r.chance(0.85) ? '=' : `${r.pick(SPACES)}=${r.pick(SPACES)}`;
  return `${r.pick(SPACES)}${name}${eq}${quote}${value ?? attributeValue(r, quote)}${quote}`;
}

interface Scope {
  readonly prefixes: readonly string[];
}

function startTag(r: Random, name: string, scope: Scope, extra: readonly string[] = []): { tag: string; scope: Scope } {
  const parts: string[] = [...extra];
  const prefixes = [...scope.prefixes];
  if (r.chance(0.25)) parts.push(attribute(r, 'xmlns', r.chance(0.2) ? '' : r.pick(NAMESPACES)));
  if (r.chance(0.25)) {
    const prefix = r.pick(['ceb', 'x', 'y']);
    parts.push(attribute(r, `xmlns:${prefix}`, r.pick(NAMESPACES)));
    if (!prefixes.includes(prefix)) prefixes.push(prefix);
  }
  for (let n = r.int(3); n > 0; n--) {
    const local = r.pick(['a', 'b', 'id', 'z', 'A']);
    const prefix = r.chance(0.3) ? r.pick([...prefixes, 'xml']) : '';
    const qname = prefix ? `${prefix}:${prefix === 'xml' ? r.pick(['lang', 'space']) : local}` : local;
    if (!parts.some((p) => p.trim().startsWith(`${qname}=`) || p.trim().startsWith(`${qname} `) || p.trim().startsWith(`${qname}\t`))) parts.push(attribute(r, qname));
  }
  for (let i = parts.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [parts[i], parts[j]] = [parts[j] as string, parts[i] as string];
  }
  return { tag: `<${name}${parts.join('')}${r.chance(0.15) ? r.pick(SPACES) : ''}`, scope: { prefixes } };
}

function content(r: Random, scope: Scope, depth: number): string {
  let out = '';
  for (let n = r.int(4); n > 0; n--) {
    const roll = r.int(10);
    if (roll < 4) out += r.pick(r.clean ? CLEAN_TEXTS : TEXTS);
    else if (roll < 5 && !r.clean) out += r.pick(MARKUP);
    else out += element(r, scope, depth + 1);
  }
  return out;
}

function element(r: Random, scope: Scope, depth: number): string {
  const prefix = r.chance(0.6) && scope.prefixes.length > 0 ? `${r.pick(scope.prefixes)}:` : '';
  const name = `${prefix}${r.pick(['orderNo', 'goods', 'item', 'e'])}`;
  const { tag, scope: inner } = startTag(r, name, scope);
  if (r.chance(0.2)) return `${tag}/>`;
  const body = depth < 3 ? content(r, inner, depth) : r.pick(r.clean ? CLEAN_TEXTS : TEXTS);
  return `${tag}>${body}</${name}${r.chance(0.1) ? r.pick(SPACES) : ''}>`;
}

function signature(r: Random): string {
  const prefixed = r.chance(0.6);
  const p = prefixed ? 'ds:' : '';
  const decl = prefixed ? ` xmlns:ds="${XMLDSIG_NS}"` : ` xmlns="${XMLDSIG_NS}"`;
  const sp = () => (r.chance(0.5) ? r.pick(SPACES) : '');
  const siAttrs = r.chance(0.2) ? attribute(r, 'Id') : '';
  const siDecl = r.chance(0.2) ? attribute(r, 'xmlns:ceb', r.pick(NAMESPACES)) : '';
  const inner =
    `${sp()}<${p}CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"${r.chance(0.5) ? '/>' : `></${p}CanonicalizationMethod>`}` +
    `${sp()}${r.chance(0.15) ? '<!-- c -->' : ''}<${p}SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>` +
    `${sp()}<${p}Reference URI=""><${p}Transforms><${p}Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></${p}Transforms>` +
    `<${p}DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/><${p}DigestValue>AAAA${r.chance(0.1) ? '&#65;' : ''}</${p}DigestValue></${p}Reference>${sp()}`;
  return `<${p}Signature${decl}${r.chance(0.1) ? attribute(r, 'xmlns:ceb', CEB) : ''}><${p}SignedInfo${siDecl}${siAttrs}>${inner}</${p}SignedInfo><${p}SignatureValue>AAAA</${p}SignatureValue></${p}Signature>`;
}

function message(r: Random): string {
  const rootPrefix = r.chance(0.8) ? 'ceb:' : '';
  const rootName = `${rootPrefix}CEB311Message`;
  const rootExtra = [attribute(r, rootPrefix ? 'xmlns:ceb' : 'xmlns', CEB), attribute(r, 'guid', 'g-1'), attribute(r, 'version', '1.0')];
  if (r.chance(0.3)) rootExtra.push(attribute(r, 'xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'));
  const { tag, scope } = startTag(r, rootName, { prefixes: rootPrefix ? ['ceb'] : [] }, rootExtra);
  const children: string[] = [];
  for (let n = 1 + r.int(3); n > 0; n--) children.push(element(r, scope, 1));
  children.splice(r.int(children.length + 1), 0, signature(r));
  const between = () => (r.chance(0.6) ? r.pick(r.clean ? [' ', '\n', '\t'] : SPACES) : r.chance(0.5) || r.clean ? '' : r.pick([...TEXTS, ...MARKUP]));
  const body = children.map((c) => between() + c).join('') + between();
  const bom = r.chance(0.1) ? '\uFEFF' : '';
  const declaration = r.chance(0.7) ? `<?xml version="1.0" encoding="UTF-8"?>${r.pick(['\n', '', '\r\n'])}` : '';
  const before = r.chance(0.1) && !r.clean ? r.pick(['<!-- before -->\n', '<?pi x?>', '\n']) : '';
  const after = r.chance(0.2) ? r.pick(r.clean ? ['\n', '\n\n'] : ['\n', '\r\n', '<!-- after -->', '\n\n']) : '';
  return `${bom}${declaration}${before}${tag}>${body}</${rootName}>${after}`;
}

interface Outcome {
  readonly parsed: boolean;
  readonly digestHandled: boolean;
  readonly signedInfoHandled: boolean;
  readonly mismatch?: string;
}

/** Fast against full, on one message. */
function compare(xml: string): Outcome {
  let doc: ReturnType<typeof parseMessage>;
  try {
    doc = parseMessage(xml);
  } catch {
    return { parsed: false, digestHandled: false, signedInfoHandled: false };
  }
  try {
    const rootChildren = childElements(doc.root);
    const index = rootChildren.findIndex((el) => el.name === 'Signature' && el.namespaceUri === XMLDSIG_NS);
    const signatureEl = rootChildren[index];
    const signedInfo = signatureEl && childElements(signatureEl)[0];
    if (!signatureEl || !signedInfo) return { parsed: false, digestHandled: false, signedInfoHandled: false };
    const located = fastEnvelopedDigest(xml, index, 'sha256');
    let signedInfoHandled = false;
    if (located) {
      for (const withComments of [false, true]) {
        const fast = fastSignedInfo(xml, located, withComments, scanRoot);
        if (fast === undefined) continue;
        signedInfoHandled = true;
        const full = canonicalSubtree(doc, signedInfo, withComments);
        if (!fast.equals(full)) return { parsed: true, digestHandled: false, signedInfoHandled, mismatch: `SignedInfo (withComments ${withComments}):\nfast ${fast}\nfull ${full}` };
      }
    }
    signatureEl.remove();
    const full = digestCanonicalDocument(doc, 'sha256');
    const fast = located?.digest;
    if (fast && !fast.equals(full)) return { parsed: true, digestHandled: true, signedInfoHandled, mismatch: 'document digest' };
    return { parsed: true, digestHandled: fast !== undefined, signedInfoHandled };
  } finally {
    doc.dispose();
  }
}

describe('fast C14N against libxml2 on random messages', () => {
  it(`agrees whenever it answers (${CASES} cases), and answers often enough to be tested`, () => {
    const seed = Number(process.env.CROSSGATE_FUZZ_SEED) || 20261121;
    let parsed = 0;
    let digestHandled = 0;
    let signedInfoHandled = 0;
    for (let n = 0; n < CASES; n++) {
      const xml = message(generator(seed + n, n % 2 === 0));
      const outcome = compare(xml);
      if (outcome.mismatch) throw new Error(`case ${seed + n}: fast C14N differs from libxml2 (${outcome.mismatch}) on:\n${xml}`);
      if (outcome.parsed) parsed++;
      if (outcome.digestHandled) digestHandled++;
      if (outcome.signedInfoHandled) signedInfoHandled++;
    }
    // the generator must mostly make well-formed messages, and a good share the fast path handles
    expect(parsed).toBeGreaterThan(CASES * 0.5);
    expect(digestHandled).toBeGreaterThan(parsed * 0.25);
    expect(signedInfoHandled).toBeGreaterThan(parsed * 0.3);
    console.log(`fast C14N fuzz: ${CASES} cases, ${parsed} well-formed, digest handled ${digestHandled}, SignedInfo handled ${signedInfoHandled}, 0 differences`);
  }, 120_000);
});
