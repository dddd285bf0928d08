import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XmlBufferInputProvider, XmlDocument, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
import { AppError } from '../../../kernel/errors/index.js';
import type { Edition, SchemaFile } from '../schema-model.js';
import { TERMINAL_NODE_ORIGINAL_NAME, xsdDir, xsdFiles } from '../xsd-location.js';

/**
 * Compiled official XSDs, one `XsdValidator` per edition and schema file, built on first use and kept for
 * the life of the process (compiling takes tens of milliseconds; validating a message well under one).
 *
 * libxml2 resolves `xs:import`/`xs:include` through registered input providers; the XSDs are served from
 * memory under a virtual folder, so validation never touches the file system or the network after loading.
 */

const VIRTUAL_ROOT = '/crossgate-ceb-xsd';
const validators = new Map<string, XsdValidator>();
const sources = new Map<string, Uint8Array>();
let provider: XmlBufferInputProvider | undefined;

function virtualPath(edition: Edition, file: string): string {
  return `${VIRTUAL_ROOT}/${edition}/${file}`;
}

function loadEdition(edition: Edition, into: XmlBufferInputProvider): void {
  const dir = xsdDir(edition);
  const files = xsdFiles(edition);
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.xsd')) continue;
    let bytes: Uint8Array = readFileSync(join(dir, file));
    if (file === files.transfer) {
      // The official transfer-node XSD includes its sibling by the original Chinese file name, which libxml2
      // cannot even turn into a URI; point it at the ASCII-named copy of the terminal-node XSD instead.
      const text = Buffer.from(bytes).toString('utf8').replace(TERMINAL_NODE_ORIGINAL_NAME, files.terminal);
      bytes = Buffer.from(text, 'utf8');
    }
    sources.set(virtualPath(edition, file), bytes);
    into.addBuffer(virtualPath(edition, file), bytes);
  }
}

function ensureLoaded(edition: Edition): void {
  if (!provider) {
    provider = new XmlBufferInputProvider({});
    xmlRegisterInputProvider(provider);
  }
  if (!sources.has(virtualPath(edition, xsdFiles(edition).xmldsig))) loadEdition(edition, provider);
}

function mainFile(edition: Edition, schema: SchemaFile): string {
  const files = xsdFiles(edition);
  // The transfer-node schema includes the terminal-node one: one validator covers DxpMsg, DxpRep and DxpMsgSv.
  return schema === 'dxp' ? files.transfer : files[schema];
}

/** The compiled validator for an edition's import, export or DXP schema. */
export function xsdValidator(edition: Edition, schema: SchemaFile): XsdValidator {
  const key = `${edition}:${schema}`;
  const cached = validators.get(key);
  if (cached) return cached;
  try {
    ensureLoaded(edition);
    const path = virtualPath(edition, mainFile(edition, schema));
    const source = sources.get(path);
    if (!source) throw new Error(`${path} not loaded`);
    const doc = XmlDocument.fromBuffer(source, { url: path });
    try {
      const validator = XsdValidator.fromDoc(doc);
      validators.set(key, validator);
      return validator;
    } finally {
      doc.dispose();
    }
  } catch (cause) {
    throw new AppError('ceb.validator_unavailable', { edition, schema, reason: (cause as Error).message }, { cause });
  }
}

/** Releases every compiled validator (tests, shutdown). They are rebuilt on next use. */
export function disposeXsdValidators(): void {
  for (const v of validators.values()) v.dispose();
  validators.clear();
}
