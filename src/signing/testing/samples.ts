import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
import { removeSignature } from '../sign.js';

/**
 * The official sample messages and XSDs (../shared/reference/ceb, beside the repository), for tests and benches.
 * Samples are returned without their dummy signature.
 */

const here = dirname(fileURLToPath(import.meta.url));
export const REFERENCE_DIR = resolve(here, '..', '..', '..', '..', 'shared', 'reference', 'ceb');

export type Edition = '202205' | '2018';
export type Direction = 'import' | 'export';

export function samplePath(edition: Edition, direction: Direction, code: string): string {
  const path = join(REFERENCE_DIR, `spec-${edition}`, 'samples', direction, `CEB${code}Message.xml`);
  if (!existsSync(path)) throw new Error(`official sample not found: ${path} (is ../shared/reference/ceb present?)`);
  return path;
}

/** A sample's text exactly as published (BOM and dummy signature included). */
export function rawSample(edition: Edition, direction: Direction, code: string): string {
  return readFileSync(samplePath(edition, direction, code), 'utf8');
}

/** A sample without its dummy ds:Signature, ready to be signed. */
export function unsignedSample(edition: Edition, direction: Direction, code: string): string {
  return removeSignature(rawSample(edition, direction, code));
}

/** Message types whose XSD has a ds:Signature (both editions; 213/215 exist only in 202205). */
export const SIGNED_IMPORT_CODES = ['311', '411', '511', '513', '621', '623', '625', '711'];
export const SIGNED_EXPORT_CODES = ['213', '215', '303', '403', '505', '507', '509', '603', '605', '607', '701'];
/** Of those, the 202205 export samples the reference README lists as XSD-valid (the others repeat BaseTransfer). */
export const VALID_SIGNED_EXPORT_CODES_202205 = ['213', '215', '701'];

const validators = new Map<string, XsdValidator>();
let providersRegistered = false;

function validator(edition: Edition, direction: Direction): XsdValidator {
  const path = join(REFERENCE_DIR, `spec-${edition}`, 'xsd', `ceb-${direction}-${edition}.xsd`);
  let v = validators.get(path);
  if (!v) {
    if (!providersRegistered) providersRegistered = xmlRegisterFsInputProviders() || true;
    const xsd = XmlDocument.fromBuffer(readFileSync(path), { url: path });
    v = XsdValidator.fromDoc(xsd);
    validators.set(path, v);
  }
  return v;
}

/** Validates against the official XSD; returns the validator's message, or undefined when valid. */
export function xsdErrors(xml: string, edition: Edition, direction: Direction): string | undefined {
  const doc = XmlDocument.fromString(xml.replace(/^\uFEFF/, ''));
  try {
    validator(edition, direction).validate(doc);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    doc.dispose();
  }
}

/** Replaces the SignatureValue content of a signed message (to splice in a signature made elsewhere). */
export function withSignatureValue(xml: string, signature: Uint8Array): string {
  return xml.replace(
    /<ds:SignatureValue>[\s\S]*?<\/ds:SignatureValue>/,
    `<ds:SignatureValue>\n${Buffer.from(signature).toString('base64')}\n</ds:SignatureValue>`,
  );
}
