import type { CanonicalDocument } from '../../../codecs/ceb/canonical/index.js';
import { waybillKey } from '../../../domain/model/index.js';
import { answer } from '../answer.js';
import { move, SYSTEM } from '../clearance.js';
import type { DocumentInput } from '../process-message.js';
import { storeDocument } from './shared.js';

type Doc<K extends CanonicalDocument['kind']> = Extract<CanonicalDocument, { kind: K }>;

/** `S`: signed for by the consignee — the only status the spec lists (ceb-messages.md §2). */
const SIGNED_FOR = 'S';

/**
 * CEB513: the carrier reports the parcel's status. Signed for closes the released inventory of that waybill
 * (800 → 899, 结关).
 */
export async function handleWaybillStatus(input: DocumentInput, doc: Doc<'waybill-status'>): Promise<void> {
  const { tx, ctx } = input;
  const status = doc.doc;
  const key = waybillKey(status);
  const waybill = await tx.swDocuments.byKey('waybill', key);
  const known = waybill !== undefined;
  const info = known ? `运单状态已入库 status ${status.status} recorded` : `[-505014] 运单${status.logisticsNo}不存在 waybill not found`;
  await storeDocument(input, 'waybill-status', `${key}|${status.status}`, key, waybill?.orderNo ?? '', doc, known ? '120' : '100', info);
  await answer(ctx, tx, input.message.senderId, key, {
    type: 'CEB514',
    logisticsCode: status.logisticsCode,
    logisticsNo: status.logisticsNo,
    logisticsStatus: status.status,
    returnStatus: known ? '120' : '-505014',
    returnInfo: info,
  });
  if (!known || status.status !== SIGNED_FOR) return;
  for (const record of await tx.swInventories.linked('waybill', key, '800')) {
    if (record.cancelledAt) continue;
    await move(ctx, tx, record, '899', SYSTEM, {
      reason: `parcel signed for at ${status.time}`,
      patch: { closedAt: ctx.now() },
    });
  }
}

/**
 * CEB711: parcels (and, with Crossgate's extension, bonded stock) entering a supervision site. Stock lines are
 * booked to the enterprise whose goods they are, once per message.
 */
export async function handleDelivery(input: DocumentInput, doc: Doc<'delivery'>): Promise<void> {
  const { tx, ctx } = input;
  const entry = doc.doc;
  const key = `delivery|${entry.operatorCode}|${entry.billNo}|${entry.copNo ?? doc.head.guid}`;
  for (const [i, line] of (entry.stockLines ?? []).entries()) {
    await tx.stock.apply({
      id: `${input.message.id}:${i}`,
      ownerCode: line.ownerCode ?? entry.operatorCode,
      itemKey: line.itemNo,
      kind: 'entry',
      delta: line.qty,
      ref: key,
    });
  }
  const lines = entry.stockLines?.length ?? 0;
  const info = `入库明细单已入库 ${entry.parcels.length} parcel(s)${lines ? `, ${lines} bonded stock line(s)` : ''}`;
  await storeDocument(input, 'delivery', key, null, entry.billNo, doc, '120', info);
  await answer(ctx, tx, input.message.senderId, key, {
    type: 'CEB712',
    ...(entry.copNo && { copNo: entry.copNo }),
    ...(entry.preNo && { preNo: entry.preNo }),
    ...(entry.rkdNo && { rkdNo: entry.rkdNo }),
    customsCode: entry.customsCode,
    operatorCode: entry.operatorCode,
    returnStatus: '120',
    returnInfo: info,
  });
}
