/**
 * The vocabulary of the domain model: how the standard's wire names (abbreviations, pinyin-ish English, the
 * spec's own spelling such as `acturalPaid`) read in the rest of Crossgate. The codecs keep the wire names;
 * only `toDomain`/`fromDomain` and the generated `generated/domain.types.ts` use these.
 */

/** Leaf and group renames; `Parent.name` entries win over plain `name`. Unlisted names stay as they are. */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  ebpCode: 'platformCode',
  ebpName: 'platformName',
  ebcCode: 'merchantCode',
  ebcName: 'merchantName',
  acturalPaid: 'actualPaid',
  buyerRegNo: 'buyerAccount',
  payCode: 'paymentProviderCode',
  payName: 'paymentProviderName',
  payTransactionId: 'paymentTransactionId',
  'PaymentHead.telephone': 'payerTelephone',
  gnum: 'lineNo',
  itemDescribe: 'itemDescription',
  gmodel: 'goodsSpec',
  gcode: 'hsCode',
  gname: 'goodsName',
  barCode: 'barcode',
  qty: 'quantity',
  qty1: 'legalQuantity',
  unit1: 'legalUnit',
  qty2: 'secondQuantity',
  unit2: 'secondUnit',
  itemRecordNo: 'accountBookItemNo',
  logisticsCode: 'carrierCode',
  logisticsName: 'carrierName',
  logisticsNo: 'waybillNo',
  logisticsStatus: 'waybillStatus',
  logisticsTime: 'statusTime',
  billNo: 'masterBillNo',
  insuredFee: 'insuranceFee',
  packNo: 'packageCount',
  copNo: 'internalNo',
  preNo: 'preEntryNo',
  assureCode: 'guarantorCode',
  emsNo: 'accountBookNo',
  invtNo: 'inventoryNo',
  ieFlag: 'importExportFlag',
  declTime: 'declarationDate',
  ieDate: 'importExportDate',
  areaCode: 'zoneEnterpriseCode',
  areaName: 'zoneEnterpriseName',
  trafMode: 'transportMode',
  trafNo: 'conveyanceNo',
  loctNo: 'siteCode',
  wrapType: 'packagingType',
  rkdNo: 'warehouseEntryNo',
  entDutyNo: 'enterpriseDutyNo',
  taxPrice: 'dutiableValue',
  oriCopMsgId: 'originalCopMsgId',
  oriMessageType: 'originalMessageType',
  oriBizMessage: 'originalMessage',
  copCode: 'senderCode',
  copName: 'senderName',
  BaseTransfer: 'transfer',
  BaseSubscribe: 'subscriptions',
  ExtendMessage: 'extension',
  Message: 'message',
  Signature: 'signature',
  DeliveryList: 'parcels',
};

/** Head elements whose fields are lifted into their document (`Order` = `OrderHead` fields + `lines`). */
export const HEADS: ReadonlySet<string> = new Set([
  'OrderHead',
  'PaymentHead',
  'LogisticsHead',
  'InventoryHead',
  'InvtRefundHead',
  'DeliveryHead',
  'TaxHeadRd',
  'TaxHeadStatus',
]);

/** Line lists become `lines` unless FIELD_NAMES says otherwise. */
export const LISTS: ReadonlySet<string> = new Set(['OrderList', 'InventoryList', 'InvtRefundList', 'DeliveryList', 'TaxListRd']);

/** Domain interface names, by the element that gives the shape (the head for documents with one). */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  OrderHead: 'Order',
  OrderList: 'OrderLine',
  OrderReturn: 'OrderReceipt',
  PaymentHead: 'Payment',
  PaymentReturn: 'PaymentReceipt',
  LogisticsHead: 'Waybill',
  LogisticsReturn: 'WaybillReceipt',
  LogisticsStatus: 'WaybillStatus',
  LogisticsStatusReturn: 'WaybillStatusReceipt',
  InventoryHead: 'Inventory',
  InventoryList: 'InventoryLine',
  InventoryReturn: 'InventoryReceipt',
  InvtCancel: 'InventoryCancel',
  InvtCancelReturn: 'InventoryCancelReceipt',
  InvtRefundHead: 'InventoryRefund',
  InvtRefundList: 'InventoryRefundLine',
  InvtRefundReturn: 'InventoryRefundReceipt',
  DeliveryHead: 'WarehouseEntry',
  DeliveryList: 'WarehouseEntryParcel',
  DeliveryReturn: 'WarehouseEntryReceipt',
  TaxHeadRd: 'TaxBill',
  TaxListRd: 'TaxBillLine',
  TaxHeadStatus: 'TaxBillStatus',
  MessageReturn: 'FormatCheckReceipt',
  BaseTransfer: 'Transfer',
  BaseSubscribe: 'Subscription',
  ExtendMessage: 'Extension',
};

/** The import messages with a domain model: interface name and the property holding their documents. */
export const DOMAIN_MESSAGES = {
  CEB311: { name: 'OrderMessage', documents: 'orders' },
  CEB312: { name: 'OrderReceiptMessage', documents: 'receipts' },
  CEB411: { name: 'PaymentMessage', documents: 'payments' },
  CEB412: { name: 'PaymentReceiptMessage', documents: 'receipts' },
  CEB511: { name: 'WaybillMessage', documents: 'waybills' },
  CEB512: { name: 'WaybillReceiptMessage', documents: 'receipts' },
  CEB513: { name: 'WaybillStatusMessage', documents: 'statuses' },
  CEB514: { name: 'WaybillStatusReceiptMessage', documents: 'receipts' },
  CEB621: { name: 'InventoryMessage', documents: 'inventories' },
  CEB622: { name: 'InventoryReceiptMessage', documents: 'receipts' },
  CEB623: { name: 'InventoryCancelMessage', documents: 'cancellations' },
  CEB624: { name: 'InventoryCancelReceiptMessage', documents: 'receipts' },
  CEB625: { name: 'InventoryRefundMessage', documents: 'refunds' },
  CEB626: { name: 'InventoryRefundReceiptMessage', documents: 'receipts' },
  CEB711: { name: 'WarehouseEntryMessage', documents: 'warehouseEntry' },
  CEB712: { name: 'WarehouseEntryReceiptMessage', documents: 'receipts' },
  CEB816: { name: 'TaxBillMessage', documents: 'taxBills' },
  CEB818: { name: 'TaxBillStatusMessage', documents: 'taxBillStatuses' },
  CEB900: { name: 'FormatCheckReceiptMessage', documents: 'receipt' },
} as const;

export type DomainMessageType = keyof typeof DOMAIN_MESSAGES;

export function isDomainMessageType(type: string): type is DomainMessageType {
  return Object.hasOwn(DOMAIN_MESSAGES, type);
}

export function fieldName(parent: string, wire: string): string {
  return FIELD_NAMES[`${parent}.${wire}`] ?? FIELD_NAMES[wire] ?? wire;
}
