import type { CanonicalDocument } from '../../../codecs/ceb/canonical/index.js';
import { calendarYear, type InventoryCancel, type InventoryRefund } from '../../../domain/model/index.js';
import { appendEntry } from '../../../domain/quota/index.js';
import { newId } from '../../../kernel/ids.js';
import { add, cmp, div, formatFen, isZero, mul, parseDecimal, type Rational, rational, roundFen, toDecimalString, ZERO } from '../../../kernel/money.js';
import type { InventoryRecord } from '../../../ports/single-window.port.js';
import type { StoreScope } from '../../../ports/store.port.js';
import { answer, describeReasons } from '../answer.js';
import { moveStock } from '../bonded-stock.js';
import { inventoryOf } from '../clearance.js';
import { issueTaxStatus } from '../numbering.js';
import type { DocumentInput } from '../process-message.js';
import { quotaLedgerOf } from '../quota-ledger.js';
import { storeDocument } from './shared.js';

type Doc<K extends CanonicalDocument['kind']> = Extract<CanonicalDocument, { kind: K }>;
type Problem = { code: string; message: string; field?: string };

const CANCELLABLE = new Set(['120', '300', '500', '399', '800']);
const RETURNABLE = new Set(['800', '899']);

/** The cancel or return must name the inventory's own order, parties and buyer. */
function identityProblems(head: InventoryCancel, record: InventoryRecord): Problem[] {
  const inv = inventoryOf(record);
  const problems: Problem[] = [];
  const same = (field: keyof InventoryCancel, mine: string) => {
    if (head[field] !== mine) problems.push({ code: 'correction.mismatch', field, message: `${field} does not match inventory ${record.invtNo}` });
  };
  same('orderNo', inv.orderNo);
  same('ebpCode', inv.ebpCode);
  same('ebcCode', inv.ebcCode);
  same('logisticsNo', inv.logisticsNo);
  if (head.buyer.idNumber.toUpperCase() !== inv.buyer.idNumber.toUpperCase()) {
    problems.push({ code: 'correction.mismatch', field: 'buyerIdNumber', message: `the buyer is not the buyer of inventory ${record.invtNo}` });
  }
  return problems;
}

async function reply(input: DocumentInput, type: 'CEB624' | 'CEB626', head: InventoryCancel, record: InventoryRecord | undefined, status: string, info: string) {
  await answer(input.ctx, input.tx, input.message.senderId, `${type === 'CEB624' ? 'cancel' : 'refund'}|${head.invtNo}`, {
    type,
    copNo: head.copNo ?? record?.copNo ?? head.invtNo,
    preNo: head.preNo ?? record?.preNo ?? head.invtNo,
    invtNo: head.invtNo,
    ...(head.customsCode && { customsCode: head.customsCode }),
    agentCode: head.agentCode,
    ebpCode: head.ebpCode,
    ebcCode: head.ebcCode,
    returnStatus: status,
    returnInfo: info,
  });
}

/**
 * CEB623: withdraw an inventory customs has numbered and not yet closed. A released one gives its quota back and,
 * bonded, its goods back to stock.
 */
export async function handleCancel(input: DocumentInput, doc: Doc<'cancel'>): Promise<void> {
  const { tx, ctx } = input;
  const head = doc.doc;
  const record = await tx.swInventories.byInvtNo(head.invtNo);
  const problems: Problem[] = record ? identityProblems(head, record) : [{ code: '-623003', field: 'invtNo', message: `系统中不存在清单编号为[${head.invtNo}]的清单` }];
  if (record && (record.cancelledAt || !CANCELLABLE.has(record.status))) {
    problems.push({ code: '-623005', field: 'invtNo', message: `清单的状态不符合撤单申报要求 (status ${record.status}${record.cancelledAt ? ', already cancelled' : ''})` });
  }
  await storeDocument(input, 'cancel', `cancel|${head.invtNo}|${doc.head.guid}`, record?.docKey ?? null, head.orderNo, doc, problems.length ? '100' : '399', problems.length ? describeReasons(problems) : head.reason);
  if (!record || problems.length > 0) {
    return reply(input, 'CEB624', head, record, problems.find((p) => p.code.startsWith('-'))?.code ?? '100', describeReasons(problems));
  }
  const at = ctx.now();
  await tx.swInventories.update(record.id, { cancelledAt: at });
  await issueTaxStatus(ctx, tx, record, '3', `inventory cancelled: ${head.reason}`);
  await tx.swInventories.addEvent({ inventoryId: record.id, from: record.status, to: record.status, actor: 'system', actorId: input.message.senderId, reason: `cancelled (CEB623): ${head.reason}`, at });
  if (record.status === '800') {
    await tx.quota.add({ id: newId('quo'), buyerKey: record.buyerKey, year: calendarYear(at.getTime(), ctx.policy.quota.timeZoneOffsetMinutes), inventoryId: record.id, kind: 'cancel', ref: doc.head.guid, amountFen: 0, at });
    await moveStock(tx, inventoryOf(record), 'return', `cancel:${record.id}`);
  }
  await reply(input, 'CEB624', head, record, '399', `撤销申请单审结 cancel approved: ${head.reason}`);
}

/**
 * The quota value of the returned lines: the inventory's quota amount in proportion to the returned share of the
 * goods value (line value × returned qty ÷ declared qty), rounded half-up to the fen.
 */
