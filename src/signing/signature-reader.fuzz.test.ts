import { describe, expect, it } from 'vitest';
import { seededRandom } from '../kernel/seeded-random.js';
import { parseTree } from '../codecs/ceb/xml/tree.js';
import { C14N_URI, C14N_WITH_COMMENTS_URI, DIGEST_METHODS, ENVELOPED_SIGNATURE_URI, SIGNATURE_METHODS, XMLDSIG_NS } from './algorithms.js';
import { type ReadOutcome, readSignature, readSignatureFromTree } from './signature-reader.js';
import { parseMessage } from './xml-document.js';

/**
 * Differential review of the signature reader on a plain tree (what intake verifies with) against the reader on
 * libxml2's DOM: on randomly composed signatures, both must give the same outcome, the same values or the same
 * refusal. A reader that disagreed could take a DigestValue, a KeyName or an algorithm libxml2 would not, so the
 * generator aims at where trees differ: namespace forms (prefixed, default, other prefixes, wrong namespaces,
 * undeclaring), prefixed attributes, references and whitespace in attribute values, CDATA, comments, references
 * and nested elements inside values, CR LF, misplaced, missing and repeated elements, more than one signature,
 * a signature below the root. Inputs libxml2 refuses are skipped. CROSSGATE_FUZZ_CASES runs more cases.
 */

const CASES = Number(process.env.CROSSGATE_FUZZ_CASES) || 3_000;
const CEB = 'http://www.chinaport.gov.cn/ceb';

/** `calm`: each form deviates rarely, so that many signatures read (the other half deviate often). */
function generator(seed: number, calm: boolean) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number) => next() < p;
  /** Whether to write a form other than the usual one. */
  const deviate = () => chance(calm ? 0.02 : 0.5);
  /** A structural accident of probability `p`, ten times rarer when calm. */
  const rare = (p: number) => chance(calm ? p / 10 : p);
  return { int, pick, chance, deviate, rare };
}

type Random = ReturnType<typeof generator>;

/** A base64 value of `bytes` bytes, written in one of the forms a value element may take. */
function base64Value(r: Random, bytes: number): string {
  const b64 = Buffer.from(Array.from({ length: bytes }, () => r.int(256))).toString('base64');
  const cut = 1 + r.int(Math.max(1, b64.length - 1));
  const [head, tail] = [b64.slice(0, cut), b64.slice(cut)];
  if (!r.deviate()) return b64;
  switch (r.int(8)) {
    case 0:
      return `\n  ${head}\r\n  ${tail}\n`;
    case 1:
      return `${head}<!-- c -->${tail}`;
    case 2:
      return `<![CDATA[${head}]]>${tail}`;
    case 3:
      return `${head}&#x${tail.charCodeAt(0)?.toString(16) ?? '41'};${tail.slice(1)}`;
    case 4:
      return `${head}<ds:x xmlns:ds="${XMLDSIG_NS}">${tail}</ds:x>`;
    case 5:
      return `${head}<?pi x?>${tail}`;
    case 6:
      return r.pick(['', ' ', 'not base64!', `${b64}=`, b64.slice(1)]);
    default:
      return b64;
  }
}

/** An Algorithm attribute: the right URI, written plainly or with references, or a wrong or missing one. */
function algorithm(r: Random, uri: string): string {
  if (!r.deviate()) return ` Algorithm="${uri}"`;
  switch (r.int(9)) {
    case 0:
      return '';
    case 1:
      return ` Algorithm="${uri.replace('h', '&#x68;')}"`;
    case 2:
      return ` Algorithm="${uri}\n"`;
    case 3:
      return ` xmlns:f="urn:f" f:Algorithm="${uri}"`;
    case 4:
      return ` Algorithm="${uri}#x"`;
    case 5:
      return ` Algorithm='${uri}'`;
    case 6:
      return ` Algorithm = "${uri}"`;
    default:
      return ` Algorithm="${uri}"`;
  }
}

interface Names {
  /** How ds elements are written: `ds:` with a declaration somewhere, the default namespace, another prefix. */
  readonly p: string;
  readonly decl: string;
}

