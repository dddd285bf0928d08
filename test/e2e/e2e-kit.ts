import { expect } from 'vitest';
import type { z } from 'zod';
import type { ParticipantView } from '../../src/apps/api/schemas.js';
import type { BuyerQuotaView, EventView, ReceiptView, StatsView, StockRowView } from '../../src/apps/api/sw.schemas.js';
import { type CanonicalDocument, newGuid, readDeclaration, readReceipt, writeDeclaration } from '../../src/codecs/ceb/canonical/index.js';
import type { DeclarationType } from '../../src/codecs/ceb/canonical/types.js';
import { sample } from '../../src/codecs/ceb/sample/sample.js';
import { seededRandom } from '../../src/kernel/seeded-random.js';
import type { BondedStockLine, InventoryCancel, InventoryRefundLine, WarehouseEntry } from '../../src/domain/model/index.js';
import { chinaStamp, type DealDocuments, dealDeclarations } from '../../src/workflows/demo/synthetic-deal.js';
import type { Harness } from '../support/single-window-harness.js';

/** Helpers for the end-to-end tests: everything goes over HTTP (app.inject), as integrators see it. */

/** Who sends which declaration in the demo world. */
export const SENDER: Readonly<Record<DeclarationType, string>> = {
  CEB311: 'ebp',
  CEB411: 'payment',
  CEB511: 'logistics',
  CEB513: 'logistics',
  CEB621: 'ebc',
  CEB623: 'ebc',
  CEB625: 'ebc',
  CEB711: 'warehouse',
};

export interface Reply<T> {
  readonly status: number;
  /** The JSON answer as the caller expects it (`T`): not checked here, the assertions check it. */
  readonly body: T;
  readonly text: string;
}

/** One page of a listing. */
export interface Page<T> {
  readonly items: T[];
  readonly next: string | null;
}

/** The API's answers, as its schemas declare them. */
export type Quota = z.infer<typeof BuyerQuotaView>;
export type Stats = z.infer<typeof StatsView>;
export type StockRow = z.infer<typeof StockRowView>;
export type Me = z.infer<typeof ParticipantView>;
export type InventoryEventView = z.infer<typeof EventView>;
export interface InventoryDetail {
  readonly inventory: InventoryView;
  readonly events: InventoryEventView[];
  readonly receipts: z.infer<typeof ReceiptView>[];
}

