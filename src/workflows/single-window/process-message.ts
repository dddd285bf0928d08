import type { CanonicalDocument } from '../../codecs/ceb/canonical/index.js';
import type { BatchJobHandler, JobHandler } from '../../jobs/job-handler.js';
import { PermanentJobError, withBatch } from '../../jobs/job-handler.js';
import type { SwBatch, SwMessageHead } from '../../ports/single-window.port.js';
import type { StoreScope } from '../../ports/store.port.js';
import { prepare, type SingleWindowContext } from './context.js';
import { handleCancel, handleRefund } from './documents/corrections.js';
import { handleInventory } from './documents/inventory.js';
import { handleOrder, handlePayment, handleWaybill } from './documents/trade.js';
import { handleDelivery, handleWaybillStatus } from './documents/logistics.js';
import { batchKeysOf } from './batch-keys.js';

/** Accepted messages waiting to be processed (intake queues them when it does not process them itself). */
export const PROCESS_QUEUE = 'sw.process';

/** The deal lock of a document: every document of one deal carries the order number, except a 711. */
function lockKeyOf(doc: CanonicalDocument): string {
  switch (doc.kind) {
    case 'waybill-status':
      return `waybill|${doc.doc.logisticsCode}|${doc.doc.logisticsNo}`;
    case 'delivery':
      return `delivery|${doc.doc.operatorCode}|${doc.doc.billNo}`;
    default:
      return doc.doc.orderNo;
  }
}

export interface DocumentInput {
  readonly ctx: SingleWindowContext;
  readonly tx: StoreScope;
  readonly message: SwMessageHead;
  /** Position of the document in its message: with the message id, what makes its processing idempotent. */
  readonly index: number;
}

async function handle(input: DocumentInput, doc: CanonicalDocument): Promise<void> {
  switch (doc.kind) {
    case 'order':
      return handleOrder(input, doc);
    case 'payment':
      return handlePayment(input, doc);
    case 'waybill':
      return handleWaybill(input, doc);
    case 'waybill-status':
      return handleWaybillStatus(input, doc);
    case 'inventory':
      return handleInventory(input, doc);
    case 'cancel':
      return handleCancel(input, doc);
    case 'refund':
      return handleRefund(input, doc);
    case 'delivery':
      return handleDelivery(input, doc);
  }
}

/**
 * Processes an accepted message: each document in its own transaction under its deal's lock, so the four
 * documents of a deal, arriving in any order from different senders, are matched exactly once.
 */
export function processMessageHandler(ctx: SingleWindowContext): Record<string, JobHandler> {
  const process: JobHandler = async (payload) => {
    const { messageId } = payload as { messageId?: string };
    if (typeof messageId !== 'string') throw new PermanentJobError('payload has no messageId');
    const message = await ctx.store.swMessages.byId(messageId);
    if (message?.status !== 'received') return;
    const documents = (message.documents ?? []) as unknown as CanonicalDocument[];
    await prepare(ctx);
    for (const [index, doc] of documents.entries()) {
      await ctx.store.transaction(async (tx) => {
        await tx.lockDeal(lockKeyOf(doc));
        if (await tx.swMessages.claimDocument(message.id, index)) await handle({ ctx, tx, message, index }, doc);
      });
    }
    await ctx.store.swMessages.setStatus(messageId, 'processed');
  };
  return { [PROCESS_QUEUE]: withBatch(process, processBatch(ctx, process)) };
}

/**
 * The received messages among `messages`, processed inside `batch` (deal locks for all their documents in one
 * order, what they read loaded at once, then each document claimed and handled) and marked processed. The batch
 * processing of queued jobs and intake's inline processing (`intake.ts`) both come here. Call `prepare(ctx)` first.
 */
export async function processInBatch(
  ctx: SingleWindowContext,
  batch: SwBatch,
  messages: readonly SwMessageHead[],
  options: {
    /** The messages were stored by this batch already marked processed (intake's inline processing): process them all. */
    readonly storedProcessed?: boolean;
  } = {},
): Promise<void> {
  const work = messages.filter((m) => options.storedProcessed || m.status === 'received').map((message) => ({ message, documents: (message.documents ?? []) as unknown as CanonicalDocument[] }));
  const all = work.flatMap((w) => w.documents);
  await batch.lockDeals(all.map(lockKeyOf));
  await batch.prefetch(batchKeysOf(all));
  const tx = batch.tx;
  for (const { message, documents } of work) {
    for (const [index, doc] of documents.entries()) {
      await tx.lockDeal(lockKeyOf(doc));
      if (await tx.swMessages.claimDocument(message.id, index)) await handle({ ctx, tx, message, index }, doc);
    }
    await tx.swMessages.setStatus(message.id, 'processed');
  }
}

const messageIdOf = (payload: unknown): string | undefined => {
  const { messageId } = (payload ?? {}) as { messageId?: unknown };
  return typeof messageId === 'string' ? messageId : undefined;
};

/**
 * Many accepted messages at once, with the same per-document steps as `process` (deal lock, claim, handler) in one
 * batch transaction of the store (`Store.swBatch`): what they read is loaded in a few statements and what they write
 * goes out in multi-row statements. Should anything fail, the batch is undone and every job runs on its own as
 * `process`, so a bad message fails alone and the others go through exactly as they would have.
 */
function processBatch(ctx: SingleWindowContext, single: JobHandler): BatchJobHandler {
  return async (jobs, { store, log, signal }) => {
    const failures = new Map<string, unknown>();
    const valid = jobs.filter((job) => {
      if (messageIdOf(job.payload)) return true;
      failures.set(job.id, new PermanentJobError('payload has no messageId'));
      return false;
    });
    if (valid.length === 0) return failures;
    await prepare(ctx);
    try {
      await ctx.store.swBatch(async (batch) => {
        const ids = [...new Set(valid.flatMap((job) => messageIdOf(job.payload) ?? []))];
        await processInBatch(ctx, batch, await batch.messages(ids));
      });
    } catch (error) {
      log.warn({ err: error, jobs: valid.length }, 'batch undone; its jobs run one by one');
      for (const job of valid) {
        try {
          await single(job.payload, { job, store, log, signal });
        } catch (jobError) {
          failures.set(job.id, jobError);
        }
      }
    }
    return failures;
  };
}
