export {
  CNY,
  type Consignee,
  type Deal,
  type DecimalString,
  ID_TYPE_RESIDENT_CARD,
  type Inventory,
  type InventoryLine,
  type Order,
  type OrderLine,
  type Payment,
  type Person,
  type TradeMode,
  type Waybill,
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
