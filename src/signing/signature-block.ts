import {
  C14N_URI,
  DIGEST_METHODS,
  ENVELOPED_SIGNATURE_URI,
  SIGNATURE_METHODS,
  type SignatureAlgorithm,
  XMLDSIG_NS,
} from './algorithms.js';
import { base64Lines } from './pem.js';

/**
 * The text of the `ds:Signature` element, laid out exactly like the official sample messages (one element per line,
 * explicit end tags, base64 wrapped at 76 columns). Layout inside SignedInfo is covered by the signature because
 * SignedInfo is canonicalised as it sits in the final document.
 */

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function signedInfoXml(algorithm: SignatureAlgorithm, digestValue: Uint8Array): string {
  const method = SIGNATURE_METHODS[algorithm];
  const digest = DIGEST_METHODS[method.digest];
  return [
    '<ds:SignedInfo>',
    `<ds:CanonicalizationMethod Algorithm="${C14N_URI}"></ds:CanonicalizationMethod>`,
    `<ds:SignatureMethod Algorithm="${method.uri}"></ds:SignatureMethod>`,
    '<ds:Reference URI="">',
    '<ds:Transforms>',
    `<ds:Transform Algorithm="${ENVELOPED_SIGNATURE_URI}"></ds:Transform>`,
    '</ds:Transforms>',
    `<ds:DigestMethod Algorithm="${digest.uri}"></ds:DigestMethod>`,
    `<ds:DigestValue>${Buffer.from(digestValue).toString('base64')}</ds:DigestValue>`,
    '</ds:Reference>',
    '</ds:SignedInfo>',
  ].join('\n');
}

export interface KeyInfoParts {
  readonly keyName: string;
  readonly certificate?: Uint8Array | undefined;
}

export function keyInfoXml({ keyName, certificate }: KeyInfoParts): string {
  const lines = ['<ds:KeyInfo>', `<ds:KeyName>${escapeXmlText(keyName)}</ds:KeyName>`];
  if (certificate) {
    lines.push('<ds:X509Data>', `<ds:X509Certificate>\n${base64Lines(certificate)}</ds:X509Certificate>`, '</ds:X509Data>');
  }
  lines.push('</ds:KeyInfo>');
  return lines.join('\n');
}

/** `signatureValue` is the base64 block's content (already wrapped), or a placeholder while SignedInfo is signed. */
export function signatureXml(signedInfo: string, signatureValue: string, keyInfo: string): string {
  return [
    `<ds:Signature xmlns:ds="${XMLDSIG_NS}">`,
    signedInfo,
    `<ds:SignatureValue>\n${signatureValue}</ds:SignatureValue>`,
    keyInfo,
    '</ds:Signature>',
  ].join('\n');
}
