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

const MAX_PAGES = 20;
/**
 * The single window numbers receipts as it writes them; on PostgreSQL concurrent writers may commit out of order,
 * so a receipt can appear just behind the cursor. Each pull re-reads this many numbers behind it; receipts are
 * applied once by their id, so reading one twice changes nothing.
 */
const OVERLAP = 200;
const SEEN_MAX = 20_000;

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

const numeric = (cursor: string): number | undefined => (/^\d{1,15}$/.test(cursor) ? Number(cursor) : undefined);

/**
 * Follows a single-window connection's receipts with a stored cursor: each receipt is applied to its declaration
 * and deal in the transaction that moves the cursor past it (once, whatever crashes). While declarations sent
 * through the connection still expect a receipt, the follower schedules itself again.
 */
export function receiptsStep(ctx: HubContext): JobHandler {
  const overlap = ctx.store.kind === 'postgres' ? OVERLAP : 0;
  const seen = new Set<string>();

  async function apply(connection: Connection, receipt: PulledReceipt): Promise<boolean> {
    return ctx.store.transaction(async (tx) => {
      const state = await tx.hubCursors.lock(connection.id);
      await applyReceipt(ctx, tx, connection, receipt);
      const at = numeric(state.cursor);
      const fresh = at === undefined || receipt.seq > at;
      if (fresh) await tx.hubCursors.save(connection.id, { cursor: String(receipt.seq) });
      return fresh;
    });
  }

  return async (payload, { job }) => {
    const connectionId = field(payload, 'connectionId');
    const connection = await ctx.store.hubConnections.byId(connectionId);
    if (!connection) return;
    const sw = ctx.connectors.singleWindow(connection);
    let count = 0;
    let next = '';
    // follow the cursor while pages bring new receipts (a bounded run: the job gives way after that)
    for (let page = 0; page < MAX_PAGES; page++) {
      const { cursor } = await ctx.store.transaction((tx) => tx.hubCursors.lock(connectionId));
      const at = numeric(cursor);
      const pulled = await sw.pullReceipts(at === undefined ? cursor : String(Math.max(0, at - overlap)));
      if (!pulled.ok) {
        if (page > 0) break;
        if (pulled.error.disposition === 'retryable' && job.attempts < job.maxAttempts) throw new RetryLater(pulled.error);
        await ctx.store.transaction(async (tx) => {
          await tx.hubCursors.lock(connectionId);
          await tx.hubCursors.save(connectionId, { polling: false });
        });
        throw new PermanentJobError(`receipts of ${connection.label} cannot be pulled: ${pulled.error.code} ${pulled.error.message}`);
      }
      let fresh = 0;
      for (const receipt of pulled.value.receipts) {
        if (at !== undefined && receipt.seq <= at && seen.has(receipt.id)) continue;
        if (await apply(connection, receipt)) fresh += 1;
        if (seen.size >= SEEN_MAX) seen.clear();
        seen.add(receipt.id);
      }
      count += fresh;
      next = pulled.value.next;
      if (fresh === 0) break;
    }
    await ctx.store.transaction(async (tx) => {
      const state = await tx.hubCursors.lock(connectionId);
      const [stored, given] = [numeric(state.cursor), numeric(next)];
      if (next !== '' && (stored === undefined || given === undefined ? next !== state.cursor : given > stored)) {
        await tx.hubCursors.save(connectionId, { cursor: next });
      }
      const open = await tx.hubDeclarations.openCount(connectionId);
      if (count > 0 || open > 0) {
        await tx.jobs.enqueue([pullJob(ctx, connectionId, `receipts:${connectionId}:after:${job.id}`, ctx.policy.receiptPollMs)]);
      } else {
        await tx.hubCursors.save(connectionId, { polling: false });
      }
    });
    ctx.wake();
  };
}
