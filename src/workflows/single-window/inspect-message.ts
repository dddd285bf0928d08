import { createHash, randomUUID } from 'node:crypto';
import { type Declaration, type ParsedDeclaration, parseDeclaration, readDeclaration } from '../../codecs/ceb/canonical/index.js';
import { detectMessage, type Edition, screenXml, unwrapDxp, validateCeb } from '../../codecs/ceb/index.js';
import { detectFromRoot } from '../../codecs/ceb/registry.js';
import type { ScreenedXml } from '../../codecs/ceb/xml/screen.js';
import { type Role, senderProblem } from '../../domain/participants/index.js';
import { AppError, type ErrorCode, type ErrorDetails, errorCatalogue, isAppError } from '../../kernel/errors/index.js';
import { packText } from '../../kernel/packed-text.js';
import { asJson, type JsonValue } from '../../ports/json.js';
import { type TrustSource, verifyMessage, verifyParsed } from '../../signing/index.js';
import { type SingleWindowPolicy, signatureRequired } from './policy.js';

/**
 * The CPU-bound part of intake, without I/O: envelope, XSD validation and decoding, sender and signature checks,
 * the content hash. Its answer is plain data (structured-cloneable), so it runs the same on the main thread or in a
 * worker thread of the intake pool (`intake-pool.ts`); `intake.ts` does the storing and answering.
 */

/** A coded error as data: rebuilt with `toAppError` it is the same error (code, details, message). */
export interface ErrorData {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  readonly message: string;
}

export interface MessageBase {
  readonly type: string;
  readonly edition: string;
  readonly guid: string;
  readonly copMsgId: string | null;
  readonly xml: string;
  /** `xml` packed for storage (`kernel/packed-text.ts`), done here so intake's threads do it, not the main thread. */
  readonly xmlPacked?: Uint8Array;
}

export type Inspection =
  /** Refused: recorded and answered with a CEB900 (`returnStatus`), then `error` is thrown to the sender. */
  | { readonly kind: 'refused'; readonly base: MessageBase; readonly returnStatus: string; readonly error: ErrorData }
  /** Accepted: stored with its canonical documents. */
  | { readonly kind: 'accepted'; readonly base: MessageBase; readonly contentHash: string; readonly documents: JsonValue; readonly count: number }
  /** Neither: a coded error thrown as is (nothing recorded). */
  | { readonly kind: 'failed'; readonly error: ErrorData };

export interface SenderFacts {
  readonly role: Role;
  readonly code: string;
}

export function errorData(error: AppError): ErrorData {
  return { code: error.code, details: error.details, message: error.message };
}

export function toAppError(data: ErrorData): AppError {
  return new AppError(data.code, data.details, { message: data.message });
}

/** Transport error codes of the DXP standard (ceb-messages.md §3, table 7-1) used in format receipts. */
const TRANSPORT = { format: '0001', schema: '0002', signature: '1001', mismatch: '1004', logic: '2999' } as const;
/** Business codes for a failed signature check where the standard has one (error-codes-202205.json). */
const SIGNATURE_CODES: Readonly<Record<string, string>> = { CEB621: '-621029', CEB623: '-623029', CEB625: '-625005' };

interface Envelope {
  readonly xml: string;
  readonly copMsgId: string | null;
  /** `xml` screened, when that was needed to open the envelope (a message sent bare). */
  readonly screened?: ScreenedXml;
}

function openEnvelope(body: string): Envelope {
  const screened = screenXml(body);
  if (detectFromRoot(screened.root).type !== 'DxpMsg') return { xml: body, copMsgId: null, screened };
  const unwrapped = unwrapDxp(body);
  return { xml: unwrapped.payload, copMsgId: unwrapped.envelope.TransInfo.CopMsgId };
}

/** A CEB621/623/625/711 whose only XSD failure is its missing ds:Signature, read as unsigned; else undefined. */
function unsignedOnly(xml: string, edition: Edition | null): Declaration | undefined {
  try {
    const declaration = readDeclaration(xml, { unsigned: true, ...(edition && { edition }) });
    return declaration.signed ? undefined : declaration;
  } catch {
    return undefined;
  }
}

interface ReadOutcome {
  readonly declaration: Declaration;
  /** The libxml2 document the declaration was validated on, for the signature check (absent for an unsigned read). */
  readonly parsed?: ParsedDeclaration;
}

/**
 * Reads a declaration, validated against the official XSD. The common case screens, parses and validates once,
 * and keeps libxml2's document for the signature check; only a refused message is validated again, for the report
 * that names what is wrong.
 */
