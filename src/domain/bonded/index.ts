export { stockDemandOfInventory } from './inventory-stock.js';
export { formatQty, parseQty, type Qty } from './quantity.js';
export {
  applyMovement,
  available,
  checkAvailability,
  emptyBook,
  type Reservation,
  type StockBook,
  type StockLevel,
  type StockLine,
  type StockMovement,
  stockKey,
} from './stock.rules.js';
