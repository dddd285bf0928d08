import { cancelMapping, refundMapping } from './correction.js';
import type { DocMapping } from './doc-mapping.js';
import { inventoryMapping } from './inventory.js';
import { orderMapping } from './order.js';
import { paymentMapping } from './payment.js';
import type { CanonicalDocOf, CanonicalKind, DeclarationType } from './types.js';
import { warehouseEntryMapping } from './warehouse-entry.js';
import { waybillMapping, waybillStatusMapping } from './waybill.js';
import type { Flat } from './wire-fields.js';

/** Where the documents sit in each declaration: the repeated element, its head and its line list (if any). */
export interface Layout {
  /** The element under the root holding one document (1..100 of them; exactly one for CEB711). */
  readonly container: string;
  /** The head inside the container; absent when the container is the head itself (CEB513, CEB623). */
  readonly head?: string;
  readonly list?: string;
  /** The container occurs once (CEB711 `Delivery`). */
  readonly single?: boolean;
}

export const LAYOUT: Readonly<Record<DeclarationType, Layout>> = {
  CEB311: { container: 'Order', head: 'OrderHead', list: 'OrderList' },
  CEB411: { container: 'Payment', head: 'PaymentHead' },
  CEB511: { container: 'Logistics', head: 'LogisticsHead' },
  CEB513: { container: 'LogisticsStatus' },
  CEB621: { container: 'Inventory', head: 'InventoryHead', list: 'InventoryList' },
  CEB623: { container: 'InvtCancel' },
  CEB625: { container: 'InvtRefund', head: 'InvtRefundHead', list: 'InvtRefundList' },
  CEB711: { container: 'Delivery', head: 'DeliveryHead', list: 'DeliveryList', single: true },
};

/**
 * Head values the standard fixes for import declarations, written when neither the document nor its extras
 * give them: orderType I, ieFlag I, packNo 1, waybill currency 142 (CNY). [ceb-messages.md §1.4, §2]
 */
export const WRITE_DEFAULTS: Readonly<Partial<Record<DeclarationType, Flat>>> = {
  CEB311: { orderType: 'I' },
  CEB511: { packNo: '1', currency: '142' },
  CEB621: { ieFlag: 'I', packNo: '1' },
};

export const MAPPINGS: { readonly [K in CanonicalKind]: DocMapping<CanonicalDocOf<K>> } = {
  order: orderMapping,
  payment: paymentMapping,
  waybill: waybillMapping,
  'waybill-status': waybillStatusMapping,
  inventory: inventoryMapping,
  cancel: cancelMapping,
  refund: refundMapping,
  delivery: warehouseEntryMapping,
};

/** The mapping of a kind, for code that handles every kind alike. */
export function mappingOf(kind: CanonicalKind): DocMapping<CanonicalDocOf<CanonicalKind>> {
  return MAPPINGS[kind] as DocMapping<CanonicalDocOf<CanonicalKind>>;
}
