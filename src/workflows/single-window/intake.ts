import { createHash, randomUUID } from 'node:crypto';
import { type Declaration, buildFormatReceipt, readDeclaration } from '../../codecs/ceb/canonical/index.js';
import { detectMessage, type Edition, unwrapDxp, validateCeb } from '../../codecs/ceb/index.js';
import { senderProblem } from '../../domain/participants/index.js';
import { AppError, type ErrorCode, errorCatalogue, isAppError } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids.js';
import type { NewJob } from '../../ports/jobs.port.js';
import { asJson, type JsonValue } from '../../ports/json.js';
import type { Participant } from '../../ports/participants.port.js';
import type { SwMessage, SwMessageStatus } from '../../ports/single-window.port.js';
import { verifyMessage } from '../../signing/index.js';
import type { SingleWindowContext } from './context.js';
import { signatureRequired } from './policy.js';
import { issueReceipt } from './receipts.js';
import type { SenderKeys } from './sender-keys.js';

export const PROCESS_QUEUE = 'sw.process';

export interface IntakeResult {
  readonly messageId: string;
  readonly type: string;
  readonly edition: string;
  readonly guid: string;
  readonly documents: number;
  /** True when this exact message (sender, type, guid) was received before: nothing happened again. */
  readonly duplicate: boolean;
  readonly status: SwMessageStatus;
}

interface Envelope {
  readonly xml: string;
  readonly copMsgId: string | null;
}

/** Transport error codes of the DXP standard (ceb-messages.md §3, table 7-1) used in format receipts. */
const TRANSPORT = { format: '0001', schema: '0002', signature: '1001', mismatch: '1004', logic: '2999' } as const;
/** Business codes for a failed signature check where the standard has one (error-codes-202205.json). */
const SIGNATURE_CODES: Readonly<Record<string, string>> = { CEB621: '-621029', CEB623: '-623029', CEB625: '-625005' };

