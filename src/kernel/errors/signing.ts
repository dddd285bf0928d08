import { defineErrors } from './define.js';

/** Errors of XML signing and verification (SM2/SM3, RSA-SHA1) and key material. */
export const signingErrors = defineErrors({});