function names(r: Random): Names {
  if (!r.deviate()) return { p: 'ds:', decl: ` xmlns:ds="${XMLDSIG_NS}"` };
  switch (r.int(5)) {
    case 0:
      return { p: '', decl: ` xmlns="${XMLDSIG_NS}"` };
    case 1:
      return { p: 'sig:', decl: ` xmlns:sig="${XMLDSIG_NS}"` };
    case 2:
      return { p: 'ds:', decl: '' }; // declared on the root
    case 3:
      return { p: 'ds:', decl: ` xmlns:ds="${r.pick(['urn:not-dsig', `${XMLDSIG_NS}x`])}"` };
    default:
      return { p: 'ds:', decl: ` xmlns:ds="${XMLDSIG_NS}"` };
  }
}

function signature(r: Random): string {
  const { p, decl } = names(r);
  const el = (name: string, attrs: string, body: string | null) => (body === null ? `<${p}${name}${attrs}/>` : `<${p}${name}${attrs}>${body}</${p}${name}>`);
  const gap = () => (r.chance(0.4) ? r.pick(['\n  ', ' ', '\r\n', '<!-- g -->', '<?pi?>']) : '');
  const method = r.pick(Object.values(SIGNATURE_METHODS));
  const digestName = r.rare(0.15) ? r.pick(['sm3', 'sha1', 'sha256'] as const) : method.digest;
  const digestUri = r.rare(0.1) ? 'urn:unknown-digest' : DIGEST_METHODS[digestName].uri;
  const digestBytes = r.rare(0.15) ? r.pick([16, 31, 33]) : { sm3: 32, sha1: 20, sha256: 32 }[digestName];
  const transforms = [ENVELOPED_SIGNATURE_URI];
  if (r.chance(0.4)) transforms.push(r.pick([C14N_URI, C14N_WITH_COMMENTS_URI]));
  if (r.rare(0.05)) transforms.unshift(C14N_URI);
  if (r.rare(0.05)) transforms.push('urn:other-transform');
  const transformsEl = !r.rare(0.07) ? el('Transforms', '', transforms.map((t) => el('Transform', algorithm(r, t), null)).join(gap())) : '';
  const uriAttr = r.deviate() ? r.pick([" URI=''", ' URI="#x"', '', ' URI=" "', ' URI="&#x20;"']) : ' URI=""';
  const reference = el(
    'Reference',
    uriAttr,
    `${gap()}${transformsEl}${gap()}${el('DigestMethod', algorithm(r, digestUri), r.chance(0.5) ? null : '')}${gap()}${el('DigestValue', '', base64Value(r, digestBytes))}${gap()}`,
  );
  const c14nUri = r.rare(0.1) ? 'urn:exc-c14n' : r.pick([C14N_URI, C14N_URI, C14N_WITH_COMMENTS_URI]);
  const c14n = el('CanonicalizationMethod', algorithm(r, c14nUri), null);
  const sigMethod = el('SignatureMethod', algorithm(r, r.chance(0.1) ? `${XMLDSIG_NS}sm2-sm3` : method.uri), null);
  let signedInfoParts = [c14n, sigMethod, reference];
  if (r.rare(0.05)) signedInfoParts.push(reference);
  if (r.rare(0.05)) signedInfoParts.push('<x:extra xmlns:x="urn:x"/>');
  if (r.rare(0.05)) signedInfoParts = signedInfoParts.filter((_, i) => i !== r.int(3));
  const signedInfo = el('SignedInfo', r.chance(0.1) ? ' Id="si"' : '', signedInfoParts.map((x) => gap() + x).join('') + gap());
  const signatureValue = el('SignatureValue', '', base64Value(r, 64));
  const keyName = r.deviate() ? r.pick(['  spaced name  ', '<![CDATA[cdata-name]]>', 'a<!-- c -->b', '&#x41;BC', '', '\r\n name\r\n', 'a<?p?>b']) : 'CEB-01';
  const keyInfoParts: string[] = [];
  if (r.chance(0.8)) keyInfoParts.push(el('KeyName', '', keyName));
  if (r.chance(0.3)) keyInfoParts.push(el('X509Data', '', el('X509Certificate', '', base64Value(r, 40))));
  if (r.rare(0.1)) keyInfoParts.push('<o:other xmlns:o="urn:o">x</o:other>');
  if (r.rare(0.05)) keyInfoParts.unshift(el('KeyName', '', 'first'));
  const keyInfo = r.chance(0.85) ? el('KeyInfo', '', keyInfoParts.map((x) => gap() + x).join('')) : '';
  let children = [signedInfo, signatureValue, keyInfo];
  if (r.rare(0.05)) children = [signatureValue, signedInfo, keyInfo];
  if (r.rare(0.04)) children = [signedInfo, keyInfo];
  return `<${p}Signature${decl}>${children.map((x) => gap() + x).join('')}${gap()}</${p}Signature>`;
}

