import type { Role } from '../participants/index.js';
import { DEFAULT_TAX_POLICY, type TaxPolicy } from '../tax/tax.policy.js';

/**
 * A tolerance on an amount comparison: equal enough when |declared − expected| ≤ max(absolute, relative × |expected|).
 * Both are decimal strings; "0"/"0" means exact.
 */
export interface Tolerance {
  readonly absolute: string;
  readonly relative: string;
}

export const EXACT: Tolerance = { absolute: '0', relative: '0' };

/** Which document field must name an enterprise registered in which role(s). */
export type RoleSlot =
  | 'order.ebpCode'
  | 'order.ebcCode'
  | 'payment.payCode'
  | 'waybill.logisticsCode'
  | 'inventory.agentCode'
  | 'inventory.assureCode'
  | 'inventory.areaCode';

/**
 * Configuration of the matching. Defaults and where they come from:
 * - tolerances: the spec states the amount identities as equalities (ceb-messages.md §4.1 [spec]), so they are
 *   exact by default. A third-party page reports a 5 % tolerance on "goods price, withheld tax and actual payment"
 *   (§4.2 [3rd], UNCONFIRMED); it is applied by default to the withheld tax only, where platforms' rounding and
 *   ours can legitimately differ. Every tolerance is configurable.
 * - checkGoodsValueSum: goodsValue = Σ line totalPrice is commonly assumed but UNCONFIRMED (§4.2); on by default.
 * - compareText "normalized": names, phones and addresses compared after Unicode NFKC, trimming and collapsing
 *   spaces (phones also without separators and +86); "exact" compares the strings as declared.
 * - roles: the registered role(s) each code must hold. A declaration agent may be the e-commerce enterprise
 *   itself or a company acting for it; the registry has no "broker" role, so ebc/ebp/logistics/warehouse qualify.
 *   The tax guarantor is the platform, the e-commerce enterprise or the logistics company (§2, CEB621 assureCode).
 * - tradeModes: supervision modes accepted on an import inventory: 9610 and 1210 (CEB621 annotation); 1239 is
 *   UNCONFIRMED for CEB621 (§7) and must be added explicitly.
 * - waitMinutes: how long an inventory waits for its order, payment and waybill before it is rejected. Not in any
 *   source; our default is 24 hours.
 */
export interface MatchPolicy {
  readonly tolerances: {
    readonly amountIdentity: Tolerance;
    readonly paymentAmount: Tolerance;
    readonly lineTotal: Tolerance;
    readonly goodsValueSum: Tolerance;
    readonly inventoryLine: Tolerance;
    readonly taxWithheld: Tolerance;
  };
  readonly checkGoodsValueSum: boolean;
  readonly compareText: 'normalized' | 'exact';
  readonly roles: Readonly<Record<RoleSlot, readonly Role[]>>;
  readonly tradeModes: readonly string[];
  readonly waitMinutes: number;
  readonly tax: TaxPolicy;
}

export const DEFAULT_MATCH_POLICY: MatchPolicy = {
  tolerances: {
    amountIdentity: EXACT,
    paymentAmount: EXACT,
    lineTotal: EXACT,
    goodsValueSum: EXACT,
    inventoryLine: EXACT,
    taxWithheld: { absolute: '0', relative: '0.05' },
  },
  checkGoodsValueSum: true,
  compareText: 'normalized',
  roles: {
    'order.ebpCode': ['ebp'],
    'order.ebcCode': ['ebc'],
    'payment.payCode': ['payment'],
    'waybill.logisticsCode': ['logistics'],
    'inventory.agentCode': ['ebc', 'ebp', 'logistics', 'warehouse'],
    'inventory.assureCode': ['ebp', 'ebc', 'logistics'],
    'inventory.areaCode': ['warehouse'],
  },
  tradeModes: ['9610', '1210'],
  waitMinutes: 24 * 60,
  tax: DEFAULT_TAX_POLICY,
};
