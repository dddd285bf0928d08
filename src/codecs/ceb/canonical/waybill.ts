import type { Waybill, WaybillStatus } from '../../../domain/model/index.js';
import type { LogisticsHead, LogisticsStatus } from '../generated/202205/import.types.js';
import { docMapping } from './doc-mapping.js';
import { present } from './wire-fields.js';

/**
 * CEB511 waybill ↔ `Waybill` (`consignee*` → `consignee`; extras: packNo, note) and CEB513 waybill status ↔
 * `WaybillStatus` (`logisticsStatus` → `status`, `logisticsTime` → `time`).
 */

function toWaybill(h: LogisticsHead): Waybill {
  return {
    logisticsCode: h.logisticsCode,
    logisticsName: h.logisticsName,
    logisticsNo: h.logisticsNo,
    orderNo: h.orderNo,
    ...present(h, ['billNo', 'freight', 'insuredFee', 'goodsInfo']),
    currency: h.currency,
    weight: h.weight,
    consignee: { name: h.consignee, telephone: h.consigneeTelephone, address: h.consigneeAddress },
  };
}

function fromWaybill(w: Waybill): { head: Partial<LogisticsHead>; lines: [] } {
  return {
    head: {
      logisticsCode: w.logisticsCode,
      logisticsName: w.logisticsName,
      logisticsNo: w.logisticsNo,
      billNo: w.billNo,
      orderNo: w.orderNo,
      freight: w.freight,
      insuredFee: w.insuredFee,
      currency: w.currency,
      weight: w.weight,
      goodsInfo: w.goodsInfo,
      consignee: w.consignee.name,
      consigneeAddress: w.consignee.address,
      consigneeTelephone: w.consignee.telephone,
    },
    lines: [],
  };
}

function toStatus(h: LogisticsStatus): WaybillStatus {
  return {
    logisticsCode: h.logisticsCode,
    logisticsName: h.logisticsName,
    logisticsNo: h.logisticsNo,
    status: h.logisticsStatus,
    time: h.logisticsTime,
    ...present(h, ['note']),
  };
}

function fromStatus(s: WaybillStatus): { head: Partial<LogisticsStatus>; lines: [] } {
  return {
    head: {
      logisticsCode: s.logisticsCode,
      logisticsName: s.logisticsName,
      logisticsNo: s.logisticsNo,
      logisticsStatus: s.status,
      logisticsTime: s.time,
      note: s.note,
    },
    lines: [],
  };
}

export const waybillMapping = docMapping(toWaybill, fromWaybill);
export const waybillStatusMapping = docMapping(toStatus, fromStatus);