function message(r: Random): string {
  const rootDecl = r.chance(0.5) ? ` xmlns:ds="${XMLDSIG_NS}"` : r.chance(0.2) ? ' xmlns:ds="urn:elsewhere"' : '';
  const items = [`<ceb:Order><ceb:orderNo>${r.pick(['1', 'a&amp;b', '跨境'])}</ceb:orderNo></ceb:Order>`, '<ceb:BaseTransfer><ceb:copCode>C</ceb:copCode></ceb:BaseTransfer>'];
  const sig = signature(r);
  if (r.rare(0.05)) items[0] = `<ceb:Order>${sig}</ceb:Order>`; // below the root
  else items.splice(r.int(items.length + 1), 0, sig);
  if (r.rare(0.04)) items.push(signature(r)); // a second one
  if (r.rare(0.03)) items.push(`<ceb:Ext xmlns="">${signature(r)}</ceb:Ext>`);
  const gap = () => r.pick(['', '\n', '\r\n  ', '<!-- x -->']);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ceb:CEB311Message xmlns:ceb="${CEB}"${rootDecl}>${items.map((x) => gap() + x).join('')}${gap()}</ceb:CEB311Message>\n`;
}

/** An outcome as data, the same whichever tree it was read from. */
function normalised(read: ReadOutcome<unknown>): unknown {
  if (!read.ok) return { ok: false, code: read.code, details: read.details, algorithm: read.algorithm, keyName: read.keyName };
  const { signature: _s, signedInfo: _i, digestValue, signatureValue, certificate, ...rest } = read.parts;
  return { ok: true, ...rest, digestValue: digestValue.toString('hex'), signatureValue: signatureValue.toString('hex'), certificate: certificate?.toString('hex') };
}

describe('the signature read from a plain tree against libxml2', () => {
  it(`gives libxml2's outcome on random signatures (${CASES} cases), and both kinds of outcome often`, () => {
    const seed = Number(process.env.CROSSGATE_FUZZ_SEED) || 20261121;
    let parsed = 0;
    let valid = 0;
    const codes = new Set<string>();
    for (let n = 0; n < CASES; n++) {
      const xml = message(generator(seed + n, n % 2 === 0));
      let doc: ReturnType<typeof parseMessage>;
      try {
        doc = parseMessage(xml);
      } catch {
        continue;
      }
      try {
        parsed++;
        const expected = normalised(readSignature(doc));
        const actual = normalised(readSignatureFromTree(parseTree(xml)));
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          throw new Error(`case ${seed + n}: the tree reads\n${JSON.stringify(actual)}\nlibxml2 reads\n${JSON.stringify(expected)}\non:\n${xml}`);
        }
        const outcome = expected as { ok: boolean; code?: string };
        if (outcome.ok) valid++;
        else codes.add(outcome.code ?? '');
      } finally {
        doc.dispose();
      }
    }
    expect(parsed).toBeGreaterThan(CASES * 0.9);
    expect(valid).toBeGreaterThan(parsed * 0.1);
    expect([...codes].sort()).toEqual(['signing.algorithm_unsupported', 'signing.signature_malformed', 'signing.signature_missing']);
    console.log(`signature reader fuzz: ${CASES} cases, ${parsed} well-formed, ${valid} read, the rest refused alike; 0 differences`);
  }, 120_000);
});
