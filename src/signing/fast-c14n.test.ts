import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { XMLDSIG_NS } from './algorithms.js';
import { canonicalElementText, fastEnvelopedDigest, fastSignedInfo } from './fast-c14n.js';
import { verificationKeyOf } from './key-loading.js';
import { Sm2PrivateKey } from './keys.js';
import { signMessage } from './sign.js';
import { verifyMessage } from './verify.js';
import { canonicalSubtree, childElements, digestCanonicalDocument, parseMessage } from './xml-document.js';
import { scanRoot } from './xml-scan.js';

/**
 * The fast canonicalisation paths of verification (fast-c14n.ts) against libxml2's C14N 1.0: every handled form must
 * give the same bytes, every other form must fall back (undefined) — and verification must stay right either way.
 */

const CEB = 'http://www.chinaport.gov.cn/ceb';
const SIG = `<ds:Signature xmlns:ds="${XMLDSIG_NS}"><ds:SignedInfo></ds:SignedInfo></ds:Signature>`;

function message(body: string, rootAttrs = `xmlns:ceb="${CEB}" guid="g-1" version="1.0"`, prolog = '<?xml version="1.0" encoding="UTF-8"?>\n'): string {
  return `${prolog}<ceb:CEB311Message ${rootAttrs}>\n${body}\n</ceb:CEB311Message>\n`;
}

/** Both digests of `xml` with its root child number `index` (a ds:Signature) removed. */
function digests(xml: string, index: number): { fast: string | undefined; full: string } {
  const fast = fastEnvelopedDigest(xml, index, 'sha256')?.digest?.toString('hex');
  const doc = parseMessage(xml);
  try {
    childElements(doc.root)[index]!.remove();
    return { fast, full: digestCanonicalDocument(doc, 'sha256').toString('hex') };
  } finally {
    doc.dispose();
  }
}

const HANDLED: ReadonlyArray<[string, string]> = [
  ['plain element-only content', message(`<ceb:a>1</ceb:a>${SIG}`)],
  ['attributes and declarations needing reordering', message(`<ceb:a>x</ceb:a>${SIG}`, `version="1.0" guid="g" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ceb="${CEB}"`)],
  ['whitespace and line breaks inside tags', message(`<ceb:a\n   b="1"\tc='2' >x</ceb:a >${SIG}`, `xmlns:ceb="${CEB}"\r\n  guid="g"`)],
  ['self-closing elements', message(`<ceb:a/><ceb:b x="1" />${SIG}<ceb:c></ceb:c>`)],
  ['attribute values with references, quotes, tabs, line breaks', message(`<ceb:a v="&gt;&#65;&apos;&#x9;&#xD;&#10;\t\n\r\n&amp;&lt;&quot;>'" w='"'/>${SIG}`)],
  ['namespace declarations: new default, superfluous, undeclaring', message(`<ceb:a xmlns:ceb="${CEB}"><x xmlns="urn:e"><y xmlns="urn:e"/><z xmlns=""/></x><w xmlns=""/></ceb:a>${SIG}`)],
  ['qualified attributes sorted by namespace URI', message(`<ceb:a xmlns:b="urn:a" xmlns:a="urn:b" a:z="1" b:z="2" plain="p" xml:lang="zh"/>${SIG}`)],
  ['Chinese text and escaped text', message(`<ceb:a>跨境 &amp; &lt;电商&gt;</ceb:a>${SIG}`)],
  ['signature before the last child', message(`<ceb:a>1</ceb:a>\n  ${SIG}\n  <ceb:ExtendMessage/>`)],
  ['no XML declaration, BOM', message(`<ceb:a>1</ceb:a>${SIG}`, undefined, '\uFEFF')],
];

