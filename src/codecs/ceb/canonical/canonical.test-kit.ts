import { isAppError } from '../../../kernel/errors/index.js';
import { PLACEHOLDER_SIGNATURE } from '../codec/placeholder-signature.js';

/** The code of the AppError `fn` throws (fails the test when it throws nothing or something uncoded). */
export function errorOf(fn: () => unknown): { code: string; details: Readonly<Record<string, unknown>>; message: string } {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, details: error.details, message: error.message };
    throw error;
  }
  throw new Error('expected a coded error, nothing was thrown');
}

/** The unsigned document with the placeholder signature as last child of the root (import messages). */
export function withPlaceholder(xml: string, type: string): string {
  const end = xml.lastIndexOf(`</ceb:${type}Message>`);
  return `${xml.slice(0, end)}${PLACEHOLDER_SIGNATURE}${xml.slice(end)}`;
}
