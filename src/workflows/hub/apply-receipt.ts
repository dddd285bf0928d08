import type { Receipt } from '../../codecs/ceb/canonical/index.js';
import { type PulledReceipt, redactText } from '../../connectors/sdk/index.js';
import { add, parseDecimal, yuanToFen, ZERO } from '../../kernel/money.js';
import type { Connection, DealRecord, DealStatus, DeclarationRecord } from '../../ports/hub.port.js';
import type { StoreScope } from '../../ports/store.port.js';
import { recordSent } from './declaration-sent.js';
import { addEvent, moveDeal, RUNNING } from './deal-state.js';
import { deliveryStatusReceipt, maybeDeclareDelivery } from './delivery-status.js';
import { receiptKeyOf } from './declarations.js';
import type { HubContext } from './hub.context.js';
import { HUB_QUEUES, stepJob } from './hub-queues.js';

/**
 * How a customs receipt moves a declaration and its deal: 120 accepts an order, payment or waybill; the inventory
 * goes 2 → 120 (numbered) → review / inspection / 399 → 800 released; 399 approves a cancel or a return; 100 or a
 * negative status refuses, with customs' reason. Each receipt is applied once (its id is kept on the declaration).
 */
interface Outcome {
  readonly status: string;
  readonly final: boolean;
}

/**
 * Where customs' decision on an inventory stands for the deal: also when the hub was waiting for a person (a send
 * that ran out of retries may still have reached customs; its receipt proves it).
 */
const AWAITING_CUSTOMS: ReadonlySet<DealStatus> = new Set(['received', 'awaiting-payment', 'declaring', 'declared', 'needs-attention', 'blocked']);

const refused = (status: string) => status === '100' || /^-\d+$/.test(status);

export function interpret(type: string, status: string): Outcome {
  if (refused(status)) return { status: 'rejected', final: true };
  if (type === 'CEB621') {
    if (status === '800') return { status: 'released', final: true };
    // 结关: customs closed the released inventory (after the parcel was signed for, CEB513)
    if (status === '899') return { status: 'closed', final: true };
    return { status: status === '2' ? 'sent' : 'accepted', final: false };
  }
  if (type === 'CEB623' || type === 'CEB625') return status === '399' ? { status: 'approved', final: true } : { status: 'sent', final: false };
  return status === '120' ? { status: 'accepted', final: true } : { status: 'sent', final: false };
}

/** The cause of a refusal: a negative returnStatus is customs' own code, else the first [code] of the text. */
export function receiptCause(status: string, info: string): string {
  if (/^-\d+$/.test(status)) return status;
  return /\[([^\]\s]{1,60})\]/.exec(info)?.[1] ?? status;
}

const stockJob = (ctx: HubContext, dealId: string, action: string, ref = action) =>
  stepJob({ queue: HUB_QUEUES.stock, payload: { dealId, action, ref } }, ctx.policy.stepAttempts, { dedupeKey: `stock:${dealId}:${ref}` });

async function inventoryEffects(ctx: HubContext, tx: StoreScope, deal: DealRecord, r: Receipt, outcome: Outcome): Promise<void> {
  const invtNo = 'invtNo' in r && typeof r.invtNo === 'string' && r.invtNo !== '' ? r.invtNo : undefined;
  const current = invtNo && deal.invtNo !== invtNo ? { ...deal, invtNo } : deal;
  if (current !== deal) await tx.hubDeals.update(deal.id, { invtNo });
  const info = redactText(r.returnInfo);
  if ((outcome.status === 'released' || outcome.status === 'closed') && AWAITING_CUSTOMS.has(current.status)) {
    const released = await moveDeal(ctx, tx, current, 'released', { platform: 'customs', kind: 'customs.released', summary: `inventory ${invtNo ?? ''} released (${r.returnStatus}): ${info}` }, { patch: { releasedAt: ctx.now(), blockedStep: null } });
    if (current.stockState === 'reserved') await tx.jobs.enqueue([stockJob(ctx, deal.id, 'release')]);
    // a parcel the carrier reported delivered before the release: its delivery status goes out now
    await maybeDeclareDelivery(ctx, tx, released);
    return;
  }
  if (outcome.status === 'closed') {
    await addEvent(tx, deal.id, { platform: 'customs', kind: 'customs.closed', summary: `inventory ${invtNo ?? ''} closed (899): ${info}`, data: { status: r.returnStatus } });
    return;
  }
  if (outcome.status === 'rejected' && AWAITING_CUSTOMS.has(current.status)) {
    await moveDeal(ctx, tx, current, 'rejected', { platform: 'customs', kind: 'customs.rejected', summary: `inventory rejected (${r.returnStatus}): ${info}` }, {
      reason: { code: receiptCause(r.returnStatus, info), message: info },
    });
    return;
  }
  await addEvent(tx, deal.id, { platform: 'customs', kind: 'customs.status', summary: `inventory status ${r.returnStatus}: ${info}`, data: { status: r.returnStatus } });
}

