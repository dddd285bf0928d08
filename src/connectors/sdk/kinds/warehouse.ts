import type { DecimalString } from '../../../domain/model/index.js';
import type { WarehouseStockStore } from '../../../ports/warehouse-stock.port.js';
import type { BaseDeps } from '../connector.js';
import type { ConnectorMetadata } from '../metadata.js';
import type { PartnerResult } from '../partner-result.js';

/**
 * A bonded warehouse (1210): keeps stock per owner and item; an order reserves what it needs, release takes it out,
 * a cancelled order gives its reservation back, a returned parcel goes back into stock. Every call is idempotent by
 * its reference: the same call twice has one effect (`effect: 'duplicate'` the second time).
 */
export interface WarehouseConnector {
  readonly metadata: ConnectorMetadata<'warehouse'>;
  /** Goods received into bonded stock (after the warehouse entry, CEB711). */
  receiveStock(entry: StockRequest): Promise<PartnerResult<StockChange>>;
  stockLevels(ownerCode: string, itemNos?: readonly string[]): Promise<PartnerResult<readonly StockLevel[]>>;
  /** Reserves an order's lines from available stock (all or nothing). */
  reserve(request: StockRequest): Promise<PartnerResult<StockChange>>;
  /** Customs released the order: its reservation leaves the warehouse (on hand and reserved both decrease). */
  release(ref: StockRef): Promise<PartnerResult<StockChange>>;
  /** The order was cancelled or rejected before release: its reservation becomes available again. */
  cancelReservation(ref: StockRef): Promise<PartnerResult<StockChange>>;
  /** A released parcel came back (CEB625 return): its goods go back into stock. `ref` names the return. */
  returnToStock(request: StockRequest & { readonly releasedRef: string }): Promise<PartnerResult<StockChange>>;
}

export interface StockLine {
  /** The item the stock is booked under (account-book item no., else the merchant's item no.). */
  readonly itemNo: string;
  readonly qty: DecimalString;
}

export interface StockRef {
  /** The order (or entry, or return) the movement belongs to. */
  readonly ref: string;
  /** Whose goods: the e-commerce enterprise (ebcCode). */
  readonly ownerCode: string;
}

export interface StockRequest extends StockRef {
  readonly lines: readonly StockLine[];
}

export interface StockLevel {
  readonly ownerCode: string;
  readonly itemNo: string;
  readonly onHand: DecimalString;
  readonly reserved: DecimalString;
  readonly available: DecimalString;
}

export interface StockChange {
  readonly ref: string;
  readonly effect: 'applied' | 'duplicate';
  /** The levels of the items the movement touched, after it. */
  readonly levels: readonly StockLevel[];
}

export interface WarehouseDeps extends BaseDeps {
  readonly stock: WarehouseStockStore;
}
