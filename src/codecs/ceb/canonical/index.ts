/**
 * The canonical layer: CEB import declarations ↔ the business model of `src/domain/model`, and the receipts
 * customs answers with. The business core sees only canonical documents; wire names stay in the codecs.
 */
export { BONDED_STOCK_EXTENSION } from './bonded-stock.js';
export { buildReceipt } from './build-receipt.js';
export { buildFormatReceipt } from './format-receipt.js';
export { newGuid } from './guid.js';
export { type ParsedDeclaration, parseDeclaration, type ReadDeclarationOptions, readDeclaration } from './read-declaration.js';
export { readReceipt } from './read-receipt.js';
export {
  type FormatReceipt,
  type FormatReceiptInput,
  isReceiptType,
  RECEIPT_TYPES,
  type Receipt,
  type ReceiptCommon,
  type ReceiptInput,
  type ReceiptMessage,
  type ReceiptType,
  type TaxBill,
  type TaxBillInput,
  type TaxBillLine,
  type TaxStatus,
  type TaxStatusInput,
} from './receipt-types.js';
export { buildTaxBill, buildTaxStatus } from './tax-bill.js';
export {
  type CanonicalBody,
  type CanonicalDocOf,
  type CanonicalDocument,
  type CanonicalKind,
  DECLARATION_TYPES,
  type Declaration,
  type DeclarationInput,
  type DeclarationType,
  type DocumentHead,
  type Extension,
  isDeclarationType,
  KIND_OF,
  type Subscription,
  type Transfer,
  type WireExtras,
} from './types.js';
export { writeDeclaration } from './write-declaration.js';