function openEnvelope(body: string): Envelope {
  if (detectMessage(body).type !== 'DxpMsg') return { xml: body, copMsgId: null };
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

/**
 * Reads a declaration, validated against the official XSD. The common case validates once (inside the read); only
 * a refused message is validated again, for the report that names what is wrong.
 */
function readValid(xml: string): Declaration {
  let readError: unknown;
  try {
    return readDeclaration(xml);
  } catch (error) {
    if (!isAppError(error)) throw error;
    readError = error;
  }
  const report = validateCeb(xml);
  if (report.valid) throw readError; // valid XML that is not an import declaration
  // The XSD of 621/623/625/711 requires ds:Signature: unsigned, they fail it for that alone. The signature check
  // answers them (sw.signature_missing), which says what is wrong, rather than a schema error.
  const unsigned = unsignedOnly(xml, report.edition);
  if (unsigned) return unsigned;
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

interface Rejection {
  readonly type: string;
  readonly edition: string;
  readonly guid: string;
  readonly copMsgId: string | null;
  readonly xml: string;
  readonly returnStatus: string;
  readonly error: AppError;
}

/**
 * Records a refused message and answers its sender with the format receipt (CEB900), then throws the error for
 * the transport to report. A repeat of the same refused message answers the same without a second receipt.
 */
async function reject(ctx: SingleWindowContext, sender: Participant, r: Rejection): Promise<never> {
  await ctx.store.transaction(async (tx) => {
    const { inserted } = await tx.swMessages.insert({
      id: newId('msg'),
      senderId: sender.id,
      type: r.type,
      edition: r.edition,
      guid: r.guid,
      copMsgId: r.copMsgId,
      bodyHash: createHash('sha256').update(r.xml).digest('hex'),
      xml: r.xml,
      documents: null,
      status: 'rejected',
      errorCode: r.error.code,
      errorInfo: r.error.message.slice(0, 1000),
    });
    if (!inserted) return;
    const returnInfo = `${r.error.message} [${r.error.code}]`.slice(0, 5000);
    const xml = buildFormatReceipt({
      returnStatus: r.returnStatus,
      returnInfo,
      returnTime: ctx.now(),
      ...(r.copMsgId && { oriCopMsgId: r.copMsgId }),
      oriMessageType: r.type === 'Unknown' ? 'Unknown' : `${r.type}Message`,
      oriBizMessage: r.xml,
    });
    await issueReceipt(
      tx,
      { recipientId: sender.id, messageType: 'CEB900', docKey: `message|${r.guid}`, returnStatus: r.returnStatus, returnInfo, xml },
      ctx.policy.receiptDeliveryAttempts,
    );
  });
  ctx.wake?.();
  throw r.error;
}

async function checkSignature(
  ctx: SingleWindowContext,
  keys: SenderKeys,
  sender: Participant,
  declaration: Declaration,
  xml: string,
): Promise<{ error: AppError; status: string } | undefined> {
  const type = declaration.type;
  if (!declaration.signed) {
    if (!signatureRequired(ctx.policy, type)) return undefined;
    return { error: new AppError('sw.signature_missing', { messageType: type }), status: `-${TRANSPORT.signature}` };
  }
  const trusted = await keys.forParticipant(sender.id);
  const result = verifyMessage(xml, (keyName) => trusted.get(keyName));
  if (result.valid) return undefined;
  const reason = result.reason?.message ?? 'unknown';
  const status = SIGNATURE_CODES[type] ?? `-${result.reason?.code === 'signing.digest_mismatch' ? TRANSPORT.mismatch : TRANSPORT.signature}`;
  return { error: new AppError('sw.signature_invalid', { messageType: type, reason, keyName: result.keyName }), status };
}

/**
 * Intake of one message from a registered sender: a `DxpMsg` envelope or a bare CEB declaration. Format, sender
 * and signature are checked here (a refusal answers with CEB900 and throws); an accepted message is stored with
 * its canonical documents and queued for processing in one transaction. The same message twice has one effect.
 */
export async function receiveMessage(
  ctx: SingleWindowContext,
  keys: SenderKeys,
  sender: Participant,
  body: string,
): Promise<IntakeResult> {
  let envelope: Envelope = { xml: body, copMsgId: null };
  let declaration: Declaration;
  try {
    envelope = openEnvelope(body);
    declaration = readValid(envelope.xml);
  } catch (error) {
    if (!isAppError(error) || !error.code.startsWith('ceb.')) throw error;
    const detected = safeDetect(envelope.xml);
    const transport = error.code === 'ceb.schema_invalid' ? TRANSPORT.schema : TRANSPORT.format;
    return reject(ctx, sender, {
      ...detected,
      copMsgId: envelope.copMsgId,
      xml: envelope.xml,
      returnStatus: `-${transport}`,
      error,
    });
  }
  const base = {
    type: declaration.type,
    edition: declaration.edition,
    guid: declaration.guid,
    copMsgId: envelope.copMsgId,
    xml: envelope.xml,
  };
  const roleProblem = senderProblem(declaration.type, sender.role);
  if (roleProblem) {
    const error = new AppError('sw.sender_not_allowed', { messageType: declaration.type, reason: roleProblem });
    return reject(ctx, sender, { ...base, returnStatus: `-${TRANSPORT.logic}`, error });
  }
  if (declaration.transfer.copCode !== sender.code) {
    const error = new AppError('sw.transfer_mismatch', { copCode: declaration.transfer.copCode, senderCode: sender.code });
    return reject(ctx, sender, { ...base, returnStatus: `-${TRANSPORT.logic}`, error });
  }
  const signatureProblem = await checkSignature(ctx, keys, sender, declaration, envelope.xml);
  if (signatureProblem) return reject(ctx, sender, { ...base, returnStatus: signatureProblem.status, error: signatureProblem.error });

  // What makes a message "the same" is its business content: a resend may be signed anew (SM2 signatures differ
  // every time), but a guid reused for other content is the sender's error.
  const contentHash = createHash('sha256').update(JSON.stringify(declaration.documents)).digest('hex');
  const accepted = await acceptQueueOf(ctx).add({ sender, base, contentHash, documents: asJson(declaration.documents) });
  const { message } = accepted;
  return {
    messageId: message.id,
    type: message.type,
    edition: message.edition,
    guid: message.guid,
    documents: declaration.documents.length,
    duplicate: !accepted.inserted,
    status: message.status,
  };
}

interface ToAccept {
  readonly sender: Participant;
  readonly base: { type: string; edition: string; guid: string; copMsgId: string | null; xml: string };
  readonly contentHash: string;
  readonly documents: JsonValue;
}

type Accepted = { readonly inserted: boolean; readonly message: SwMessage };

/**
 * Stores accepted messages and queues their processing. Messages that arrive while a write is under way wait and
 * go together in the next transaction (multi-row statements); each gets the answer it would have had alone, in
 * arrival order: a repeat is a duplicate, a guid reused for other content is refused, a refused message that now
 * passes is reopened.
 */
class AcceptQueue {
  #waiting: { item: ToAccept; resolve: (a: Accepted) => void; reject: (e: unknown) => void }[] = [];
  #draining = false;

  constructor(private readonly ctx: SingleWindowContext) {}

  add(item: ToAccept): Promise<Accepted> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#waiting.length > 0) {
        const group = this.#waiting.splice(0, ACCEPT_BATCH);
        try {
          const outcomes = await acceptAll(this.ctx, group.map((g) => g.item));
          if (outcomes.some((o) => !(o instanceof Error) && o.inserted)) this.ctx.wake?.();
          group.forEach((g, i) => {
            const o = outcomes[i];
            if (o === undefined || o instanceof Error) g.reject(o ?? new Error('no outcome'));
            else g.resolve(o);
          });
        } catch (error) {
          for (const g of group) g.reject(error);
        }
      }
    } finally {
      this.#draining = false;
    }
  }
}

