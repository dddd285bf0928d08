/**
 * The canonical import documents customs matches: order (CEB311), payment (CEB411), waybill (CEB511) and
 * inventory declaration list (CEB621). camelCase names of our own; the wire names (`acturalPaid`, `consignee`…)
 * stay in the codecs. Amounts and quantities are decimal strings exactly as declared (the CEB format allows
 * up to 5 decimals, N19,5), so nothing is lost before the rules parse them exactly.
 * Source: shared/docs/ceb-messages.md §2 and Appendix A.
 */

/** A plain decimal number as text: "19050.00", "2", "0.5". */
export type DecimalString = string;

/** Supervision mode (tradeMode): 9610 direct purchase, 1210 bonded; others pass through unchanged. */
export type TradeMode = '9610' | '1210' | '1239' | (string & {});

/** CNY in the customs legacy numeric code table; the only currency of import documents. */
export const CNY = '142';
/** Buyer / payer id type: 1 = resident identity card; the only value for import. */
export const ID_TYPE_RESIDENT_CARD = '1';

/** A natural person as named on a document (buyer on order and inventory, payer on payment). */
export interface Person {
  readonly idType: string;
  readonly idNumber: string;
  readonly name: string;
  readonly telephone?: string;
}

/** Whoever receives the parcel, as on the order and the waybill. */
export interface Consignee {
  readonly name: string;
  readonly telephone: string;
  readonly address: string;
  readonly district?: string;
}

export interface OrderLine {
  /** Line number (gnum), 1-based; the inventory's lines refer to it one to one. */
  readonly gnum: number;
  readonly itemNo?: string;
  readonly itemName: string;
  readonly gmodel?: string;
  readonly barCode?: string;
  readonly unit: string;
  readonly qty: DecimalString;
  readonly price: DecimalString;
  readonly totalPrice: DecimalString;
  readonly currency: string;
  /** Country of origin, legacy 3-digit code. */
  readonly country: string;
}

/** CEB311 electronic order. */
export interface Order {
  readonly orderNo: string;
  readonly ebpCode: string;
  readonly ebpName?: string;
  readonly ebcCode: string;
  readonly ebcName?: string;
  /** Goods value including the non-cash deduction (goodsValue). */
  readonly goodsValue: DecimalString;
  readonly freight: DecimalString;
  /** Non-cash deduction: points, vouchers (discount). */
  readonly discount: DecimalString;
  /** Tax withheld in advance (taxTotal). */
  readonly taxTotal: DecimalString;
  /** Amount actually paid (wire name `acturalPaid`). */
  readonly actualPaid: DecimalString;
  readonly currency: string;
  readonly buyer: Person & { readonly regNo?: string };
  readonly payCode?: string;
  readonly payName?: string;
  readonly payTransactionId?: string;
  readonly consignee: Consignee;
  readonly lines: readonly OrderLine[];
}

/** CEB411 payment record. */
export interface Payment {
  readonly payCode: string;
  readonly payName?: string;
  readonly payTransactionId: string;
  readonly orderNo: string;
  readonly ebpCode: string;
  readonly payer: Person;
  readonly amountPaid: DecimalString;
  readonly currency: string;
  /** Payment time as declared (YYYYMMDDhhmmss on the wire). */
  readonly payTime?: string;
}

/** CEB511 waybill. */
export interface Waybill {
  readonly logisticsCode: string;
  readonly logisticsName?: string;
  readonly logisticsNo: string;
  readonly orderNo: string;
  readonly billNo?: string;
  readonly freight?: DecimalString;
  readonly insuredFee?: DecimalString;
  readonly currency?: string;
  readonly weight?: DecimalString;
  readonly consignee: Consignee;
  readonly goodsInfo?: string;
}

export interface InventoryLine {
  /** One to one with the order's gnum. */
  readonly gnum: number;
  /** Bonded (1210): item number in the account book. */
  readonly itemRecordNo?: string;
  readonly itemNo?: string;
  readonly itemName?: string;
  /** HS code, 10 digits (gcode). */
  readonly gcode: string;
  /** Goods name; must match the order (gname). */
  readonly gname: string;
  readonly gmodel?: string;
  /** Country of origin, legacy 3-digit code. */
  readonly country: string;
  readonly currency: string;
  readonly qty: DecimalString;
  readonly unit: string;
  readonly qty1?: DecimalString;
  readonly unit1?: string;
  readonly price: DecimalString;
  readonly totalPrice: DecimalString;
}

