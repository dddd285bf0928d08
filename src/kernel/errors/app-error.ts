import { type ErrorCode, errorSpec } from './catalogue.js';

export type ErrorDetails = Readonly<Record<string, unknown>>;

function fill(template: string, details: ErrorDetails): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = details[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A failure with a stable code from the catalogue. Thrown for faults and for requests that cannot be served;
 * expected business outcomes are returned as data instead (see `Result`).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetails;
  readonly level: 'debug' | 'info' | 'warn' | 'error';

  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown; message?: string }) {
    const spec = errorSpec(code);
    super(options?.message ?? fill(spec.message, details), { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = spec.status;
    this.details = details;
    this.level = spec.level ?? (spec.status >= 500 ? 'error' : 'info');
  }

  toJSON(): { code: ErrorCode; message: string; details: ErrorDetails } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
