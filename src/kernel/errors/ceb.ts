import { defineErrors } from './define.js';

/** Errors of the customs (CEB) message codecs: parsing, schema validation, envelopes. */
export const cebErrors = defineErrors({});
