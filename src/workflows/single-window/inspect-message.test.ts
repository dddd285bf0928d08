import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readDeclaration } from '../../codecs/ceb/canonical/index.js';
import { sample } from '../../codecs/ceb/sample/sample.js';
import { loadSigningKey, loadVerificationKey, removeSignature, signMessage } from '../../signing/index.js';
import { inspectMessage } from './inspect-message.js';

/**
 * Intake reads a message once: libxml2's document validated against the XSD is the one the signature is checked
 * on. These cases take the paths that go back to that document after validation, including the one that changes it.
 */

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
const signing = loadSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }), { keyName: 'test-01' });
const trust = loadVerificationKey(publicKey.export({ type: 'spki', format: 'pem' }), { keyName: 'test-01' });
const unsigned = removeSignature(sample('CEB311'));
const sender = { role: 'ebp' as const, code: readDeclaration(unsigned, { unsigned: true }).transfer.copCode };
const signed = signMessage(unsigned, signing);
const inspect = (xml: string) => inspectMessage(xml, sender, trust, 'all');

describe('inspectMessage', () => {
  it('accepts a message signed by the sender', () => {
    const result = inspect(signed);
    expect(result.kind).toBe('accepted');
    expect(result.kind === 'accepted' && result.count).toBe(1);
  });

  it('accepts a signature indented after signing (the tolerant digest, which edits the parsed document)', () => {
    // signed with ds:Signature right after the last element, then indented: the digest did not cover the indent
    const compact = signMessage(unsigned.replace(/>\s*<\/ceb:CEB311Message>/, '></ceb:CEB311Message>'), signing);
    expect(compact).toContain('</ceb:BaseTransfer><ds:Signature');
    const indented = compact.replace('<ds:Signature', '\n  <ds:Signature');
    expect(inspect(indented).kind).toBe('accepted');
    // the same indent where the signer's digest covered the text there is a change after signing
    const changed = signed.replace('<ds:Signature', '\n  <ds:Signature');
    expect(changed).not.toBe(signed);
    const refused = inspect(changed);
    expect(refused.kind === 'refused' && refused.error.code).toBe('sw.signature_invalid');
  });

  it('refuses content changed after signing, though the message is still XSD-valid', () => {
    const before = /<ceb:orderNo>([^<]*)</.exec(signed)?.[1] ?? '';
    const tampered = signed.replace(`<ceb:orderNo>${before}<`, `<ceb:orderNo>${before}9<`);
    expect(tampered).not.toBe(signed);
    const result = inspect(tampered);
    expect(result.kind === 'refused' && result.error.code).toBe('sw.signature_invalid');
    expect(result.kind === 'refused' && result.error.details['reason']).toMatch(/digest/i);
  });

  it('reads the same message after a BOM, with the same content hash', () => {
    const plain = inspect(signed);
    const bom = inspect(`\uFEFF${signed}`);
    expect(bom.kind).toBe('accepted');
    expect(bom.kind === 'accepted' && plain.kind === 'accepted' && bom.contentHash === plain.contentHash).toBe(true);
  });

  it('refuses an unsigned message when every message must be signed', () => {
    const result = inspect(unsigned);
    expect(result.kind === 'refused' && result.error.code).toBe('sw.signature_missing');
  });
});
