import { fail, ok, type Result } from '../../kernel/result.js';
import type { Deal, Inventory } from '../model/documents.js';
import type { EnterpriseRegistry } from '../model/enterprise.js';
import type { TaxQuote } from '../tax/quote.types.js';
import type { TariffLookup } from '../tax/tariff.js';
import { Findings } from './compare.js';
import { checkEnterprises } from './enterprise.checks.js';
import { checkGoodsAndTax } from './goods-tax.checks.js';
import {
  checkInventory,
  checkInventoryAgainstOrder,
  checkInventoryAgainstPayment,
  checkInventoryAgainstWaybill,
} from './inventory.checks.js';
import type { CheckReason } from './match.codes.js';
import { DEFAULT_MATCH_POLICY, type MatchPolicy } from './match.policy.js';
import { missingDocuments } from './missing.rules.js';
import { checkBuyerIdentity, checkOrder } from './order.checks.js';
import { checkPayment } from './payment.checks.js';
import { checkWaybill } from './waybill.checks.js';

export interface MatchContext {
  readonly registry: EnterpriseRegistry;
  readonly tariff: TariffLookup;
  /** What the buyer has used of the annual limit in the year of the would-be release (default 0.00). */
  readonly annualUsed?: string;
  readonly policy?: MatchPolicy;
  /** Today's date (YYYY-MM-DD), for the "born in the future" identity test; optional. */
  readonly today?: string;
}

export interface MatchedDeal {
  /** The tax customs computes from the inventory (CEB816 e-tax bill figures). */
  readonly tax: TaxQuote;
  /** Amount to consume from the buyer's annual quota at release. */
  readonly quotaAmount: string;
}

/**
 * Three-document matching for import (order 311 ↔ payment 411 ↔ waybill 511 ↔ inventory 621): every check is
 * run on whatever has arrived and all failures are returned, each with the standard's code where there is one,
 * a reason and the field at fault. Missing order/payment/waybill are reported with the codes of missingDocuments.
 */
export function matchDeal(
  deal: Deal & { readonly inventory: Inventory },
  context: MatchContext,
): Result<MatchedDeal, CheckReason> {
  const f = new Findings(context.policy ?? DEFAULT_MATCH_POLICY);
  const { order, payment, waybill, inventory } = deal;
  f.addAll(missingDocuments(deal));
  checkEnterprises(deal, context.registry, f);
  checkInventory(inventory, f);
  if (order !== undefined) {
    checkOrder(order, f, context.today);
    checkInventoryAgainstOrder(inventory, order, f);
  } else {
    checkBuyerIdentity(inventory.buyer, 'inventory', 'inventory.buyer', f, context.today);
  }
  if (order !== undefined && payment !== undefined) checkPayment(order, payment, f);
  if (order !== undefined && waybill !== undefined) checkWaybill(order, waybill, f);
  if (payment !== undefined) checkInventoryAgainstPayment(inventory, payment, f);
  if (waybill !== undefined) checkInventoryAgainstWaybill(inventory, waybill, f);
  const tax = checkGoodsAndTax(inventory, order, context.tariff, context.annualUsed ?? '0.00', f);
  if (f.list.length > 0) return fail(...f.list);
  return ok({ tax, quotaAmount: tax.quotaAmount });
}
