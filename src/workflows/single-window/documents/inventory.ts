import type { CanonicalDocument } from '../../../codecs/ceb/canonical/index.js';
import { maskIdNumber } from '../../../domain/identity/index.js';
import { type Inventory, inventoryLinks, orderKey } from '../../../domain/model/index.js';
import { newId } from '../../../kernel/ids.js';
import { parseFen } from '../../../kernel/money.js';
import { asJson } from '../../../ports/json.js';
import type { InventoryRecord, NewInventory } from '../../../ports/single-window.port.js';
import { answerInventory, SYSTEM } from '../clearance.js';
import { evaluateInventory } from '../evaluate-inventory.js';
import { nextPreEntryNumber } from '../numbering.js';
import type { DocumentInput } from '../process-message.js';
import { buyerKeyOf } from '../quota-ledger.js';

type InventoryDoc = Extract<CanonicalDocument, { kind: 'inventory' }>;

/** One inventory per order: its key is the order's (platform, merchant, order number). */
export const inventoryKeyOf = (inv: Pick<Inventory, 'ebpCode' | 'ebcCode' | 'orderNo'>): string =>
  `inventory${orderKey(inv).slice('order'.length)}`;

const fen = (text: string): number => {
  const r = parseFen(text);
  return r.ok ? Number(r.value) : 0;
};

async function recordOf(input: DocumentInput, doc: InventoryDoc, id: string): Promise<NewInventory> {
  const inventory = doc.doc;
  const links = inventoryLinks(inventory);
  const preNo = inventory.preNo ?? (await nextPreEntryNumber(input.tx, inventory.customsCode ?? null, input.ctx.now()));
  return {
    id,
    docKey: inventoryKeyOf(inventory),
    orderKey: links.order,
    paymentLink: links.payment,
    waybillKey: links.waybill,
    orderNo: inventory.orderNo,
    copNo: inventory.copNo ?? null,
    preNo,
    senderId: input.message.senderId,
    ebpCode: inventory.ebpCode,
    ebcCode: inventory.ebcCode,
    agentCode: inventory.agentCode,
    logisticsCode: inventory.logisticsCode,
    tradeMode: inventory.tradeMode,
    customsCode: inventory.customsCode ?? null,
    buyerKey: buyerKeyOf(inventory.buyer.idNumber),
    buyerMasked: maskIdNumber(inventory.buyer.idNumber),
    status: '2',
    // the message that declared it: the signed original the officer can open (GET /v1/single-window/messages/{id})
    data: asJson({ head: doc.head, doc: { ...inventory, preNo }, messageId: input.message.id }),
    lines: inventory.lines.map((l) => ({
      gnum: l.gnum,
      gcode: l.gcode,
      origin: l.country,
      itemKey: l.itemRecordNo ?? l.itemNo ?? null,
      qty: l.qty,
      valueFen: fen(l.totalPrice),
    })),
  };
}

/**
 * CEB621: the inventory declaration. Stored at status 2 (declared), answered, then evaluated against its order,
 * payment and waybill. A second declaration of a live inventory is refused (-621004); a corrected declaration of a
 * rejected or still-waiting one replaces it (appType 2, or a new declaration after a rejection).
 */
export async function handleInventory(input: DocumentInput, doc: InventoryDoc): Promise<void> {
  const { tx, ctx } = input;
  const existing = await tx.swInventories.byDocKey(inventoryKeyOf(doc.doc));
  let record: InventoryRecord | undefined;
  if (existing) {
    const replaceable = existing.status === '100' || (existing.status === '2' && doc.head.appType === '2');
    if (!replaceable) {
      const code = existing.status === '2' ? '-621004' : '-621012';
      await answerInventory(ctx, tx, existing, code, `[${code}] 清单${existing.invtNo ?? existing.preNo}已经申报过，请勿重复申报 (status ${existing.status})`);
      return;
    }
    const fresh = await recordOf(input, doc, existing.id);
    await tx.swInventories.redeclare(existing.id, { ...fresh, preNo: existing.preNo });
    record = await tx.swInventories.byId(existing.id);
  } else {
    const fresh = await recordOf(input, doc, newId('inv'));
    await tx.swInventories.insert(fresh);
    record = await tx.swInventories.byId(fresh.id);
  }
  if (!record) return;
  await tx.swInventories.addEvent({
    inventoryId: record.id,
    from: existing ? existing.status : null,
    to: '2',
    actor: SYSTEM.kind,
    actorId: input.message.senderId,
    reason: existing ? 'corrected declaration received' : 'declaration received',
    at: ctx.now(),
  });
  await answerInventory(ctx, tx, record, '2', '电子口岸申报中 declaration received');
  await evaluateInventory(ctx, tx, record);
}
