import type { DeclarationInput, Receipt, Transfer } from '../../codecs/ceb/canonical/index.js';
import type { Inventory, InventoryCancel, InventoryRefundLine, Order, Payment, Waybill, WaybillStatus } from '../../domain/model/index.js';
import type { SenderRole } from '../../ports/hub.port.js';
import { chinaStamp } from './deal-documents.js';

/**
 * The declarations the hub sends for a deal, each as a canonical declaration with the guid the hub fixed before
 * sending (so a resend after a crash is the same message), the party that sends and signs it, and the key its
 * receipts carry. Pure.
 */
export const HUB_DECLARATIONS = ['CEB311', 'CEB411', 'CEB511', 'CEB513', 'CEB621', 'CEB623', 'CEB625'] as const;
export type HubDeclarationType = (typeof HUB_DECLARATIONS)[number];

/** Who sends each declaration (through that party's single-window connection, signed with its key). */
export const SENDER_OF: Readonly<Record<HubDeclarationType, SenderRole>> = {
  CEB311: 'ebp',
  CEB411: 'payment',
  CEB511: 'logistics',
  CEB513: 'logistics',
  CEB621: 'ebc',
  CEB623: 'ebc',
  CEB625: 'ebc',
};

const key = (...parts: readonly string[]) => parts.map((p) => encodeURIComponent(p)).join('|');

/** The key of the receipts that answer a declaration (receipt type + the business keys it carries). */
export function receiptKeyFor(type: HubDeclarationType, docs: { order: Order; payment?: Payment; waybill?: Waybill; copNo: string }): string {
  switch (type) {
    case 'CEB311':
      return key('CEB312', docs.order.ebpCode, docs.order.ebcCode, docs.order.orderNo);
    case 'CEB411':
      return key('CEB412', docs.payment?.payCode ?? '', docs.payment?.payTransactionId ?? '');
    case 'CEB511':
      return key('CEB512', docs.waybill?.logisticsCode ?? '', docs.waybill?.logisticsNo ?? '');
    case 'CEB513':
      return key('CEB514', docs.waybill?.logisticsCode ?? '', docs.waybill?.logisticsNo ?? '');
    case 'CEB621':
      return key('CEB622', docs.copNo);
    case 'CEB623':
      return key('CEB624', docs.copNo);
    case 'CEB625':
      return key('CEB626', docs.copNo);
  }
}

/** The same key, read from a receipt; undefined for receipts the hub does not follow. */
export function receiptKeyOf(r: Receipt): string | undefined {
  switch (r.type) {
    case 'CEB312':
      return key('CEB312', r.ebpCode, r.ebcCode, r.orderNo);
    case 'CEB412':
      return key('CEB412', r.payCode, r.payTransactionId);
    case 'CEB512':
    case 'CEB514':
      return key(r.type, r.logisticsCode, r.logisticsNo);
    case 'CEB622':
    case 'CEB624':
    case 'CEB626':
      return key(r.type, r.copNo);
    default:
      return undefined;
  }
}

export interface Names {
  readonly ebpName: string;
  readonly ebcName: string;
  readonly logisticsName: string;
  readonly agentName: string;
}

export interface DeclarationDocs {
  readonly order: Order;
  readonly payment?: Payment;
  readonly waybill?: Waybill;
  /** CEB513: the carrier's delivery status (signed for). */
  readonly waybillStatus?: WaybillStatus;
  readonly inventory?: Inventory;
  readonly invtNo?: string;
  readonly names: Names;
  /** Transport fields of the inventory the model has no name for (see HubPolicy.transport). */
  readonly transport: Readonly<Record<string, string>>;
  readonly reason?: string;
  /** CEB625: returned quantity by line. */
  readonly returned?: ReadonlyMap<number, string>;
}

const transferOf = (code: string, name: string): Transfer => ({
  copCode: code,
  copName: name,
  dxpMode: 'DXP',
  dxpId: `DXPENT${code.slice(-10).padStart(10, '0')}`,
});

