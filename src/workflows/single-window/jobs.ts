import type { JobHandler, JobHandlers } from '../../jobs/job-handler.js';
import { PermanentJobError } from '../../jobs/job-handler.js';
import { prepare, type SingleWindowContext } from './context.js';
import { evaluateInventory, INVENTORY_TIMEOUT_QUEUE } from './evaluate-inventory.js';
import { processMessageHandler } from './process-message.js';
import { deliverReceiptHandler } from './deliver-receipt.js';
import type { ReceiptSigner } from './deliver-receipt.js';

/** When an inventory's wait is over: evaluate it again (it is rejected if a document is still missing). */
function timeoutHandler(ctx: SingleWindowContext): JobHandler {
  return async (payload) => {
    const { inventoryId } = payload as { inventoryId?: string };
    if (typeof inventoryId !== 'string') throw new PermanentJobError('payload has no inventoryId');
    await prepare(ctx);
    await ctx.store.transaction(async (tx) => {
      const found = await tx.swInventories.byId(inventoryId);
      if (found?.status !== '2') return;
      await tx.lockDeal(found.orderNo);
      const record = await tx.swInventories.byId(inventoryId);
      if (record) await evaluateInventory(ctx, tx, record);
    });
    ctx.wake?.();
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