function returnedQuotaFen(record: InventoryRecord, lines: ReadonlyMap<number, string>): bigint {
  const inv = inventoryOf(record);
  let returned = ZERO;
  let total = ZERO;
  for (const line of inv.lines) {
    const value = parseDecimal(line.totalPrice);
    const all = parseDecimal(line.qty);
    if (!value.ok || !all.ok) continue;
    total = add(total, value.value);
    const qty = lines.get(line.gnum);
    const back = qty === undefined ? undefined : parseDecimal(qty);
    if (back?.ok && cmp(all.value, ZERO) > 0) returned = add(returned, mul(value.value, div(back.value, all.value)));
  }
  if (isZero(total)) return 0n;
  return roundFen(mul(rational(BigInt(record.quotaFen ?? 0)), div(returned, total)), 'half-up');
}

/** What the inventory's earlier approved returns (CEB625, stored at 399) took back already, by line (gnum). */
async function returnedBefore(tx: StoreScope, record: InventoryRecord): Promise<Map<number, Rational>> {
  const returned = new Map<number, Rational>();
  for (const stored of await tx.swDocuments.byLink('refund', record.docKey)) {
    if (stored.status !== '399') continue;
    for (const line of (stored.data as unknown as { doc: InventoryRefund }).doc.lines) {
      const qty = parseDecimal(line.qty);
      if (qty.ok) returned.set(line.gnum, add(returned.get(line.gnum) ?? ZERO, qty.value));
    }
  }
  return returned;
}

/**
 * CEB625: return of all or part of a released inventory. Within the return window (30 days of release by
 * default) the returned value goes back to the buyer's annual quota, and bonded goods back to stock.
 */
export async function handleRefund(input: DocumentInput, doc: Doc<'refund'>): Promise<void> {
  const { tx, ctx } = input;
  const head = doc.doc;
  const record = await tx.swInventories.byInvtNo(head.invtNo);
  const problems: Problem[] = record ? identityProblems(head, record) : [{ code: '-625004', field: 'invtNo', message: `退货申请单申报失败，清单[${head.invtNo}]不存在` }];
  const lines = new Map<number, string>();
  if (record) {
    if (!RETURNABLE.has(record.status) || record.cancelledAt) {
      problems.push({ code: '-625022', field: 'invtNo', message: `清单状态不符合退货申请条件 (status ${record.status})` });
    }
    const inv = inventoryOf(record);
    const before = await returnedBefore(tx, record);
    head.lines.forEach((line, i) => {
      const original = inv.lines.find((l) => l.gnum === line.gnum);
      const want = parseDecimal(line.qty);
      const have = original && parseDecimal(original.qty);
      // earlier approved returns count: the same goods cannot come back (and restore quota and stock) twice
      const already = before.get(line.gnum) ?? ZERO;
      const earlier = isZero(already) ? '' : ` less ${toDecimalString(already)} returned already`;
      if (!original || !have?.ok) problems.push({ code: 'refund.unknown_line', field: `lines[${i}].gnum`, message: `inventory ${head.invtNo} has no line ${line.gnum}` });
      else if (!want.ok || cmp(add(want.value, already), have.value) > 0) problems.push({ code: 'refund.qty_exceeds', field: `lines[${i}].qty`, message: `returned quantity ${line.qty} exceeds the declared ${original.qty}${earlier}` });
      else lines.set(line.gnum, line.qty);
    });
  }
  let restored = 0n;
  if (record && problems.length === 0 && record.channel === 'cbec' && record.releasedAt) {
    const amount = returnedQuotaFen(record, lines);
    const ledger = await quotaLedgerOf(tx, record.buyerKey);
    const entry = { id: doc.head.guid, kind: 'return' as const, invtNo: record.id, at: ctx.now().toISOString(), amount: formatFen(amount) };
    const applied = appendEntry(ledger, entry, ctx.policy.quota);
    if (!applied.ok) problems.push(...applied.reasons.map((r) => ({ code: r.code, message: r.message, ...(r.field && { field: r.field }) })));
    else restored = amount;
  }
  await storeDocument(input, 'refund', `refund|${head.invtNo}|${doc.head.guid}`, record?.docKey ?? null, head.orderNo, doc, problems.length ? '100' : '399', problems.length ? describeReasons(problems) : head.reason);
  if (!record || problems.length > 0) {
    return reply(input, 'CEB626', head, record, problems.find((p) => p.code.startsWith('-'))?.code ?? '100', describeReasons(problems));
  }
  const at = ctx.now();
  if (restored > 0n) {
    await tx.quota.add({ id: newId('quo'), buyerKey: record.buyerKey, year: calendarYear(at.getTime(), ctx.policy.quota.timeZoneOffsetMinutes), inventoryId: record.id, kind: 'return', ref: doc.head.guid, amountFen: Number(restored), at });
  }
  await moveStock(tx, inventoryOf(record), 'return', `refund:${doc.head.guid}`, lines);
  await tx.swInventories.addEvent({ inventoryId: record.id, from: record.status, to: record.status, actor: 'system', actorId: input.message.senderId, reason: `return approved (CEB625): ${head.reason}`, at });
  await reply(input, 'CEB626', head, record, '399', `退货申请单审结 return approved; quota restored ${formatFen(restored)}`);
}