function readValid(xml: string, screened: ScreenedXml | undefined): ReadOutcome {
  let readError: unknown;
  try {
    const parsed = parseDeclaration(screened ?? screenXml(xml));
    return { declaration: parsed.declaration, parsed };
  } catch (error) {
    if (!isAppError(error)) throw error;
    readError = error;
  }
  const report = validateCeb(xml);
  if (report.valid) throw readError; // valid XML that is not an import declaration
  // The XSD of 621/623/625/711 requires ds:Signature: unsigned, they fail it for that alone. The signature check
  // answers them (sw.signature_missing), which says what is wrong, rather than a schema error.
  const unsigned = unsignedOnly(xml, report.edition);
  if (unsigned) return { declaration: unsigned };
  const first = report.errors[0];
  // Screening failures (not well-formed, DOCTYPE, too large…) keep their own code; the rest fail the XSD.
  if (first && first.code !== 'ceb.schema_invalid' && first.code in errorCatalogue) {
    throw new AppError(first.code as ErrorCode, { reason: first.message, path: first.path, line: first.line ?? 'unknown' }, { message: first.message });
  }
  throw new AppError('ceb.schema_invalid', {
    message: report.message ?? 'unknown',
    edition: report.edition ?? 'unknown',
    count: report.errors.length,
    first: first ? `${first.path}: ${first.message}` : 'unknown',
    path: first?.path ?? '/',
    reason: first?.message ?? 'invalid',
    errors: report.errors.slice(0, 20),
  });
}

function safeDetect(xml: string): { type: string; edition: string; guid: string } {
  const hashGuid = `sha256:${createHash('sha256').update(xml).digest('hex').slice(0, 40)}`;
  try {
    const detected = detectMessage(xml);
    const guid = /\bguid="([^"]{1,64})"/.exec(xml.slice(0, 2000))?.[1] ?? hashGuid;
    return { type: detected.type, edition: detected.edition, guid };
  } catch {
    return { type: 'Unknown', edition: 'unknown', guid: hashGuid || randomUUID() };
  }
}

function checkSignature(
  signatures: SingleWindowPolicy['signatures'],
  trust: TrustSource,
  read: ReadOutcome,
  xml: string,
): { error: AppError; status: string } | undefined {
  const { declaration, parsed } = read;
  const type = declaration.type;
  if (!declaration.signed) {
    if (!signatureRequired({ signatures }, type)) return undefined;
    return { error: new AppError('sw.signature_missing', { messageType: type }), status: `-${TRANSPORT.signature}` };
  }
  const result = parsed ? verifyParsed(parsed.text, parsed.document, trust, {}, parsed.tree) : verifyMessage(xml, trust);
  if (result.valid) return undefined;
  const reason = result.reason?.message ?? 'unknown';
  const status = SIGNATURE_CODES[type] ?? `-${result.reason?.code === 'signing.digest_mismatch' ? TRANSPORT.mismatch : TRANSPORT.signature}`;
  return { error: new AppError('sw.signature_invalid', { messageType: type, reason, keyName: result.keyName }), status };
}

/**
 * Everything intake decides about one message from its bytes, the sender's role and code, the sender's live keys
 * and the signature policy. Throws only what is not a coded error (a bug), which the caller rethrows.
 */
export function inspectMessage(body: string, sender: SenderFacts, trust: TrustSource, signatures: SingleWindowPolicy['signatures']): Inspection {
  let envelope: Envelope = { xml: body, copMsgId: null };
  let read: ReadOutcome;
  try {
    envelope = openEnvelope(body);
    read = readValid(envelope.xml, envelope.screened);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (!error.code.startsWith('ceb.')) return { kind: 'failed', error: errorData(error) };
    const transport = error.code === 'ceb.schema_invalid' ? TRANSPORT.schema : TRANSPORT.format;
    const base = { ...safeDetect(envelope.xml), copMsgId: envelope.copMsgId, xml: envelope.xml };
    return { kind: 'refused', base, returnStatus: `-${transport}`, error: errorData(error) };
  }
  try {
    return judge(envelope, read, sender, trust, signatures);
  } finally {
    read.parsed?.document.dispose();
  }
}

/** The checks after a successful read: the sender's role and code, the signature; then the content hash. */
function judge(envelope: Envelope, read: ReadOutcome, sender: SenderFacts, trust: TrustSource, signatures: SingleWindowPolicy['signatures']): Inspection {
  const { declaration } = read;
  const base: MessageBase = {
    type: declaration.type,
    edition: declaration.edition,
    guid: declaration.guid,
    copMsgId: envelope.copMsgId,
    xml: envelope.xml,
  };
  const roleProblem = senderProblem(declaration.type, sender.role);
  if (roleProblem) {
    const error = new AppError('sw.sender_not_allowed', { messageType: declaration.type, reason: roleProblem });
    return { kind: 'refused', base, returnStatus: `-${TRANSPORT.logic}`, error: errorData(error) };
  }
  if (declaration.transfer.copCode !== sender.code) {
    const error = new AppError('sw.transfer_mismatch', { copCode: declaration.transfer.copCode, senderCode: sender.code });
    return { kind: 'refused', base, returnStatus: `-${TRANSPORT.logic}`, error: errorData(error) };
  }
  const signatureProblem = checkSignature(signatures, trust, read, envelope.xml);
  if (signatureProblem) return { kind: 'refused', base, returnStatus: signatureProblem.status, error: errorData(signatureProblem.error) };
  // What makes a message "the same" is its business content: a resend may be signed anew (SM2 signatures differ
  // every time), but a guid reused for other content is the sender's error.
  const contentHash = createHash('sha256').update(JSON.stringify(declaration.documents)).digest('hex');
  const packed = { ...base, xmlPacked: packText(base.xml) };
  return { kind: 'accepted', base: packed, contentHash, documents: asJson(declaration.documents), count: declaration.documents.length };
}
