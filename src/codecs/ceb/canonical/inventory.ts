import type { Inventory, InventoryLine } from '../../../domain/model/index.js';
import type { InventoryHead, InventoryList } from '../generated/202205/import.types.js';
import { docMapping } from './doc-mapping.js';
import { personOf, present, toInt } from './wire-fields.js';

/**
 * CEB621 import inventory ↔ `Inventory`. `buyer*` → `buyer`. Extras: the names (ebpName, ebcName,
 * logisticsName, agentName, areaName), ieFlag, ieDate, transport (trafMode, trafNo, voyageNo, billNo, loctNo),
 * licenseNo, wrapType, packNo, note; lines: barCode, tradeCountry, qty2, unit2, note.
 */

function toLine(l: InventoryList): InventoryLine {
  return {
    gnum: toInt(l.gnum),
    ...present(l, ['itemRecordNo', 'itemNo', 'itemName']),
    gcode: l.gcode,
    gname: l.gname,
    gmodel: l.gmodel,
    country: l.country,
    currency: l.currency,
    qty: l.qty,
    unit: l.unit,
    qty1: l.qty1,
    unit1: l.unit1,
    price: l.price,
    totalPrice: l.totalPrice,
  };
}

function toInventory(h: InventoryHead, lines: readonly InventoryList[]): Inventory {
  return {
    ...present(h, ['copNo', 'preNo', 'invtNo', 'emsNo', 'areaCode']),
    orderNo: h.orderNo,
    ebpCode: h.ebpCode,
    ebcCode: h.ebcCode,
    logisticsCode: h.logisticsCode,
    logisticsNo: h.logisticsNo,
    assureCode: h.assureCode,
    agentCode: h.agentCode,
    tradeMode: h.tradeMode,
    customsCode: h.customsCode,
    portCode: h.portCode,
    declTime: h.declTime,
    buyer: personOf(h.buyerIdType, h.buyerIdNumber, h.buyerName, h.buyerTelephone),
    consigneeAddress: h.consigneeAddress,
    country: h.country,
    freight: h.freight,
    insuredFee: h.insuredFee,
    currency: h.currency,
    grossWeight: h.grossWeight,
    netWeight: h.netWeight,
    lines: lines.map(toLine),
  };
}

function fromInventory(i: Inventory): { head: Partial<InventoryHead>; lines: Partial<InventoryList>[] } {
  return {
    head: {
      orderNo: i.orderNo,
      ebpCode: i.ebpCode,
      ebcCode: i.ebcCode,
      logisticsNo: i.logisticsNo,
      logisticsCode: i.logisticsCode,
      copNo: i.copNo,
      preNo: i.preNo,
      assureCode: i.assureCode,
      emsNo: i.emsNo,
      invtNo: i.invtNo,
      declTime: i.declTime,
      customsCode: i.customsCode,
      portCode: i.portCode,
      buyerIdType: i.buyer.idType,
      buyerIdNumber: i.buyer.idNumber,
      buyerName: i.buyer.name,
      buyerTelephone: i.buyer.telephone,
      consigneeAddress: i.consigneeAddress,
      agentCode: i.agentCode,
      areaCode: i.areaCode,
      tradeMode: i.tradeMode,
      country: i.country,
      freight: i.freight,
      insuredFee: i.insuredFee,
      currency: i.currency,
      grossWeight: i.grossWeight,
      netWeight: i.netWeight,
    },
    lines: i.lines.map((l) => ({
      gnum: String(l.gnum),
      itemRecordNo: l.itemRecordNo,
      itemNo: l.itemNo,
      itemName: l.itemName,
      gcode: l.gcode,
      gname: l.gname,
      gmodel: l.gmodel,
      country: l.country,
      currency: l.currency,
      qty: l.qty,
      unit: l.unit,
      qty1: l.qty1,
      unit1: l.unit1,
      price: l.price,
      totalPrice: l.totalPrice,
    })),
  };
}

export const inventoryMapping = docMapping(toInventory, fromInventory);
