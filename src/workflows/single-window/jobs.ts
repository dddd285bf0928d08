import type { JobHandler, JobHandlers } from '../../jobs/job-handler.js';
import { PermanentJobError } from '../../jobs/job-handler.js';
import { prepare, type SingleWindowContext } from './context.js';
import { evaluateInventory, INVENTORY_TIMEOUT_QUEUE } from './evaluate-inventory.js';
import { processMessageHandler } from './process-message.js';
import { deliverReceiptHandler } from './deliver-receipt.js';
import type { ReceiptSigner } from './deliver-receipt.js';

/**
 * When an inventory's wait is over: evaluate it again (it is rejected if a document is still missing). The job can
 * fire a little before the deadline — its run time is the database's transaction start (and clock) plus a delay
 * the application computed from its own clock — and the time-out evaluateInventory then schedules again is
 * deduplicated against this very job; so a wait that is not over yet is re-armed here, once per firing.
 */
function timeoutHandler(ctx: SingleWindowContext): JobHandler {
  return async (payload, { job }) => {
    const { inventoryId } = payload as { inventoryId?: string };
    if (typeof inventoryId !== 'string') throw new PermanentJobError('payload has no inventoryId');
    await prepare(ctx);
    await ctx.store.transaction(async (tx) => {
      const found = await tx.swInventories.byId(inventoryId);
      if (found?.status !== '2') return;
      await tx.lockDeal(found.orderNo);
      const record = await tx.swInventories.byId(inventoryId);
      if (!record) return;
      await evaluateInventory(ctx, tx, record);
      const after = await tx.swInventories.byId(inventoryId);
      if (after?.status !== '2' || !after.waitUntil) return;
      const delayMs = Math.max(0, after.waitUntil.getTime() - ctx.now().getTime()) + 50;
      await tx.jobs.enqueue([{ queue: INVENTORY_TIMEOUT_QUEUE, payload: { inventoryId }, delayMs, dedupeKey: `timeout:${inventoryId}:after:${job.id}` }]);
    });
  };
}

/** Every job the single window runs. */
export function singleWindowJobs(ctx: SingleWindowContext, signer?: ReceiptSigner): JobHandlers {
  return {
    ...processMessageHandler(ctx),
    [INVENTORY_TIMEOUT_QUEUE]: timeoutHandler(ctx),
    ...deliverReceiptHandler(ctx, signer),
  };
}
