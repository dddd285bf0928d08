import { defineErrors } from './define.js';

/** Errors of the customs (CEB) message codecs: parsing, schema validation, envelopes. */
export const cebErrors = defineErrors({
  'ceb.too_large': { status: 413, message: 'The XML document is {size} bytes; the limit is {limit} bytes' },
  'ceb.too_deep': { status: 400, message: 'The XML nests deeper than {limit} elements (at line {line})' },
  'ceb.doctype_forbidden': {
    status: 400,
    message: 'The XML contains a DOCTYPE declaration (line {line}); DTDs and entity declarations are not accepted',
  },
  'ceb.entity_forbidden': {
    status: 400,
    message: 'The XML references entity &{entity}; (line {line}); only the five predefined XML entities are accepted',
  },
  'ceb.unsupported_encoding': {
    status: 400,
    message: 'The XML is declared or encoded as {encoding}; CEB messages must be UTF-8',
  },
  'ceb.not_well_formed': { status: 400, message: 'The XML is not well-formed: {reason}' },
  'ceb.unknown_message': {
    status: 400,
    message: 'Root element {element} is not a known CEB or DXP message{hint}',
  },
  'ceb.edition_mismatch': { status: 400, message: 'Message {type} does not exist in the {edition} edition' },
  'ceb.message_mismatch': { status: 400, message: 'Expected a {expected} message but the XML holds {actual}' },
  'ceb.schema_invalid': {
    status: 422,
    message: '{message} fails the official {edition} XSD ({count} errors), first: {first}',
  },
  'ceb.encode_invalid': {
    status: 422,
    message: 'The {message} Crossgate would emit fails the official {edition} XSD ({count} errors), first: {first}',
  },
  'ceb.encode_shape': { status: 422, message: 'Cannot encode {message}: {reason} at {path}' },
  'ceb.envelope_data_invalid': { status: 400, message: 'The DxpMsg Data cannot be unwrapped: {reason}' },
  'ceb.file_unreadable': { status: 400, message: 'Cannot read {file}: {reason}' },
  'ceb.domain_unsupported': { status: 400, message: 'No domain model mapping exists for {type}' },
  'ceb.not_a_declaration': {
    status: 422,
    message: '{type} is not an import declaration (expected CEB311, 411, 511, 513, 621, 623, 625 or 711)',
  },
  'ceb.not_a_receipt': {
    status: 422,
    message: '{type} is not a customs receipt (expected CEB312, 412, 512, 514, 622, 624, 626, 712, 816, 818 or 900)',
  },
  'ceb.extension_invalid': { status: 422, message: 'The {name} extension (version {version}) is invalid: {reason}' },
  'ceb.validator_unavailable': {
    status: 500,
    level: 'error',
    message: 'The {edition} {schema} XSD could not be loaded: {reason}',
  },
});
