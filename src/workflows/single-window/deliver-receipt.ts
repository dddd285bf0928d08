import { wrapDxp } from '../../codecs/ceb/index.js';
import type { JobHandler } from '../../jobs/job-handler.js';
import { PermanentJobError } from '../../jobs/job-handler.js';
import type { SingleWindowContext } from './context.js';
import { RECEIPT_DELIVERY_QUEUE } from './receipts.js';

/** Signs the DxpMsg envelope a receipt travels in (the single window's own key), or leaves it unsigned. */
export type ReceiptSigner = (dxpXml: string) => string;

/** The DXP id the single window sends from (the customs import node id seen in practice, ceb-messages.md §6.2). */
export const SINGLE_WINDOW_DXP_ID = 'DXPEDCCEB0000002';

const TIMEOUT_MS = 10_000;

/**
 * Delivers a receipt to the recipient's callback URL as the standard's transport envelope (DxpMsg, the receipt
 * base64 in Data, signed by the single window), retried with backoff by the job runner until a 2xx. Whatever
 * happens, the receipt stays available to pull with a cursor.
 */
export function deliverReceiptHandler(ctx: SingleWindowContext, sign?: ReceiptSigner): Record<string, JobHandler> {
  const deliver: JobHandler = async (payload, { signal }) => {
    const { receiptId } = payload as { receiptId?: string };
    if (typeof receiptId !== 'string') throw new PermanentJobError('payload has no receiptId');
    const receipt = await ctx.store.swReceipts.byId(receiptId);
    if (!receipt || receipt.deliveredAt) return;
    const recipient = await ctx.store.participants.byId(receipt.recipientId);
    if (!recipient?.callbackUrl) return;
    const envelope = wrapDxp(receipt.xml, {
      senderId: SINGLE_WINDOW_DXP_ID,
      receiverIds: [recipient.code.slice(0, 16)],
      msgType: `${receipt.messageType}Message`,
      copMsgId: receipt.id,
    });
    const body = sign ? sign(envelope) : envelope;
    const response = await fetch(recipient.callbackUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/xml; charset=utf-8',
        'x-crossgate-receipt-id': receipt.id,
        'x-crossgate-receipt-seq': String(receipt.seq),
        'x-crossgate-message-type': receipt.messageType,
      },
      body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
    });
    if (response.status >= 200 && response.status < 300) {
      await ctx.store.swReceipts.markDelivered(receipt.id, ctx.now());
      return;
    }
    const text = (await response.text().catch(() => '')).slice(0, 200);
    throw new Error(`callback answered ${response.status} ${text}`);
  };
  return { [RECEIPT_DELIVERY_QUEUE]: deliver };
}
