import { createHash } from 'node:crypto';
import { buildFormatReceipt } from '../../codecs/ceb/canonical/index.js';
import { AppError } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids.js';
import type { NewJob } from '../../ports/jobs.port.js';
import type { JsonValue } from '../../ports/json.js';
import type { Participant } from '../../ports/participants.port.js';
import type { SwMessage, SwMessageHead, SwMessageStatus } from '../../ports/single-window.port.js';
import type { StoreScope } from '../../ports/store.port.js';
import { prepare, type SingleWindowContext } from './context.js';
import { inspectMessage, type MessageBase, toAppError } from './inspect-message.js';
import { PROCESS_QUEUE, processInBatch } from './process-message.js';
import { issueReceipt } from './receipts.js';
import type { SenderKeys } from './sender-keys.js';

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
    }, undefined, { validate: ctx.policy.validateOutgoing });
    await issueReceipt(
      tx,
      { recipientId: sender.id, messageType: 'CEB900', docKey: `message|${r.guid}`, returnStatus: r.returnStatus, returnInfo, xml },
      ctx.policy.receiptDeliveryAttempts,
    );
  });
  throw r.error;
}

/**
 * Intake of one message from a registered sender: a `DxpMsg` envelope or a bare CEB declaration. Format, sender
 * and signature are checked here (a refusal answers with CEB900 and throws); an accepted message is stored with
 * its canonical documents and queued for processing in one transaction. The same message twice has one effect.
 * The checks (`inspectMessage`) run in the intake pool's threads when the single window has one, else here.
 */
export async function receiveMessage(
  ctx: SingleWindowContext,
  keys: SenderKeys,
  sender: Participant,
  body: string,
): Promise<IntakeResult> {
  const trusted = await keys.entryFor(sender.id);
  const facts = { role: sender.role, code: sender.code };
  const signatures = ctx.policy.signatures;
  const pooled = ctx.intakePool?.usable ? await ctx.intakePool.inspect({ body, sender: facts, keys: trusted.pems, signatures }) : undefined;
  const inspection = pooled ?? inspectMessage(body, facts, (keyName) => trusted.key(keyName), signatures);
  if (inspection.kind === 'failed') throw toAppError(inspection.error);
  if (inspection.kind === 'refused') {
    return reject(ctx, sender, { ...inspection.base, returnStatus: inspection.returnStatus, error: toAppError(inspection.error) });
  }
  const { base, contentHash, documents } = inspection;
  const accepted = await acceptQueueOf(ctx).add({ sender, base, contentHash, documents });
  const { message } = accepted;
  return {
    messageId: message.id,
    type: message.type,
    edition: message.edition,
    guid: message.guid,
    documents: inspection.count,
    duplicate: !accepted.inserted,
    status: message.status,
  };
}

interface ToAccept {
  readonly sender: Participant;
  readonly base: MessageBase;
  readonly contentHash: string;
  readonly documents: JsonValue;
}

type Accepted = { readonly inserted: boolean; readonly message: SwMessage };

/**
 * Stores accepted messages and queues their processing. Messages that arrive while a write is under way wait and
 * go together in the next transaction (multi-row statements); when no write is under way, the first message waits
 * up to `ACCEPT_WINDOW_MS` for others (or until `ACCEPT_GATHER` are there), so that concurrent senders share a
 * commit instead of each paying for one. Each gets the answer it would have had alone, in arrival order: a repeat is
 * a duplicate, a guid reused for other content is refused, a refused message that now passes is reopened.
 */
class AcceptQueue {
  #waiting: { item: ToAccept; resolve: (a: Accepted) => void; reject: (e: unknown) => void }[] = [];
  #draining = false;
  #timer: NodeJS.Timeout | undefined;

  constructor(private readonly ctx: SingleWindowContext) {}

  add(item: ToAccept): Promise<Accepted> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      if (this.#draining) return;
      if (this.#waiting.length >= ACCEPT_GATHER) this.#start();
      else this.#timer ??= setTimeout(() => this.#start(), ACCEPT_WINDOW_MS);
    });
  }

  #start(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#draining) void this.#drain();
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#waiting.length > 0) {
        const group = this.#waiting.splice(0, ACCEPT_BATCH);
        try {
          const outcomes = await acceptAll(this.ctx, group.map((g) => g.item));
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

/** How long the first of a group waits for company, and how many start a write at once (see `AcceptQueue`). */
const ACCEPT_WINDOW_MS = 2;
const ACCEPT_GATHER = 32;
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

/**
 * Stores a group of accepted messages. With `intakeProcessing: 'inline'` (the default) the new ones are processed
 * in the same transaction (one batch: no job, no second read of what was just written); should that processing
 * fail, all of it is undone and the group is stored again with a processing job per message, so a bad message
 * fails alone in the worker and nothing is lost. `queued` always does the latter.
 */
async function acceptAll(ctx: SingleWindowContext, items: readonly ToAccept[]): Promise<(Accepted | AppError)[]> {
  if (ctx.policy.intakeProcessing === 'inline') {
    try {
      await prepare(ctx);
      return await ctx.store.swBatch(async (batch) => {
        const { outcomes, fresh } = await storeGroup(batch.tx, items, 'inline');
        await processInBatch(ctx, batch, fresh, { storedProcessed: true });
        return outcomes;
      });
    } catch (error) {
      ctx.log?.warn({ err: error, messages: items.length }, 'inline processing undone; the messages are queued instead');
    }
  }
  return ctx.store.transaction(async (tx) => (await storeGroup(tx, items, 'queue')).outcomes);
}

/**
 * Inserts the group and answers each message; the newly stored come back in `fresh` (`inline`) or get a processing
 * job (`queue`). A refused message that now passes is reopened and always queued.
 */
async function storeGroup(
  tx: StoreScope,
  items: readonly ToAccept[],
  mode: 'inline' | 'queue',
): Promise<{ outcomes: (Accepted | AppError)[]; fresh: SwMessageHead[] }> {
  // Processed inline, a message's canonical documents live on in sw_documents only; queued, the job reads them here.
  // Inline, a new message is stored as processed at once: the same transaction processes it, or none of it happened.
  const rows = items.map((it) => ({
    id: newId('msg'),
    senderId: it.sender.id,
    ...it.base,
    bodyHash: it.contentHash,
    documents: mode === 'inline' ? null : it.documents,
    status: mode === 'inline' ? ('processed' as const) : ('received' as const),
  }));
  const documentsOf = new Map(rows.map((r, i) => [r.id, items[i]?.documents ?? null]));
  const stored = await tx.swMessages.insertMany(rows);
  // what an earlier message of this group changed, as the next one would have seen it
  const seen = new Map<string, SwMessage>();
  const jobs: NewJob[] = [];
  const fresh: SwMessageHead[] = [];
  const outcomes = items.map((it, i): Accepted | AppError => {
    const first = stored[i] as Accepted;
    const inserted = first.inserted && !seen.has(first.message.id);
    const message = seen.get(first.message.id) ?? first.message;
    seen.set(message.id, message);
    if (inserted) {
      if (mode === 'inline') fresh.push({ ...message, documents: documentsOf.get(message.id) ?? null });
      else jobs.push({ queue: PROCESS_QUEUE, payload: { messageId: message.id } });
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
  return { outcomes, fresh };
}