const FALLBACK: ReadonlyArray<[string, string]> = [
  ['CDATA', message(`<ceb:a><![CDATA[a<b]]></ceb:a>${SIG}`)],
  ['a comment inside the root', message(`<ceb:a><!-- c --></ceb:a>${SIG}`)],
  ['a comment before the root', message(`<ceb:a/>${SIG}`, undefined, '<?xml version="1.0"?>\n<!-- c -->\n')],
  ['a processing instruction', message(`<ceb:a><?pi data?></ceb:a>${SIG}`)],
  ['CRLF in text', message(`<ceb:a>1\r\n2</ceb:a>${SIG}`)],
  ['a character reference in text', message(`<ceb:a>&#x4E2D;</ceb:a>${SIG}`)],
  ['&quot; in text', message(`<ceb:a>&quot;</ceb:a>${SIG}`)],
  ['a literal > in text', message(`<ceb:a>a>b</ceb:a>${SIG}`)],
];

function signatureIndex(xml: string): number {
  const doc = parseMessage(xml);
  try {
    return childElements(doc.root).findIndex((el) => el.name === 'Signature');
  } finally {
    doc.dispose();
  }
}

describe('fast enveloped digest == libxml2 C14N 1.0', () => {
  it.each(HANDLED)('%s: handled, same digest', (_, xml) => {
    const { fast, full } = digests(xml, signatureIndex(xml));
    expect(fast).toBeDefined();
    expect(fast).toBe(full);
  });

  it.each(FALLBACK)('%s: falls back', (_, xml) => {
    expect(digests(xml, signatureIndex(xml)).fast).toBeUndefined();
  });

  it('locates the signature even when the digest falls back', () => {
    const xml = FALLBACK[0]![1];
    const found = fastEnvelopedDigest(xml, signatureIndex(xml), 'sha256');
    expect(found?.digest).toBeUndefined();
    expect(xml.slice(found!.signatureStart, found!.signatureEnd)).toBe(SIG);
  });

  it('refuses a child that is not ds:Signature at the index', () => {
    expect(fastEnvelopedDigest(message(`<ceb:a/>${SIG}`), 0, 'sha256')).toBeUndefined();
  });
});

describe('verification through both paths', () => {
  const key = new Sm2PrivateKey(sm2.generateKeyPairHex().privateKey, { keyName: 'fast-c14n' });
  const trust = verificationKeyOf(key);
  const unsigned = (xml: string): string => xml.replace(SIG, '');

  it.each([...HANDLED, ...FALLBACK])('%s: signed verifies, a changed byte fails', (_, xml) => {
    const signed = signMessage(unsigned(xml), key);
    expect(verifyMessage(signed, trust)).toMatchObject({ valid: true });
    const tampered = signed.replace('g-1', 'g-2').replace('<ceb:a', '<ceb:A').replace('</ceb:a', '</ceb:A');
    expect(tampered).not.toBe(signed);
    expect(verifyMessage(tampered, trust)).toMatchObject({ valid: false });
  });

  it('an attribute value changed only in its references still verifies (same canonical form)', () => {
    const signed = signMessage(message('<ceb:a v="&#65;"/>'), key);
    expect(verifyMessage(signed.replace('v="&#65;"', "v='A'"), trust)).toMatchObject({ valid: true });
    expect(verifyMessage(signed.replace('v="&#65;"', 'v="B"'), trust)).toMatchObject({ valid: false, reason: { code: 'signing.digest_mismatch' } });
  });
});

/** SignedInfo canonicalised in its document context, fast and full. */
function signedInfoBoth(xml: string, withComments = false): { fast: string | undefined; full: string } {
  const doc = parseMessage(xml);
  try {
    const index = childElements(doc.root).findIndex((el) => el.name === 'Signature');
    const signedInfo = childElements(childElements(doc.root)[index]!)[0]!;
    const located = fastEnvelopedDigest(xml, index, 'sha256');
    expect(located).toBeDefined();
    return {
      fast: fastSignedInfo(xml, located!, withComments, scanRoot)?.toString('utf8'),
      full: canonicalSubtree(doc, signedInfo, withComments).toString('utf8'),
    };
  } finally {
    doc.dispose();
  }
}

