export {
  type BondedStockLine,
  CNY,
  type Consignee,
  type Deal,
  type DecimalString,
  ID_TYPE_RESIDENT_CARD,
  type Inventory,
  type InventoryCancel,
  type InventoryLine,
  type InventoryRefund,
  type InventoryRefundLine,
  type Order,
  type OrderLine,
  type Payment,
  type Person,
  type TradeMode,
  type WarehouseEntry,
  type WarehouseEntryParcel,
  type Waybill,
  type WaybillStatus,
} from './documents.js';
export { type EnterpriseRegistry, type RegisteredEnterprise, registryFromList } from './enterprise.js';
export { inventoryLinks, orderKey, paymentKey, paymentOrderLink, waybillKey, waybillOrderLink } from './keys.js';
export {
  CHINA_OFFSET_MINUTES,
  calendarDaysBetween,
  calendarYear,
  daysInMonth,
  daysToMs,
  type Instant,
  isCalendarDate,
  localDate,
  parseInstant,
} from './time.js';
export { decimalSetting, fenSetting } from './policy-values.js';