const ACCEPT_BATCH = 500;
const acceptQueues = new WeakMap<SingleWindowContext, AcceptQueue>();

function acceptQueueOf(ctx: SingleWindowContext): AcceptQueue {
  let queue = acceptQueues.get(ctx);
  if (!queue) {
    queue = new AcceptQueue(ctx);
    acceptQueues.set(ctx, queue);
  }
  return queue;
}

async function acceptAll(ctx: SingleWindowContext, items: readonly ToAccept[]): Promise<(Accepted | AppError)[]> {
  return ctx.store.transaction(async (tx) => {
    const stored = await tx.swMessages.insertMany(
      items.map((it) => ({
        id: newId('msg'),
        senderId: it.sender.id,
        ...it.base,
        bodyHash: it.contentHash,
        documents: it.documents,
        status: 'received' as const,
      })),
    );
    // what an earlier message of this group changed, as the next one would have seen it
    const seen = new Map<string, SwMessage>();
    const jobs: NewJob[] = [];
    const outcomes = items.map((it, i): Accepted | AppError => {
      const first = stored[i] as Accepted;
      const inserted = first.inserted && !seen.has(first.message.id);
      const message = seen.get(first.message.id) ?? first.message;
      seen.set(message.id, message);
      if (inserted) {
        jobs.push({ queue: PROCESS_QUEUE, payload: { messageId: message.id } });
        return { inserted: true, message };
      }
      if (message.status !== 'rejected' && message.bodyHash !== it.contentHash) {
        return new AppError('sw.guid_reused', { guid: message.guid, messageType: message.type });
      }
      if (message.status !== 'rejected') return { inserted: false, message };
      const reopened = { ...message, status: 'received' as const };
      seen.set(message.id, reopened);
      jobs.push({ queue: PROCESS_QUEUE, payload: { messageId: message.id } });
      return { inserted: true, message: reopened, reopen: it.documents } as Accepted;
    });
    for (const [i, o] of outcomes.entries()) {
      const docs = (o as { reopen?: JsonValue }).reopen;
      if (docs !== undefined && !(o instanceof Error)) {
        await tx.swMessages.reopen(o.message.id, docs);
        outcomes[i] = { inserted: true, message: o.message };
      }
    }
    await tx.jobs.enqueue(jobs);
    return outcomes;
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
