import { ApiError } from '../../api/client.js';

export interface FieldIssue {
  readonly field: string;
  readonly code: string | undefined;
  readonly message: string;
}

/**
 * The field errors of a failed save, keyed as the form names its fields: `label`, `declaresAs`, `signingKey.pem`,
 * and `settings.<path>` for the connector's settings. What names no field is left for the form-level notice.
 */
export function connectionErrors(error: unknown): { readonly byField: Readonly<Record<string, FieldIssue>>; readonly unplaced: boolean } {
  if (!(error instanceof ApiError)) return { byField: {}, unplaced: error !== null && error !== undefined };
  const byField: Record<string, FieldIssue> = {};
  const add = (field: string, message: string, code?: string) => {
    if (!byField[field]) byField[field] = { field, message, code };
  };
  const issues = Array.isArray(error.details.issues) ? (error.details.issues as { field?: unknown; message?: unknown; code?: unknown }[]) : [];
  if (error.code === 'connector.settings_invalid') {
    for (const i of issues) if (typeof i.field === 'string' && typeof i.message === 'string') add(`settings.${i.field}`, i.message, typeof i.code === 'string' ? i.code : undefined);
  } else if (error.code === 'request.validation') {
    for (const i of issues) if (typeof i.field === 'string' && typeof i.message === 'string') add(i.field.replace(/^body\./, ''), i.message, typeof i.code === 'string' ? i.code : undefined);
  } else if (error.code === 'connection.invalid') {
    const reason = typeof error.details.reason === 'string' ? error.details.reason : error.message;
    if (/signingKey/.test(reason)) add('signingKey.pem', reason);
    else if (/declaresAs/.test(reason)) add('declaresAs', reason);
  }
  return { byField, unplaced: Object.keys(byField).length === 0 };
}