/** The error code of an error answer (`{ error: { code } }`), undefined for any other answer. */
export function errorCode(reply: Reply<unknown>): string | undefined {
  const body = reply.body;
  if (body === null || typeof body !== 'object' || !('error' in body)) return undefined;
  const error = body.error;
  return error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A request as `role` (API key), JSON in and out; `T` is the answer's expected shape (unknown unless told). */
export async function call<T = unknown>(
  h: Harness,
  role: string,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  payload?: object,
): Promise<Reply<T>> {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${h.apiKeys[role]}`, ...(payload && { 'content-type': 'application/json' }) },
    ...(payload && { payload: JSON.stringify(payload) }),
  });
  let body: unknown;
  try {
    body = res.json();
  } catch {
    body = undefined;
  }
  return { status: res.statusCode, body: body as T, text: res.body };
}

/** A deterministic shuffle (mulberry32 + Fisher–Yates): the same seed, the same order, on every run. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const next = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface Outgoing {
  readonly deal: DealDocuments;
  readonly type: DeclarationType;
  readonly role: string;
  readonly xml: string;
}

/** The declarations of the deals, each with its sender's role. */
export const declarationsOf = (h: Harness, deals: readonly DealDocuments[], at: Date): Outgoing[] =>
  deals.flatMap((deal) => dealDeclarations(deal, h.parties, at).map((d) => ({ deal, type: d.type, role: SENDER[d.type], xml: d.xml })));

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface PulledReceipt {
  readonly seq: number;
  readonly id: string;
  readonly messageType: string;
  readonly docKey: string;
  readonly returnStatus: string;
  readonly returnInfo: string;
  readonly xml: string;
}

/** Pulls the caller's receipts after `since`, page by page, following `next`; returns them and the last cursor. */
export async function pullReceipts(h: Harness, role: string, since = '0', limit = 7): Promise<{ items: PulledReceipt[]; next: string }> {
  await h.store.swReceipts.settled(); // every receipt committed so far is listed once older transactions end
  const items: PulledReceipt[] = [];
  let cursor = since;
  for (;;) {
    const page = await call<{ items: PulledReceipt[]; next: string }>(h, role, 'GET', `/v1/single-window/receipts?since=${cursor}&limit=${limit}`);
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    if (page.body.items.length === 0) {
      expect(page.body.next).toBe(cursor);
      return { items, next: cursor };
    }
    cursor = page.body.next;
  }
}

export interface InventoryView {
  readonly id: string;
  readonly invtNo: string | null;
  readonly orderNo: string;
  readonly status: string;
  readonly tax: string | null;
  readonly dutiableValue: string | null;
  readonly rejection: { code: string | null; info: string | null };
  readonly [k: string]: unknown;
}

/** Every inventory, as customs sees them, by order number. */
export async function inventoriesByOrder(h: Harness): Promise<Map<string, InventoryView>> {
  const res = await call<Page<InventoryView>>(h, 'customs', 'GET', '/v1/single-window/inventories?limit=200');
  expect(res.status).toBe(200);
  return new Map(res.body.items.map((i) => [i.orderNo, i]));
}

/** The returnStatus codes of the CEB622 receipts of an inventory, read from the receipt XML itself. */
export function returnStatusesOf(receipts: readonly PulledReceipt[], type: string): string[] {
  return receipts
    .filter((r) => r.messageType === type)
    .map((r) => {
      const read = readReceipt(r.xml);
      if (!('receipts' in read)) throw new Error(`${type} is not a plain receipt`);
      const [first] = read.receipts;
      expect(first?.returnStatus).toBe(r.returnStatus);
      return r.returnStatus;
    });
}

/** The e-tax bill (CEB816) totals of a receipt's XML. */
export function taxBillOf(xml: string): { invtNo: string; total: string } {
  const read = readReceipt(xml);
  if (!('taxBills' in read)) throw new Error('not a CEB816');
  const [bill] = read.taxBills;
  if (!bill) throw new Error('empty CEB816');
  const fen = [bill.customsTax, bill.valueAddedTax, bill.consumptionTax].reduce((a, v) => a + Math.round(Number(v) * 100), 0);
  return { invtNo: bill.invtNo, total: (fen / 100).toFixed(2) };
}

/** Money as fen, for sums in the assertions (the values are two-decimal strings). */
export const fen = (text: string): number => Math.round(Number(text) * 100);
export const yuan = (f: number): string => (f / 100).toFixed(2);

const head = (at: Date) => ({ guid: newGuid(), appType: '1', appTime: chinaStamp(at), appStatus: '2' });

/** The head of a CEB623/625 for a deal's inventory (customs' invtNo). */
function correctionHead(h: Harness, deal: DealDocuments, invtNo: string, reason: string): InventoryCancel {
  const inv = deal.inventory;
  return {
    customsCode: h.parties.customsCode,
    orderNo: inv.orderNo,
    ebpCode: inv.ebpCode,
    ebpName: h.parties.ebp.name,
    ebcCode: inv.ebcCode,
    ebcName: h.parties.ebc.name,
    logisticsCode: inv.logisticsCode,
    logisticsName: h.parties.logistics.name,
    logisticsNo: inv.logisticsNo,
    invtNo,
    buyer: inv.buyer,
    agentCode: inv.agentCode,
    agentName: h.parties.ebc.name,
    reason,
  };
}

const transferOf = (p: { code: string; name: string }) => ({ copCode: p.code, copName: p.name, dxpMode: 'DXP', dxpId: `DXPENT${p.code.slice(-10)}` });

/** CEB623: the e-commerce enterprise withdraws an inventory customs numbered (unsigned; `send` signs it). */
export function cancelXml(h: Harness, deal: DealDocuments, invtNo: string, at = new Date()): string {
  return writeDeclaration({
    type: 'CEB623',
    transfer: transferOf(h.parties.ebc),
    documents: [{ head: head(at), kind: 'cancel', doc: correctionHead(h, deal, invtNo, '买家取消订单 order cancelled by the buyer') }],
  });
}

/** CEB625: return of some lines (gnum → qty) of a released inventory. */
export function refundXml(h: Harness, deal: DealDocuments, invtNo: string, returned: ReadonlyMap<number, string>, at = new Date()): string {
  const lines: InventoryRefundLine[] = deal.inventory.lines
    .filter((l) => returned.has(l.gnum))
    .map((l) => ({ gnum: l.gnum, gcode: l.gcode, gname: l.gname, qty: returned.get(l.gnum) as string, unit: l.unit }));
  return writeDeclaration({
    type: 'CEB625',
    transfer: transferOf(h.parties.ebc),
    documents: [{ head: head(at), kind: 'refund', doc: { ...correctionHead(h, deal, invtNo, '七天无理由退货 return'), lines } }],
  });
}

/** CEB711 from the bonded warehouse, carrying bonded stock lines (Crossgate's ExtendMessage). */
export function warehouseEntryXml(h: Harness, stockLines: readonly BondedStockLine[], billNo: string): string {
  const base = readDeclaration(sample('CEB711'), { unsigned: true });
  const entry = base.documents[0] as CanonicalDocument & { kind: 'delivery'; doc: WarehouseEntry };
  const warehouse = h.parties.warehouse;
  if (!warehouse) throw new Error('the harness has no warehouse');
  return writeDeclaration({
    type: 'CEB711',
    transfer: transferOf(warehouse),
    documents: [
      {
        ...entry,
        head: { ...entry.head, guid: newGuid() },
        doc: { ...entry.doc, customsCode: h.parties.customsCode, operatorCode: warehouse.code, operatorName: warehouse.name, billNo, stockLines },
      },
    ],
  });
}
