import { defineErrors } from './define.js';

/** Errors of the reference single window: intake, senders, certificates, officers' actions. */
export const singleWindowErrors = defineErrors({
  'sw.sender_not_allowed': { status: 403, message: 'This sender may not send {messageType}: {reason}' },
  'sw.transfer_mismatch': {
    status: 403,
    message: 'BaseTransfer/copCode {copCode} is not the code of the authenticated sender ({senderCode})',
  },
  'sw.inspection_timeout': {
    status: 422,
    message: 'The message could not be checked within {seconds} s (too large or too complex to check); nothing was recorded',
  },
  'sw.signature_missing': { status: 422, message: '{messageType} must be signed; the message carries no ds:Signature' },
  'sw.signature_invalid': { status: 422, message: 'The signature of {messageType} does not verify: {reason}' },
  'sw.guid_reused': {
    status: 409,
    message: 'guid {guid} was already used for a different {messageType}; a new message needs a new guid',
  },
  'sw.not_a_declaration': { status: 422, message: '{messageType} is not a declaration the single window accepts' },
  'sw.inventory_not_found': { status: 404, message: 'Inventory {id} was not found' },
  'sw.action_refused': { status: 409, message: 'Inventory {id} cannot go from {from} to {to}: {reason}' },
  'sw.invalid_cursor': { status: 400, message: 'The cursor {cursor} is not valid' },
  'certificate.invalid': { status: 400, message: 'The certificate or public key is not usable: {reason}' },
  'certificate.key_name_taken': { status: 409, message: 'Key name {keyName} is already registered for this participant' },
});
