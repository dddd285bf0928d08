import { ParseOption, XmlDocument, XmlLibError, XmlValidateError } from 'libxml2-wasm';
import { AppError } from '../../../kernel/errors/index.js';
import type { Edition, SchemaFile } from '../schema-model.js';
import { xsdValidator } from './schema-set.js';

/** One problem found in a message, in the form the CLI and the API report. */
export interface CebIssue {
  readonly code: string;
  /** XPath-like location, e.g. `/ceb:CEB303Message/ceb:BaseTransfer[2]`; `/` when the whole document is at fault. */
  readonly path: string;
  readonly message: string;
  readonly line?: number;
}

/**
 * Never loads anything: no network, no external entities, no entity substitution (DOCTYPEs are screened out before).
 * IGNORE_ENC: the bytes handed over are always the UTF-8 of a JavaScript string (and screening refused any other
 * declared encoding), so libxml2 reads them as UTF-8 without switching decoders: about twice as fast.
 */
const SAFE_PARSE = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_IGNORE_ENC;
const MAX_ISSUES = 100;

const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['{http://www.chinaport.gov.cn/ceb}', 'ceb:'],
  ['{http://www.chinaport.gov.cn/dxp}', 'dxp:'],
  ['{http://www.w3.org/2000/09/xmldsig#}', 'ds:'],
];

/** libxml2's message with Clark names shortened to the conventional prefixes. */
export function tidyMessage(message: string): string {
  let out = message.trim();
  for (const [clark, prefix] of PREFIXES) out = out.split(clark).join(prefix);
  return out;
}

/** Parses screened text with libxml2 (strict well-formedness). The caller must dispose the document. */
export function parseDocument(text: string): XmlDocument {
  try {
    return XmlDocument.fromBuffer(Buffer.from(text, 'utf8'), { option: SAFE_PARSE });
  } catch (cause) {
    const first = cause instanceof XmlLibError ? cause.details[0] : undefined;
    const reason = first ? `${tidyMessage(first.message)} (line ${first.line}, column ${first.col})` : String(cause);
    throw new AppError('ceb.not_well_formed', { reason, line: first?.line }, { cause });
  }
}

/** Validates a parsed document against an edition's schema; returns the problems (empty when valid). */
export function schemaIssues(doc: XmlDocument, edition: Edition, schema: SchemaFile): CebIssue[] {
  const validator = xsdValidator(edition, schema);
  try {
    validator.validate(doc);
    return [];
  } catch (error) {
    if (!(error instanceof XmlValidateError)) {
      return [{ code: 'ceb.schema_invalid', path: '/', message: error instanceof Error ? error.message : String(error) }];
    }
    return error.details.slice(0, MAX_ISSUES).map((d) => ({
      code: 'ceb.schema_invalid',
      path: d.xpath ?? '/',
      message: tidyMessage(d.message),
      line: d.line,
    }));
  }
}