/** CEB621 import inventory (declaration list, 申报清单). */
export interface Inventory {
  /** Enterprise internal number; the only key CEB622 receipts always carry. */
  readonly copNo?: string;
  readonly preNo?: string;
  /** Inventory number assigned by customs. */
  readonly invtNo?: string;
  readonly orderNo: string;
  readonly ebpCode: string;
  readonly ebcCode: string;
  readonly logisticsCode: string;
  readonly logisticsNo: string;
  /** Guarantor of the tax: the platform, the e-commerce enterprise or the logistics company. */
  readonly assureCode: string;
  readonly agentCode: string;
  /** Bonded: account book number. */
  readonly emsNo?: string;
  /** Bonded: zone warehouse enterprise. */
  readonly areaCode?: string;
  readonly tradeMode: TradeMode;
  readonly customsCode?: string;
  readonly portCode?: string;
  /** Declaration date (YYYYMMDD on the wire). */
  readonly declTime?: string;
  readonly buyer: Person;
  readonly consigneeAddress: string;
  /** Shipping country for direct purchase, 142 for bonded. */
  readonly country: string;
  readonly freight: DecimalString;
  readonly insuredFee: DecimalString;
  readonly currency: string;
  readonly grossWeight?: DecimalString;
  readonly netWeight?: DecimalString;
  readonly lines: readonly InventoryLine[];
}

/** The documents of one import deal as far as they have arrived. */
export interface Deal {
  readonly order?: Order;
  readonly payment?: Payment;
  readonly waybill?: Waybill;
  readonly inventory?: Inventory;
}

/** CEB513 waybill status: the carrier reports the parcel signed for. */
export interface WaybillStatus {
  readonly logisticsCode: string;
  readonly logisticsName?: string;
  readonly logisticsNo: string;
  /** Waybill status (logisticsStatus): `S` signed for; the official sample shows `R`, which the XSD allows. */
  readonly status: string;
  /** When the status occurred, as declared (logisticsTime, YYYYMMDDhhmmss on the wire). */
  readonly time: string;
  readonly note?: string;
}

/** CEB623 request to withdraw (cancel) an inventory customs has numbered. */
export interface InventoryCancel {
  readonly customsCode: string;
  readonly orderNo: string;
  readonly ebpCode: string;
  readonly ebpName?: string;
  readonly ebcCode: string;
  readonly ebcName?: string;
  readonly logisticsCode: string;
  readonly logisticsName?: string;
  readonly logisticsNo: string;
  readonly copNo?: string;
  readonly preNo?: string;
  /** The original inventory number (required: only a numbered inventory can be withdrawn). */
  readonly invtNo: string;
  readonly buyer: Person;
  readonly agentCode: string;
  readonly agentName?: string;
  readonly reason: string;
  readonly note?: string;
}

export interface InventoryRefundLine {
  /** The original inventory line (gnum). */
  readonly gnum: number;
  /** HS code, 10 digits (gcode). */
  readonly gcode: string;
  /** Goods name as on the inventory (gname; required by the XSD). */
  readonly gname: string;
  /** Returned quantity, at most the inventory line's. */
  readonly qty: DecimalString;
  readonly unit: string;
  readonly note?: string;
}

/** CEB625 return (refund) application: the head of a cancel plus the returned lines. */
export interface InventoryRefund extends InventoryCancel {
  readonly lines: readonly InventoryRefundLine[];
}

export interface WarehouseEntryParcel {
  readonly gnum: number;
  readonly logisticsNo: string;
  readonly note?: string;
}

/**
 * Bonded stock entered with a warehouse entry. Not part of the standard: Crossgate carries it in the CEB711
 * `ExtendMessage` (see `codecs/ceb/canonical/bonded-stock.ts`).
 */
export interface BondedStockLine {
  /**
   * The enterprise whose goods these are (the e-commerce enterprise, ebcCode, under which bonded inventories draw
   * stock); absent, the supervision-site operator of the entry.
   */
  readonly ownerCode?: string;
  /** The item the stock is booked under, as bonded inventories name it (account-book item no. or item no.). */
  readonly itemNo: string;
  readonly qty: DecimalString;
  readonly unit?: string;
  readonly gcode?: string;
}

/** CEB711 warehouse-entry detail (入库明细单): parcels of a master bill arriving at a supervision site. */
export interface WarehouseEntry {
  readonly customsCode: string;
  readonly copNo?: string;
  readonly preNo?: string;
  /** Warehouse-entry number assigned by customs. */
  readonly rkdNo?: string;
  /** Supervision-site operator. */
  readonly operatorCode: string;
  readonly operatorName?: string;
  readonly ieFlag: string;
  readonly trafMode: string;
  readonly trafNo: string;
  readonly voyageNo: string;
  readonly billNo: string;
  readonly logisticsCode: string;
  readonly logisticsName?: string;
  readonly unloadLocation?: string;
  readonly note?: string;
  readonly parcels: readonly WarehouseEntryParcel[];
  /** Crossgate extension: bonded stock lines entered (absent when the message carries none). */
  readonly stockLines?: readonly BondedStockLine[];
}
