export { Findings, samePhone, sameText, withinTolerance } from './compare.js';
export { checkEnterprises } from './enterprise.checks.js';
export { checkGoodsAndTax, quoteRequestFromInventory } from './goods-tax.checks.js';
export {
  checkInventory,
  checkInventoryAgainstOrder,
  checkInventoryAgainstPayment,
  checkInventoryAgainstWaybill,
} from './inventory.checks.js';
export { type CheckReason, checkReason, type DocumentKind, STANDARD_CODES } from './match.codes.js';
export { DEFAULT_MATCH_POLICY, EXACT, type MatchPolicy, type RoleSlot, type Tolerance } from './match.policy.js';
export { missingDocuments, type WaitState, waitState } from './missing.rules.js';
export { checkBuyerIdentity, checkOrder } from './order.checks.js';
export { checkPayment } from './payment.checks.js';
export { type MatchContext, type MatchedDeal, matchDeal } from './three-docs.rules.js';
export { checkWaybill } from './waybill.checks.js';