async function correctionEffects(ctx: HubContext, tx: StoreScope, deal: DealRecord, decl: DeclarationRecord, r: Receipt, outcome: Outcome): Promise<void> {
  const info = redactText(r.returnInfo);
  const what = decl.type === 'CEB623' ? 'cancel' : 'return';
  if (outcome.status !== 'approved') {
    await addEvent(tx, deal.id, { platform: 'customs', kind: `${what}.${outcome.status}`, summary: `${what} (${decl.type}) ${r.returnStatus}: ${info}` });
    return;
  }
  if (decl.type === 'CEB623') {
    await moveDeal(ctx, tx, deal, 'cancelled', { platform: 'customs', kind: 'customs.cancel_approved', summary: `cancel approved (399): ${info}` });
    if (deal.stockState === 'reserved') await tx.jobs.enqueue([stockJob(ctx, deal.id, 'cancel')]);
    if (deal.stockState === 'released') await tx.jobs.enqueue([stockJob(ctx, deal.id, 'return', 'return:cancel')]);
    return;
  }
  await moveDeal(ctx, tx, deal, 'returned', { platform: 'customs', kind: 'customs.return_approved', summary: `return ${decl.seq} approved (399): ${info}` });
  if (deal.stockState === 'released' || deal.stockState === 'returned') await tx.jobs.enqueue([stockJob(ctx, deal.id, 'return', `return:${decl.seq}`)]);
}

async function applyOne(ctx: HubContext, tx: StoreScope, connection: Connection, pulled: PulledReceipt, r: Receipt): Promise<void> {
  const key = receiptKeyOf(r);
  if (!key) return;
  // a declaration still `prepared` may have been sent already (the send is recorded after customs took it)
  const decl = (await tx.hubDeclarations.byReceiptKey(key)).find((d) => d.connectionId === connection.id);
  if (!decl || decl.receipts.some((n) => n.receiptId === pulled.id)) return;
  const locked = await tx.hubDeals.lock(decl.dealId);
  if (!locked) return;
  // customs answering is proof of the send, should the sender not have recorded it yet (a crash in between)
  const deal = decl.declaredBy === 'hub' ? await recordSent(ctx, tx, locked, decl) : locked;
  const outcome = interpret(decl.type, r.returnStatus);
  const info = redactText(r.returnInfo);
  await tx.hubDeclarations.applyReceipt(decl.id, { type: r.type, status: r.returnStatus, info, at: r.returnTime.toISOString(), receiptId: pulled.id }, outcome, pulled.xml);
  if (decl.type === 'CEB621') return inventoryEffects(ctx, tx, deal, r, outcome);
  if (decl.type === 'CEB623' || decl.type === 'CEB625') return correctionEffects(ctx, tx, deal, decl, r, outcome);
  if (decl.type === 'CEB513') return deliveryStatusReceipt(ctx, tx, deal, r, outcome);
  if (outcome.status === 'rejected' && RUNNING.has(deal.status)) {
    await moveDeal(ctx, tx, deal, 'rejected', { platform: 'customs', kind: 'customs.rejected', summary: `${decl.type} refused (${r.returnStatus}): ${info}` }, {
      reason: { code: receiptCause(r.returnStatus, info), message: info },
    });
    return;
  }
  await addEvent(tx, deal.id, { platform: 'customs', kind: 'declaration.receipt', summary: `${r.type} ${r.returnStatus}: ${info}`, data: { type: decl.type, status: r.returnStatus } });
}

/** Applies one pulled receipt in the caller's transaction (which also moves the receipt cursor). */
export async function applyReceipt(ctx: HubContext, tx: StoreScope, connection: Connection, pulled: PulledReceipt): Promise<void> {
  const message = pulled.message;
  if (!message) return;
  if ('receipts' in message) {
    for (const r of message.receipts) await applyOne(ctx, tx, connection, pulled, r as Receipt);
    return;
  }
  if (message.type === 'CEB816') {
    for (const bill of message.taxBills) {
      const found = await tx.hubDeals.byInvtNo(bill.invtNo);
      const deal = found && (await tx.hubDeals.lock(found.id));
      if (!deal) continue;
      const total = [bill.customsTax, bill.valueAddedTax, bill.consumptionTax].reduce((a, v) => {
        const parsed = parseDecimal(v);
        return parsed.ok ? add(a, parsed.value) : a;
      }, ZERO);
      const fen = Number(yuanToFen(total, 'half-up'));
      if (deal.customsTaxFen === fen) continue; // read again: applied already
      await tx.hubDeals.update(deal.id, { customsTaxFen: fen });
      await addEvent(tx, deal.id, { platform: 'customs', kind: 'customs.tax_bill', summary: `tax bill ${bill.taxNo}: duty ${bill.customsTax}, VAT ${bill.valueAddedTax}, consumption tax ${bill.consumptionTax}` });
    }
    return;
  }
  if (message.type === 'CEB900') {
    for (const [, guid] of message.receipt.oriBizMessage.matchAll(/<(?:\w+:)?guid>([0-9A-Fa-f-]{36})</g)) {
      const decl = guid ? await tx.hubDeclarations.byGuid(guid.toUpperCase()) : undefined;
      if (decl && decl.connectionId === connection.id && !decl.receipts.some((n) => n.receiptId === pulled.id)) {
        await tx.hubDeclarations.applyReceipt(decl.id, { type: 'CEB900', status: message.receipt.returnStatus, info: redactText(message.receipt.returnInfo), at: message.receipt.returnTime.toISOString(), receiptId: pulled.id }, { status: 'rejected', final: true }, pulled.xml);
        await addEvent(tx, decl.dealId, { platform: 'customs', kind: 'declaration.refused', summary: `${decl.type} refused by the single window: ${redactText(message.receipt.returnInfo).slice(0, 300)}` });
      }
    }
  }
}
