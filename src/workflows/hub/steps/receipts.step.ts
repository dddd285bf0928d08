import type { PulledReceipt } from '../../../connectors/sdk/index.js';
import type { JobHandler } from '../../../jobs/job-handler.js';
import { PermanentJobError } from '../../../jobs/job-handler.js';
import { newId } from '../../../kernel/ids.js';
import type { Connection } from '../../../ports/hub.port.js';
import type { StoreScope } from '../../../ports/store.port.js';
import { applyReceipt } from '../apply-receipt.js';
import type { HubContext } from '../hub.context.js';
import { HUB_QUEUES, stepJob } from '../hub-queues.js';
import { RetryLater } from '../partners.js';
import { field } from './step-input.js';
import { cachedConnection } from '../connection-cache.js';

const MAX_PAGES = 20;

const pullJob = (ctx: HubContext, connectionId: string, dedupeKey: string, delayMs = 0) =>
  stepJob({ queue: HUB_QUEUES.receipts, payload: { connectionId } }, ctx.policy.stepAttempts, { delayMs, dedupeKey });

/**
 * Starts following a connection's receipts, in the transaction that recorded a declaration sent through it: the
 * cursor row is locked, so a follower that is just stopping (it found nothing open) either sees the new
 * declaration or has stopped before this starts a new follower. One follower per connection at a time.
 */
export async function startPolling(ctx: HubContext, tx: StoreScope, connectionId: string): Promise<void> {
  const state = await tx.hubCursors.lock(connectionId);
  if (state.polling) return;
  await tx.hubCursors.save(connectionId, { polling: true });
  await tx.jobs.enqueue([pullJob(ctx, connectionId, `receipts:${connectionId}:start:${newId('pol')}`)]);
}

/**
 * Follows a single-window connection's receipts with a stored cursor. The single window lists receipts in commit
 * order and never shows one a transaction still running could precede, so nothing appears behind the cursor: each
 * receipt is applied to its declaration and deal (once, by its id, whatever crashes) and the cursor moved past it
 * in the same transaction. While declarations sent through the connection still expect a receipt, the follower
 * schedules itself again.
 */
export function receiptsStep(ctx: HubContext): JobHandler {
  /**
   * Applies receipts pulled from cursor `from` and moves the cursor past them, unless another follower moved it
   * meanwhile (a job that outlived its lease runs beside its successor): the cursor never goes back. Returns the
   * cursor as this follower left it.
   */
  async function apply(connection: Connection, receipts: readonly PulledReceipt[], from: string): Promise<string> {
    const last = receipts.at(-1);
    if (!last) return from;
    return ctx.store.transaction(async (tx) => {
      const { cursor } = await tx.hubCursors.lock(connection.id);
      for (const receipt of receipts) await applyReceipt(ctx, tx, connection, receipt);
      if (cursor !== from) return cursor;
      await tx.hubCursors.save(connection.id, { cursor: String(last.seq) });
      return String(last.seq);
    });
  }

  /**
   * A page's receipts and the cursor past them in one transaction (one lock of the cursor, one commit); should
   * that fail, each receipt on its own, so the ones before a receipt that cannot be applied still move on.
   */
  async function applyPage(connection: Connection, receipts: readonly PulledReceipt[], from: string): Promise<string> {
    if (receipts.length <= 1) return apply(connection, receipts, from);
    try {
      return await apply(connection, receipts, from);
    } catch {
      let at = from;
      for (const receipt of receipts) at = await apply(connection, [receipt], at);
      return at;
    }
  }

  return async (payload, { job }) => {
    const connectionId = field(payload, 'connectionId');
    const connection = await cachedConnection(ctx.store, connectionId);
    if (!connection) return;
    const sw = ctx.connectors.singleWindow(connection);
    let count = 0;
    let next = '';
    /** The cursor as this follower last saw or left it. */
    let mine = '';
    // follow the cursor while pages bring receipts (a bounded run: the job gives way after that)
    for (let page = 0; page < MAX_PAGES; page++) {
      const { cursor } = await ctx.store.transaction((tx) => tx.hubCursors.lock(connectionId));
      mine = cursor;
      const pulled = await sw.pullReceipts(cursor);
      if (!pulled.ok) {
        if (page > 0) break;
        if (pulled.error.disposition === 'retryable' && job.attempts < job.maxAttempts) throw new RetryLater(pulled.error);
        await ctx.store.transaction(async (tx) => {
          await tx.hubCursors.lock(connectionId);
          await tx.hubCursors.save(connectionId, { polling: false });
        });
        throw new PermanentJobError(`receipts of ${connection.label} cannot be pulled: ${pulled.error.code} ${pulled.error.message}`);
      }
      mine = await applyPage(connection, pulled.value.receipts, cursor);
      count += pulled.value.receipts.length;
      next = pulled.value.next;
      if (pulled.value.receipts.length === 0) break;
    }
    await ctx.store.transaction(async (tx) => {
      const state = await tx.hubCursors.lock(connectionId);
      // past an empty page the single window may name a later cursor; taken only where this follower left it
      if (next !== '' && next !== state.cursor && state.cursor === mine) await tx.hubCursors.save(connectionId, { cursor: next });
      if (count > 0 || (await tx.hubDeclarations.openCount(connectionId)) > 0) {
        await tx.jobs.enqueue([pullJob(ctx, connectionId, `receipts:${connectionId}:after:${job.id}`, ctx.policy.receiptPollMs)]);
      } else {
        await tx.hubCursors.save(connectionId, { polling: false });
      }
    });
  };
}
