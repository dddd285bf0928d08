import type { WarehouseEntry, WarehouseEntryParcel } from '../../../domain/model/index.js';
import type { DeliveryHead, DeliveryList } from '../generated/202205/import.types.js';
import { docMapping } from './doc-mapping.js';
import { present, toInt } from './wire-fields.js';

/**
 * CEB711 warehouse-entry detail ↔ `WarehouseEntry`; `DeliveryList` → `parcels`. The bonded `stockLines`
 * are not in `Delivery` but in the message's `ExtendMessage` (see `bonded-stock.ts`).
 */

function toParcel(l: DeliveryList): WarehouseEntryParcel {
  return { gnum: toInt(l.gnum), logisticsNo: l.logisticsNo, ...present(l, ['note']) };
}

function toEntry(h: DeliveryHead, lines: readonly DeliveryList[]): WarehouseEntry {
  return {
    customsCode: h.customsCode,
    ...present(h, ['copNo', 'preNo', 'rkdNo', 'unloadLocation', 'note']),
    operatorCode: h.operatorCode,
    operatorName: h.operatorName,
    ieFlag: h.ieFlag,
    trafMode: h.trafMode,
    trafNo: h.trafNo,
    voyageNo: h.voyageNo,
    billNo: h.billNo,
    logisticsCode: h.logisticsCode,
    logisticsName: h.logisticsName,
    parcels: lines.map(toParcel),
  };
}

function fromEntry(e: WarehouseEntry): { head: Partial<DeliveryHead>; lines: Partial<DeliveryList>[] } {
  return {
    head: {
      customsCode: e.customsCode,
      copNo: e.copNo,
      preNo: e.preNo,
      rkdNo: e.rkdNo,
      operatorCode: e.operatorCode,
      operatorName: e.operatorName,
      ieFlag: e.ieFlag,
      trafMode: e.trafMode,
      trafNo: e.trafNo,
      voyageNo: e.voyageNo,
      billNo: e.billNo,
      logisticsCode: e.logisticsCode,
      logisticsName: e.logisticsName,
      unloadLocation: e.unloadLocation,
      note: e.note,
    },
    lines: e.parcels.map((p) => ({ gnum: String(p.gnum), logisticsNo: p.logisticsNo, note: p.note })),
  };
}

export const warehouseEntryMapping = docMapping(toEntry, fromEntry);
