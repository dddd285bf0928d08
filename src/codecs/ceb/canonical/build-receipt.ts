import type { OutgoingValidation } from '../codec/codec.js';
import { DEFAULT_EDITION, type Edition } from '../schema-model.js';
import { newGuid } from './guid.js';
import type { ReceiptInput, ReceiptType } from './receipt-types.js';
import { batch, encodeWire, formatReturnTime, maxLengthOf, presentFields, truncate } from './receipt-wire.js';

/** The repeated element of each receipt message. */
export const RECEIPT_ELEMENT: Readonly<Record<ReceiptType, string>> = {
  CEB312: 'OrderReturn',
  CEB412: 'PaymentReturn',
  CEB512: 'LogisticsReturn',
  CEB514: 'LogisticsStatusReturn',
  CEB622: 'InventoryReturn',
  CEB624: 'InvtCancelReturn',
  CEB626: 'InvtRefundReturn',
  CEB712: 'DeliveryReturn',
};

/**
 * Builds the receipt message answering a declaration (customs side): one receipt, or several of the same type
 * batched in one message (1..100). Missing guids are generated; the root guid is the first receipt's (as in the
 * official samples); `returnTime` is written in China time; `returnInfo` is cut to the XSD's maximum length. The
 * result is validated against the official XSD (`ceb.encode_invalid` otherwise, e.g. an empty returnInfo), or with
 * `{ validate: 'values' }` only its values are checked (see `EncodeOptions.validate`).
 */
export function buildReceipt(
  r: ReceiptInput | readonly ReceiptInput[],
  edition: Edition = DEFAULT_EDITION,
  options: { readonly validate?: OutgoingValidation } = {},
): string {
  const first = Array.isArray(r) ? (r as readonly ReceiptInput[])[0] : (r as ReceiptInput);
  const type: ReceiptType = first?.type ?? 'CEB312';
  const items = batch<ReceiptInput>(r, type);
  const element = RECEIPT_ELEMENT[type];
  const max = maxLengthOf(type, edition, [element, 'returnInfo']);
  const receipts = items.map((item) => ({
    guid: item.guid ?? newGuid(),
    ...presentFields(item, ['type', 'guid', 'returnStatus', 'returnTime', 'returnInfo']),
    returnStatus: item.returnStatus,
    returnTime: formatReturnTime(item.returnTime, type),
    returnInfo: truncate(item.returnInfo, max),
  }));
  return encodeWire(type, edition, { guid: receipts[0]?.guid ?? newGuid(), version: '1.0', [element]: receipts }, options);
}
