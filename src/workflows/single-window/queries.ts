import { checkResidentId, maskIdNumber } from '../../domain/identity/index.js';
import { calendarYear } from '../../domain/model/index.js';
import { type AnnualUsage, annualUsage } from '../../domain/quota/index.js';
import type { InventoryRecord, SwDocument } from '../../ports/single-window.port.js';
import type { SingleWindowContext } from './context.js';
import { buyerKeyOf, quotaLedgerOf } from './quota-ledger.js';

export interface QuotaView extends Omit<AnnualUsage, 'idNumber'> {
  /** Masked: the number is personal data. */
  readonly idNumber: string;
  readonly valid: boolean;
}

/** A buyer's annual quota: limit, used, remaining and the releases that count, in a calendar year (China time). */
export async function quotaOf(ctx: SingleWindowContext, idNumber: string, year?: number): Promise<QuotaView> {
  const key = buyerKeyOf(idNumber);
  const ledger = await quotaLedgerOf(ctx.store, key);
  const inYear = year ?? calendarYear(ctx.now().getTime(), ctx.policy.quota.timeZoneOffsetMinutes);
  const usage = annualUsage(ledger, key, inYear, ctx.policy.quota);
  const releases = await Promise.all(
    usage.releases.map(async (r) => ({ ...r, invtNo: (await ctx.store.swInventories.byId(r.invtNo))?.invtNo ?? r.invtNo })),
  );
  return { ...usage, releases, idNumber: maskIdNumber(idNumber), valid: checkResidentId(idNumber).ok };
}

/** One of the four documents an inventory was matched on, and the message that carried it. */
export interface OriginalView {
  readonly kind: 'order' | 'payment' | 'waybill' | 'inventory';
  readonly messageType: 'CEB311' | 'CEB411' | 'CEB511' | 'CEB621';
  /** The message (GET /v1/single-window/messages/{id}): for customs, and for its own sender; null otherwise. */
  readonly messageId: string | null;
  /**
   * Why there is no message to open: not received yet, another party's (the caller neither sent nor supervises
   * it), or not recorded (an inventory declared before the single window kept its message's id).
   */
  readonly unavailable: 'not-received' | 'not-yours' | 'not-recorded' | null;
}

/**
 * The signed originals behind an inventory: its order, payment and waybill as matched (the latest payment of the
 * order when more than one came) and the inventory's own declaration. Inventories declared before this was kept
 * name no message of their own.
 */
export async function originalsOf(ctx: SingleWindowContext, record: InventoryRecord, viewer: { readonly id: string; readonly role: string }): Promise<OriginalView[]> {
  const [order, payments, waybill] = await Promise.all([
    ctx.store.swDocuments.byKey('order', record.orderKey),
    ctx.store.swDocuments.byLink('payment', record.paymentLink),
    ctx.store.swDocuments.byKey('waybill', record.waybillKey),
  ]);
  const payment = payments.reduce<SwDocument | undefined>((latest, p) => (!latest || p.updatedAt > latest.updatedAt ? p : latest), undefined);
  const official = viewer.role === 'customs' || viewer.role === 'admin';
  const view = (
    kind: OriginalView['kind'],
    messageType: OriginalView['messageType'],
    found: { readonly messageId: string | null; readonly senderId: string } | undefined,
  ): OriginalView => {
    if (!found) return { kind, messageType, messageId: null, unavailable: 'not-received' };
    if (!official && found.senderId !== viewer.id) return { kind, messageType, messageId: null, unavailable: 'not-yours' };
    return found.messageId ? { kind, messageType, messageId: found.messageId, unavailable: null } : { kind, messageType, messageId: null, unavailable: 'not-recorded' };
  };
  const own = (record.data as { messageId?: unknown }).messageId;
  return [
    view('order', 'CEB311', order),
    view('payment', 'CEB411', payment),
    view('waybill', 'CEB511', waybill),
    view('inventory', 'CEB621', { messageId: typeof own === 'string' ? own : null, senderId: record.senderId }),
  ];
}
