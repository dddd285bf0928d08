import { AppError, type ErrorCode, errorCatalogue, isAppError } from '../../kernel/errors/index.js';
import { limitsOf } from './codec/codec.js';
import { detectFromRoot, messageDef } from './registry.js';
import type { Edition } from './schema-model.js';
import { type CebIssue, parseDocument, schemaIssues } from './validation/libxml.js';
import { screenXml, type XmlLimits } from './xml/screen.js';

export interface CebValidation {
  readonly valid: boolean;
  /** Message type (`CEB311`, `DxpMsg` …), null when the document is not a known message. */
  readonly message: string | null;
  /** Edition validated against, null when it could not be determined. */
  readonly edition: Edition | null;
  readonly errors: readonly CebIssue[];
}

export interface ValidateOptions {
  /** Validate against this edition; by default the document's `version` decides, else 202205. */
  readonly edition?: Edition;
  readonly limits?: Partial<XmlLimits>;
}

function issueOf(error: unknown): CebIssue {
  if (isAppError(error)) {
    const path = typeof error.details['path'] === 'string' ? error.details['path'] : '/';
    const line = typeof error.details['line'] === 'number' ? error.details['line'] : undefined;
    return { code: error.code, path, message: error.message, ...(line ? { line } : {}) };
  }
  return { code: 'ceb.not_well_formed', path: '/', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Validates any CEB or DXP document against the official XSD of its edition. Never throws: unsafe, malformed,
 * unknown or invalid input all come back as `valid: false` with coded errors.
 */
export function validateCeb(xml: string | Uint8Array, options: ValidateOptions = {}): CebValidation {
  let message: string | null = null;
  let edition: Edition | null = null;
  try {
    const screened = screenXml(xml, limitsOf(options.limits));
    const doc = parseDocument(screened.text);
    try {
      const detected = detectFromRoot(screened.root, options.edition);
      message = detected.type;
      edition = detected.edition;
      const def = messageDef(detected.type, detected.edition);
      const errors = def ? schemaIssues(doc, detected.edition, def.schema) : [];
      return { valid: errors.length === 0, message, edition, errors };
    } finally {
      doc.dispose();
    }
  } catch (error) {
    return { valid: false, message, edition, errors: [issueOf(error)] };
  }
}

/** The coded error a failed validation stands for (its first problem decides the code). */
export function validationError(result: CebValidation): AppError {
  const first = result.errors[0];
  const details = { path: first?.path ?? '/', errors: result.errors };
  if (first && first.code !== 'ceb.schema_invalid' && Object.hasOwn(errorCatalogue, first.code)) {
    return new AppError(first.code as ErrorCode, details, { message: first.message });
  }
  return new AppError('ceb.schema_invalid', {
    ...details,
    message: result.message ?? 'document',
    edition: result.edition ?? '',
    count: result.errors.length,
    first: first ? `${first.path}: ${first.message}` : 'unknown',
  });
}

/** Like `validateCeb` but throws the coded error when the document is not valid. */
export function assertValidCeb(xml: string | Uint8Array, options: ValidateOptions = {}): { message: string; edition: Edition } {
  const result = validateCeb(xml, options);
  if (!result.valid || !result.message || !result.edition) throw validationError(result);
  return { message: result.message, edition: result.edition };
}
