import { z } from 'zod';
import { readReceipt } from '../../codecs/ceb/canonical/index.js';
import { isAppError } from '../../kernel/errors/index.js';
import { type PulledReceipt, partnerError } from '../sdk/index.js';

/** One receipt as the single window lists it (GET /v1/single-window/receipts). */
export const receiptItem = z.object({
  seq: z.number().int(),
  id: z.string(),
  messageType: z.string(),
  docKey: z.string(),
  returnStatus: z.string(),
  returnInfo: z.string(),
  createdAt: z.string(),
  xml: z.string(),
});

export const receiptPage = z.object({ items: z.array(receiptItem), next: z.string() });

/** The listed receipt, its XML read with the codecs (validated against the XSD) when it can be. */
export function pulledReceipt(item: z.output<typeof receiptItem>, partner: string): PulledReceipt {
  const { xml, ...listed } = item;
  try {
    return { ...listed, xml, message: readReceipt(xml) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ...listed, xml, problem: partnerError(partner, 'receipt.unreadable', 'permanent', `receipt ${item.id} cannot be read: ${error.message}`, { errorCode: error.code }) };
  }
}
