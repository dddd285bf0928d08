import { defineErrors } from './define.js';

/**
 * Errors of XML signing and verification (SM2/SM3, RSA-SHA1) and key material.
 * The first group is thrown (unusable input or keys); the `signing.signature_*`, `signing.digest_mismatch`,
 * `signing.algorithm_*` and `signing.key_unknown` codes are verification outcomes, returned as a reason and never
 * thrown. No message ever carries key material: placeholders are names, paths, types and algorithm ids only.
 */
export const signingErrors = defineErrors({
  'signing.input_rejected': { status: 400, message: 'The message cannot be processed: {reason}' },
  'signing.malformed_xml': { status: 400, message: 'The message is not well-formed XML: {reason}' },
  'signing.unsupported_message': { status: 400, message: 'Message {root} cannot be signed: {reason}' },
  'signing.already_signed': {
    status: 409,
    message: 'The message already carries a ds:Signature; remove it first, or sign with --replace',
  },
  'signing.key_name_missing': {
    status: 400,
    message: 'A KeyName is required: give a key name or a certificate (its serial number becomes the KeyName)',
  },
  'signing.invalid_option': { status: 400, message: 'Option {option} is invalid: {reason}' },
  'signing.key_unreadable': { status: 400, message: 'The key in {source} cannot be read: {reason}' },
  'signing.key_unsupported': {
    status: 400,
    message: 'The key in {source} is {keyType}; only SM2 and RSA keys are supported',
  },
  'signing.key_algorithm_mismatch': { status: 400, message: 'A {keyType} key cannot sign with {algorithm}' },
  'signing.key_not_found': { status: 404, message: 'No key named {keyName} in the key store' },
  'signing.key_store_invalid': { status: 500, level: 'error', message: 'Key store {dir} is unusable: {reason}' },
  'signing.signature_missing': { status: 422, message: 'The message carries no ds:Signature' },
  'signing.signature_malformed': { status: 422, message: 'The ds:Signature element is malformed: {reason}' },
  'signing.algorithm_unsupported': { status: 422, message: '{what} {uri} is not supported' },
  'signing.algorithm_not_allowed': { status: 422, message: 'Signature algorithm {algorithm} is not allowed here' },
  'signing.algorithm_mismatch': {
    status: 422,
    message: 'The signature uses {algorithm} but the key for {keyName} is a {keyType} key',
  },
  'signing.key_unknown': { status: 422, message: 'No trusted key for KeyName {keyName}' },
  'signing.digest_mismatch': {
    status: 422,
    message: 'The message content does not match its signed digest: it was changed after signing',
  },
  'signing.signature_invalid': { status: 422, message: 'The signature value does not verify with the key for {keyName}' },
});
