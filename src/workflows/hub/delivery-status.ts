import type { Receipt } from '../../codecs/ceb/canonical/index.js';
import { redactText } from '../../connectors/sdk/index.js';
import type { DealRecord } from '../../ports/hub.port.js';
import type { StoreScope } from '../../ports/store.port.js';
import { addEvent } from './deal-state.js';
import type { HubContext } from './hub.context.js';
import { HUB_QUEUES, stepJob } from './hub-queues.js';
import { startPolling } from './steps/receipts.step.js';

/**
 * The delivery status the hub declares for the carrier: CEB513 (运单状态, logisticsStatus `S` = signed for, the only
 * status the standard lists), sent through the logistics party's single-window connection and signed with its
 * key, once the parcel is delivered and customs has released the inventory. Queued under one key per deal, in the
 * caller's transaction: however often it is asked for, it is filed once.
 */
export async function maybeDeclareDelivery(ctx: HubContext, tx: StoreScope, deal: DealRecord): Promise<boolean> {
  if (deal.deliveryState !== 'delivered' || !deal.documents.waybillStatus || deal.status !== 'released') return false;
  await tx.jobs.enqueue([
    stepJob({ queue: HUB_QUEUES.declare, payload: { dealId: deal.id, type: 'CEB513' } }, ctx.policy.stepAttempts, { dedupeKey: `declare:${deal.id}:CEB513:1` }),
  ]);
  return true;
}

/**
 * Customs' answer to the delivery status (CEB514), on the deal's timeline. Accepted (120), the single window also
 * closes the released inventory (899, 结关): the inventory's connection is followed again to take that receipt.
 * A refusal leaves the deal released (the goods are cleared); the carrier's data needs a person.
 */
export async function deliveryStatusReceipt(ctx: HubContext, tx: StoreScope, deal: DealRecord, r: Receipt, outcome: { readonly status: string }): Promise<void> {
  const info = redactText(r.returnInfo);
  const data = { type: 'CEB513', status: r.returnStatus };
  if (outcome.status === 'accepted') {
    await addEvent(tx, deal.id, { platform: 'customs', kind: 'customs.delivery_accepted', summary: `delivery status (CEB513) accepted (${r.returnStatus}): ${info}`, data });
    const inventory = (await tx.hubDeclarations.byDeal(deal.id)).find((d) => d.type === 'CEB621' && d.connectionId !== null);
    if (inventory?.connectionId) await startPolling(ctx, tx, inventory.connectionId);
    return;
  }
  if (outcome.status === 'rejected') {
    await addEvent(tx, deal.id, { platform: 'customs', kind: 'customs.delivery_refused', summary: `delivery status (CEB513) refused (${r.returnStatus}): ${info}`, data });
    return;
  }
  await addEvent(tx, deal.id, { platform: 'customs', kind: 'declaration.receipt', summary: `${r.type} ${r.returnStatus}: ${info}`, data });
}
