import { buildTaxBill, buildTaxStatus } from '../../codecs/ceb/canonical/index.js';
import type { TaxQuote } from '../../domain/tax/index.js';
import type { InventoryRecord } from '../../ports/single-window.port.js';
import type { StoreScope } from '../../ports/store.port.js';
import type { SingleWindowContext } from './context.js';
import { issueReceipt } from './receipts.js';

const chinaYear = (at: Date): string => String(new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear());
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Numbers the single window assigns, 18 characters like the real ones: customs district (4) + year (4) + a
 * letter for the kind (I inventory, P pre-entry, T tax bill) + a 9-digit sequence.
 */
async function number(tx: StoreScope, district: string | null, at: Date, kind: 'I' | 'P' | 'T'): Promise<string> {
  return `${(district ?? '0000').slice(0, 4).padStart(4, '0')}${chinaYear(at)}${kind}${pad(await tx.nextNumber(), 9)}`;
}

/** The tax-bill number of an inventory: its inventory number with the kind letter T (one bill per inventory). */
export const taxNumberOf = (invtNo: string): string => invtNo.replace(/I(\d{9})$/, 'T$1');

export const nextInventoryNumber = (tx: StoreScope, district: string | null, at: Date) => number(tx, district, at, 'I');
export const nextPreEntryNumber = (tx: StoreScope, district: string | null, at: Date) => number(tx, district, at, 'P');

/** The e-tax bill (CEB816) of an accepted inventory, issued to its sender (the guarantor's agent). */
export async function issueTaxBill(
  ctx: SingleWindowContext,
  tx: StoreScope,
  record: InventoryRecord,
  tax: TaxQuote,
): Promise<void> {
  if (!record.invtNo) return;
  const taxNo = taxNumberOf(record.invtNo);
  const xml = buildTaxBill(
    {
    returnTime: ctx.now(),
    invtNo: record.invtNo,
    taxNo,
    customsTax: tax.customsDuty,
    valueAddedTax: tax.vat,
    consumptionTax: tax.consumptionTax,
    status: '1',
    ebcCode: record.ebcCode,
    logisticsCode: record.logisticsCode,
    agentCode: record.agentCode,
    ...(record.customsCode && { customsCode: record.customsCode }),
    lines: tax.lines.map((l) => ({
      gnum: l.gnum,
      gcode: l.hsCode,
      taxPrice: l.dutiableValue,
      customsTax: l.customsDuty,
      valueAddedTax: l.vat,
      consumptionTax: l.consumptionTax,
    })),
    },
    undefined,
    { validate: ctx.policy.validateOutgoing },
  );
  await issueReceipt(
    tx,
    { recipientId: record.senderId, messageType: 'CEB816', docKey: record.docKey, returnStatus: '1', returnInfo: `tax bill ${taxNo}: ${tax.total}`, xml },
    ctx.policy.receiptDeliveryAttempts,
  );
}

/**
 * The e-tax bill status (CEB818) when a bill changes after it was issued: 3 (void) when the inventory it taxes is
 * cancelled or rejected after acceptance.
 */
export async function issueTaxStatus(
  ctx: SingleWindowContext,
  tx: StoreScope,
  record: InventoryRecord,
  status: '2' | '3',
  reason: string,
): Promise<void> {
  if (!record.invtNo || record.taxFen === null) return;
  const taxNo = taxNumberOf(record.invtNo);
  const xml = buildTaxStatus({ returnTime: ctx.now(), invtNo: record.invtNo, taxNo, status }, undefined, { validate: ctx.policy.validateOutgoing });
  await issueReceipt(
    tx,
    { recipientId: record.senderId, messageType: 'CEB818', docKey: record.docKey, returnStatus: status, returnInfo: `tax bill ${taxNo}: ${status === '3' ? 'void' : 'aggregated'} (${reason})`.slice(0, 1000), xml },
    ctx.policy.receiptDeliveryAttempts,
  );
}
