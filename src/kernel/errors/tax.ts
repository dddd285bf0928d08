import { defineErrors } from './define.js';

/**
 * Errors of the tax quote and the tariff data. A refused quote is not an error (it is an answer with reasons);
 * these codes are for input that cannot be quoted or imported at all.
 */
export const taxErrors = defineErrors({
  'tax.quote_invalid': { status: 400, message: 'The quote request is invalid: {summary}' },
  'tax.file_unreadable': { status: 400, message: 'Cannot read {file}: {reason}' },
  'tariff.rows_rejected': {
    status: 422,
    message: 'The tariff CSV has {rejected} rejected row(s); {imported} row(s) were imported',
  },
});