const SIGNED_INFO = '<SignedInfo>\n  <CanonicalizationMethod Algorithm="x"/><!-- note -->\n  <Reference URI=""><DigestValue>AA==</DigestValue></Reference>\r\n</SignedInfo>';

const PLAIN_SIGNED_INFO = '<SignedInfo>\n  <CanonicalizationMethod Algorithm="x" />\n  <Reference URI=""><DigestValue>AA==</DigestValue></Reference>\n</SignedInfo>';

describe('fast SignedInfo == libxml2 C14N 1.0 document subset', () => {
  it.each([
    ['signer output', `<ds:Signature xmlns:ds="${XMLDSIG_NS}">${SIGNED_INFO.replace(/<(\/?)(?=[A-Z])/g, '<$1ds:')}</ds:Signature>`, `xmlns:ceb="${CEB}" guid="g"`],
    ['default namespace on Signature, root default namespace', `<Signature xmlns="${XMLDSIG_NS}">${SIGNED_INFO}</Signature>`, `xmlns="urn:root" xmlns:ceb="${CEB}" xmlns:xsi="urn:xsi"`],
    ['signer output without comments or CR (string path)', `<ds:Signature xmlns:ds="${XMLDSIG_NS}">${PLAIN_SIGNED_INFO.replace(/<(\/?)(?=[A-Z])/g, '<$1ds:')}</ds:Signature>`, `version="1.0" xmlns:ceb="${CEB}" guid="g"`],
    ['string path: attribute order, self-closing, xmlns="" on the apex', `<Signature xmlns="${XMLDSIG_NS}">${PLAIN_SIGNED_INFO.replace('<SignedInfo>', '<SignedInfo  b="2" a=\'1\' xmlns="">')}</Signature>`, `xmlns="urn:root" xmlns:xsi="urn:xsi" xmlns:ceb="${CEB}"`],
    ['redeclarations on SignedInfo', `<Signature xmlns="${XMLDSIG_NS}" xmlns:ceb="urn:other">${SIGNED_INFO.replace('<SignedInfo>', `<SignedInfo xmlns:ceb='${CEB}' Id="si">`)}</Signature>`, `xmlns:ceb="${CEB}"`],
  ])('%s', (_, signature, rootAttrs) => {
    const xml = message(`<ceb:a>1</ceb:a>\n${signature}`, rootAttrs);
    for (const withComments of [false, true]) {
      const { fast, full } = signedInfoBoth(xml, withComments);
      expect(fast).toBeDefined();
      expect(fast).toBe(full);
    }
  });

  it('falls back when an ancestor carries xml:* attributes (inherited by C14N 1.0)', () => {
    const xml = message(`<ceb:a>1</ceb:a><Signature xmlns="${XMLDSIG_NS}" xml:lang="zh">${SIGNED_INFO}</Signature>`);
    expect(signedInfoBoth(xml).fast).toBeUndefined();
  });
});

describe('canonical text of a standalone element == libxml2 C14N 1.0', () => {
  it.each([
    `<ds:SignedInfo xmlns:ds="${XMLDSIG_NS}" xmlns:ceb="${CEB}">${PLAIN_SIGNED_INFO}</ds:SignedInfo>`,
    `<a xmlns="" b="2"  a='1'\n xmlns:z="urn:z"><z:b z:c="&#65;"/><c xmlns:z="urn:z" >&amp;&lt;</c ></a>`,
  ])('%s', (text) => {
    const doc = parseMessage(text);
    try {
      expect(canonicalElementText(text)).toBe(doc.canonicalizeToString({ withComments: false }));
    } finally {
      doc.dispose();
    }
  });

  it.each(['<a><!-- c --></a>', '<a><![CDATA[x]]></a>', '<a>&#65;</a>', '<a>\r\n</a>', '<a><?p?></a>'])('%s falls back', (text) => {
    expect(canonicalElementText(text)).toBeUndefined();
  });
});
