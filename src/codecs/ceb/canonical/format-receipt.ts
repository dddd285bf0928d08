import { AppError } from '../../../kernel/errors/index.js';
import { valueIssues } from '../codec/check-values.js';
import type { OutgoingValidation } from '../codec/codec.js';
import { codecFor, messageDef } from '../registry.js';
import { DEFAULT_EDITION, type Edition } from '../schema-model.js';
import { hasForbiddenChars } from '../xml/escape.js';
import { newGuid } from './guid.js';
import type { FormatReceiptInput } from './receipt-types.js';
import { encodeWire, formatReturnTime, maxLengthOf, truncate } from './receipt-wire.js';

const EMPTY_ORIGINAL = '<ceb:oriBizMessage></ceb:oriBizMessage>';
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to replace
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * The original message as CDATA. The XSD types `oriBizMessage` as a plain `xs:string` (any length, may be
 * empty); the standard describes it as "原始报文 in CDATA", so it is written as CDATA sections: `]]>` is split
 * across two sections and CR, which CDATA cannot keep, goes between sections as `&#13;`.
 */
export function cdata(text: string): string {
  return text
    .split('\r')
    .map((part) => `<![CDATA[${part.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`)
    .join('&#13;');
}

/** Characters XML cannot carry at all (the rejected input may hold any) become U+FFFD. */
function xmlSafe(text: string): string {
  return hasForbiddenChars(text) ? text.replace(FORBIDDEN, '\uFFFD') : text;
}

/**
 * CEB900 format-check receipt: the platform's answer to a message it could not parse or validate, so it never
 * refuses its input: the original message goes into `oriBizMessage` as CDATA (characters XML cannot carry become
 * U+FFFD); `returnInfo` (5000), `oriCopMsgId` (255) and `oriMessageType` (15) are cut to the XSD's maximum
 * lengths. Validated against the official XSD (or, with `{ validate: 'values' }`, its values only: see
 * `EncodeOptions.validate`).
 */
export function buildFormatReceipt(
  input: FormatReceiptInput,
  edition: Edition = DEFAULT_EDITION,
  options: { readonly validate?: OutgoingValidation } = {},
): string {
  const guid = input.guid ?? newGuid();
  const max = (leaf: string): number | undefined => maxLengthOf('CEB900', edition, ['MessageReturn', leaf]);
  const receipt = {
    guid,
    returnStatus: input.returnStatus,
    returnInfo: truncate(xmlSafe(input.returnInfo), max('returnInfo')),
    returnTime: formatReturnTime(input.returnTime, 'CEB900'),
    oriCopMsgId: truncate(xmlSafe(input.oriCopMsgId ?? ''), max('oriCopMsgId')),
    oriMessageType: truncate(xmlSafe(input.oriMessageType), max('oriMessageType')),
    oriBizMessage: '',
  };
  const wire = { guid, version: '1.0', MessageReturn: receipt };
  const placeholder = encodeWire('CEB900', edition, wire, { validate: 'values' });
  const xml = placeholder.replace(EMPTY_ORIGINAL, `<ceb:oriBizMessage>${cdata(xmlSafe(input.oriBizMessage))}</ceb:oriBizMessage>`);
  const root = messageDef('CEB900', edition)?.root;
  const issues = options.validate === 'values' && root ? valueIssues(root, wire) : codecFor('CEB900', edition).validate(xml);
  const problem = issues[0];
  if (problem) {
    const first = `${problem.path}: ${problem.message}`;
    throw new AppError('ceb.encode_invalid', { message: 'CEB900Message', edition, count: issues.length, first, path: problem.path, errors: issues });
  }
  return xml;
}
