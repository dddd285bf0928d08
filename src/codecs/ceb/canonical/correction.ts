import type { InventoryCancel, InventoryRefund, InventoryRefundLine } from '../../../domain/model/index.js';
import type { InvtCancel, InvtRefundHead, InvtRefundList } from '../generated/202205/import.types.js';
import { docMapping } from './doc-mapping.js';
import { personOf, present, toInt } from './wire-fields.js';

/**
 * CEB623 cancel ↔ `InventoryCancel` and CEB625 refund ↔ `InventoryRefund`: the same head (`buyer*` →
 * `buyer`), the refund with its returned lines. Nothing is left over as extras.
 */

type CorrectionHead = InvtCancel | InvtRefundHead;

function toCancel(h: CorrectionHead): InventoryCancel {
  return {
    customsCode: h.customsCode,
    orderNo: h.orderNo,
    ebpCode: h.ebpCode,
    ebpName: h.ebpName,
    ebcCode: h.ebcCode,
    ebcName: h.ebcName,
    logisticsCode: h.logisticsCode,
    logisticsName: h.logisticsName,
    logisticsNo: h.logisticsNo,
    ...present(h, ['copNo', 'preNo', 'note']),
    invtNo: h.invtNo,
    buyer: personOf(h.buyerIdType, h.buyerIdNumber, h.buyerName, h.buyerTelephone),
    agentCode: h.agentCode,
    agentName: h.agentName,
    reason: h.reason,
  };
}

function fromCancel(c: InventoryCancel): { head: Partial<CorrectionHead>; lines: [] } {
  return {
    head: {
      customsCode: c.customsCode,
      orderNo: c.orderNo,
      ebpCode: c.ebpCode,
      ebpName: c.ebpName,
      ebcCode: c.ebcCode,
      ebcName: c.ebcName,
      logisticsNo: c.logisticsNo,
      logisticsCode: c.logisticsCode,
      logisticsName: c.logisticsName,
      copNo: c.copNo,
      preNo: c.preNo,
      invtNo: c.invtNo,
      buyerIdType: c.buyer.idType,
      buyerIdNumber: c.buyer.idNumber,
      buyerName: c.buyer.name,
      buyerTelephone: c.buyer.telephone,
      agentCode: c.agentCode,
      agentName: c.agentName,
      reason: c.reason,
      note: c.note,
    },
    lines: [],
  };
}

function toRefundLine(l: InvtRefundList): InventoryRefundLine {
  return { gnum: toInt(l.gnum), gcode: l.gcode, gname: l.gname, qty: l.qty, unit: l.unit, ...present(l, ['note']) };
}

function toRefund(h: InvtRefundHead, lines: readonly InvtRefundList[]): InventoryRefund {
  return { ...toCancel(h), lines: lines.map(toRefundLine) };
}

function fromRefund(r: InventoryRefund): { head: Partial<InvtRefundHead>; lines: Partial<InvtRefundList>[] } {
  return {
    head: fromCancel(r).head,
    lines: r.lines.map((l) => ({ gnum: String(l.gnum), gcode: l.gcode, gname: l.gname, qty: l.qty, unit: l.unit, note: l.note })),
  };
}

export const cancelMapping = docMapping(toCancel, fromCancel);
export const refundMapping = docMapping(toRefund, fromRefund);