function correction(d: DeclarationDocs, inv: Inventory): InventoryCancel {
  return {
    customsCode: inv.customsCode ?? '',
    orderNo: inv.orderNo,
    ebpCode: inv.ebpCode,
    ebpName: d.names.ebpName,
    ebcCode: inv.ebcCode,
    ebcName: d.names.ebcName,
    logisticsCode: inv.logisticsCode,
    logisticsName: d.names.logisticsName,
    logisticsNo: inv.logisticsNo,
    ...(inv.copNo !== undefined && { copNo: inv.copNo }),
    invtNo: d.invtNo ?? '',
    buyer: inv.buyer,
    agentCode: inv.agentCode,
    agentName: d.names.agentName,
    reason: (d.reason ?? '').slice(0, 500) || 'cancelled',
  };
}

/** A canonical declaration of the deal; throws when the deal lacks a document the type needs (a bug upstream). */
export function declarationInput(type: HubDeclarationType, d: DeclarationDocs, guid: string, at: Date): DeclarationInput {
  const head = { guid, appType: '1', appTime: chinaStamp(at), appStatus: '2' };
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${type} needs the deal's ${what}`);
    return value;
  };
  switch (type) {
    case 'CEB311': {
      // the standard requires a specification per line (gmodel); a storefront that sends none declares the name
      const lines = d.order.lines.map((l) => ({ ...l, gmodel: l.gmodel ?? l.itemName }));
      const order = { ...d.order, ebpName: d.names.ebpName, ebcName: d.names.ebcName, lines };
      return { type, transfer: transferOf(order.ebpCode, d.names.ebpName), documents: [{ head, kind: 'order', doc: order }] };
    }
    case 'CEB411': {
      const payment = need(d.payment, 'payment');
      const extra = { fields: { ebpName: d.names.ebpName } };
      return { type, transfer: transferOf(payment.payCode, payment.payName ?? payment.payCode), documents: [{ head, kind: 'payment', doc: payment, extra }] };
    }
    case 'CEB511': {
      const waybill = need(d.waybill, 'waybill');
      return { type, transfer: transferOf(waybill.logisticsCode, d.names.logisticsName), documents: [{ head, kind: 'waybill', doc: waybill }] };
    }
    case 'CEB513': {
      const status = need(d.waybillStatus, 'delivery status');
      const doc = { ...status, logisticsName: status.logisticsName ?? d.names.logisticsName };
      return { type, transfer: transferOf(status.logisticsCode, d.names.logisticsName), documents: [{ head, kind: 'waybill-status', doc }] };
    }
    case 'CEB621': {
      const inv = need(d.inventory, 'inventory');
      const fields = { ...d.transport, ...d.names, ieDate: inv.declTime ?? chinaStamp(at).slice(0, 8) };
      return { type, transfer: transferOf(inv.agentCode, d.names.agentName), documents: [{ head, kind: 'inventory', doc: inv, extra: { fields } }] };
    }
    case 'CEB623': {
      const inv = need(d.inventory, 'inventory');
      return { type, transfer: transferOf(inv.agentCode, d.names.agentName), documents: [{ head, kind: 'cancel', doc: correction(d, inv) }] };
    }
    case 'CEB625': {
      const inv = need(d.inventory, 'inventory');
      const returned = need(d.returned, 'returned lines');
      const lines: InventoryRefundLine[] = inv.lines
        .filter((l) => returned.has(l.gnum))
        .map((l) => ({ gnum: l.gnum, gcode: l.gcode, gname: l.gname, qty: returned.get(l.gnum) ?? l.qty, unit: l.unit }));
      return { type, transfer: transferOf(inv.agentCode, d.names.agentName), documents: [{ head, kind: 'refund', doc: { ...correction(d, inv), lines } }] };
    }
  }
}

