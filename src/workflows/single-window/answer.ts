import { buildReceipt, type ReceiptInput } from '../../codecs/ceb/canonical/index.js';
import type { StoreScope } from '../../ports/store.port.js';
import type { SingleWindowContext } from './context.js';
import { issueReceipt } from './receipts.js';

/** A receipt's keys and type, without what `answer` adds (time and guid) or the outcome. */
export type ReceiptKeys = ReceiptInput extends infer R
  ? R extends ReceiptInput
    ? Omit<R, 'returnTime' | 'guid' | 'returnStatus' | 'returnInfo'>
    : never
  : never;

type Keys = ReceiptKeys & { readonly returnStatus: string; readonly returnInfo: string };

/** Customs answers: the receipt of a declaration, built to the standard and issued to its recipient. */
export async function answer(
  ctx: SingleWindowContext,
  tx: StoreScope,
  recipientId: string,
  docKey: string,
  receipt: Keys,
): Promise<void> {
  const returnTime = ctx.now();
  const input = { ...receipt, returnTime, returnInfo: receipt.returnInfo.slice(0, 1000) } as ReceiptInput;
  await issueReceipt(
    tx,
    {
      recipientId,
      messageType: receipt.type,
      docKey,
      returnStatus: receipt.returnStatus,
      returnInfo: input.returnInfo,
      xml: buildReceipt(input, undefined, { validate: ctx.policy.validateOutgoing }),
    },
    ctx.policy.receiptDeliveryAttempts,
  );
}

/** How a list of reasons reads in a receipt's returnInfo: the codes first (what systems match), then the words. */
export function describeReasons(reasons: readonly { code: string; message: string; field?: string }[]): string {
  return reasons.map((r) => `[${r.code}] ${r.field ? `${r.field}: ` : ''}${r.message}`).join('; ');
}

/**
 * The returnStatus of a refusal: the standard's business error code (a negative number, ceb-messages.md §3) when
 * a reason has one, else 100 (海关退单, rejected) with Crossgate's dotted code in the text.
 */
export function rejectionStatus(reasons: readonly { code: string }[]): string {
  return reasons.find((r) => /^-\d+$/.test(r.code))?.code ?? '100';
}
