import { newId } from '../../kernel/ids.js';
import type { StoreScope } from '../../ports/store.port.js';

export const RECEIPT_DELIVERY_QUEUE = 'sw.deliver-receipt';

export interface ReceiptToIssue {
  readonly recipientId: string;
  /** CEB312 … CEB900. */
  readonly messageType: string;
  /** The document the receipt answers (its correlation key). */
  readonly docKey: string;
  readonly returnStatus: string;
  readonly returnInfo: string;
  readonly xml: string;
}

/**
 * Stores a receipt for its recipient (always pullable with a cursor) and, when the recipient registered a
 * callback URL, queues its delivery in the same transaction.
 */
export async function issueReceipt(
  tx: StoreScope,
  receipt: ReceiptToIssue,
  deliveryAttempts: number,
): Promise<string> {
  const id = newId('rcp');
  await tx.swReceipts.add({ id, ...receipt });
  const recipient = await tx.participants.byId(receipt.recipientId);
  if (recipient?.callbackUrl) {
    await tx.jobs.enqueue([
      { queue: RECEIPT_DELIVERY_QUEUE, payload: { receiptId: id }, maxAttempts: deliveryAttempts, dedupeKey: `deliver:${id}` },
    ]);
  }
  return id;
}
