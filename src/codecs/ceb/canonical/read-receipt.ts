import { AppError } from '../../../kernel/errors/index.js';
import type { CEB816Message, CEB818Message, CEB900Message } from '../generated/202205/import.types.js';
import { codecFor, detectMessage } from '../registry.js';
import type { Edition } from '../schema-model.js';
import { RECEIPT_ELEMENT } from './build-receipt.js';
import { isReceiptType, type Receipt, type ReceiptMessage, type ReceiptType, type TaxBill, type TaxStatus } from './receipt-types.js';
import { parseReturnTime } from './receipt-wire.js';
import { toInt } from './wire-fields.js';

type WireRecord = Readonly<Record<string, string>>;

/** Wire item → receipt: every leaf as is (they are the receipt keys), returnTime as a Date. */
function receiptOf(type: ReceiptType, edition: Edition, item: WireRecord, index: number): Receipt {
  const path = `/${type}Message/${RECEIPT_ELEMENT[type]}[${index + 1}]/returnTime`;
  return { ...item, type, returnTime: parseReturnTime(item['returnTime'] ?? '', { type, edition, path }) } as unknown as Receipt;
}

function taxBillsOf(wire: CEB816Message, edition: Edition): TaxBill[] {
  return wire.Tax.map(({ TaxHeadRd: h, TaxListRd: lines }, i) => ({
    ...h,
    returnTime: parseReturnTime(h.returnTime, { type: 'CEB816', edition, path: `/CEB816Message/Tax[${i + 1}]/TaxHeadRd/returnTime` }),
    lines: lines.map((l) => ({ ...l, gnum: toInt(l.gnum) })),
  }));
}

function taxStatusesOf(wire: CEB818Message, edition: Edition): TaxStatus[] {
  return wire.Tax.map(({ TaxHeadStatus: h }, i) => ({
    ...h,
    returnTime: parseReturnTime(h.returnTime, { type: 'CEB818', edition, path: `/CEB818Message/Tax[${i + 1}]/TaxHeadStatus/returnTime` }),
  }));
}

/**
 * Reads any customs receipt (CEB312/412/512/514/622/624/626/712, the CEB816 tax bill, CEB818 tax-bill status,
 * CEB900 format-check receipt) — validated against the official XSD first, like every decode. The shapes are
 * those the builders take, with guids filled in, so `buildReceipt(readReceipt(xml).receipts)` writes the same
 * message again. Other messages → `ceb.not_a_receipt`; a returnTime that is not YYYYMMDDhhmmssSSS →
 * `ceb.schema_invalid`.
 */
export function readReceipt(xml: string | Uint8Array, options: { edition?: Edition } = {}): ReceiptMessage {
  const detected = detectMessage(xml, options.edition ? { edition: options.edition } : {});
  const { type, edition } = detected;
  if (type === 'CEB900') {
    const wire = codecFor('CEB900', edition).decode(xml) as CEB900Message;
    const r = wire.MessageReturn;
    const path = '/CEB900Message/MessageReturn/returnTime';
    return { type, edition, guid: wire.guid, receipt: { ...r, returnTime: parseReturnTime(r.returnTime, { type, edition, path }) } };
  }
  if (type === 'CEB816') {
    const wire = codecFor('CEB816', edition).decode(xml) as CEB816Message;
    return { type, edition, guid: wire.guid, taxBills: taxBillsOf(wire, edition) };
  }
  if (type === 'CEB818') {
    const wire = codecFor('CEB818', edition).decode(xml) as CEB818Message;
    return { type, edition, guid: wire.guid, taxStatuses: taxStatusesOf(wire, edition) };
  }
  if (!isReceiptType(type)) throw new AppError('ceb.not_a_receipt', { type });
  const wire = codecFor(type, edition).decode(xml) as unknown as Readonly<Record<string, unknown>> & { guid: string };
  const items = wire[RECEIPT_ELEMENT[type]] as readonly WireRecord[];
  return { type, edition, guid: wire.guid, receipts: items.map((item, i) => receiptOf(type, edition, item, i)) } as ReceiptMessage;
}
