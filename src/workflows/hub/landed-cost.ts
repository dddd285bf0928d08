import type { QuoteItem, TaxQuote } from '../../domain/tax/index.js';
import { AppError } from '../../kernel/errors/index.js';
import { formatFen, mul, parseDecimal, parseFen, yuanToFen } from '../../kernel/money.js';
import { buyerKeyOf } from '../single-window/quota-ledger.js';
import { type QuoteIssue, quoteRequest } from '../tariff/tax-quote.js';
import type { HubContext } from './hub.context.js';
import { cachedProducts } from './product-cache.js';
import { annualUsedFen } from './preflight.js';

/**
 * The landed cost of a basket at checkout, before anything is ordered: the same tax rules customs applies (the
 * domain's quoteTax through the loaded tariff, as `POST /v1/tax/quote`), items named by the merchant's SKU (its
 * HS code and declared name from the product registry) or by HS code, and the buyer's annual usage estimated from
 * the deals the hub released when the caller does not give it.
 */
export interface LandedCostItem {
  readonly sku?: string;
  readonly hsCode?: string;
  readonly name?: string;
  readonly qty: string;
  readonly unitPrice: string;
}

export interface LandedCostRequest {
  readonly items: readonly LandedCostItem[];
  /** ISO country of destination; import into China (CN) is what the rules cover. */
  readonly destination: string;
  readonly freight?: string;
  readonly insurance?: string;
  readonly buyer: { readonly idNumber: string; readonly annualUsed?: string };
}

export type LandedCostOutcome =
  | { readonly ok: true; readonly quote: TaxQuote; readonly landed: LandedCost }
  | { readonly ok: false; readonly issues: readonly QuoteIssue[] };

export interface LandedCost {
  readonly goodsValue: string;
  readonly freight: string;
  readonly insurance: string;
  readonly total: string;
  readonly annualUsed: string;
  readonly why: string;
}

function why(quote: TaxQuote, limits: { perOrderLimit: string; annualLimit: string }): string {
  const reasons = quote.reasons.map((r) => r.message).join('; ');
  const notes = quote.notes.map((r) => `; ${r.message}`).join('');
  if (quote.channel === 'refused') return `cannot be imported as cross-border retail: ${reasons}`;
  if (quote.channel === 'general') return `general trade: ${reasons || 'over the cross-border limits'}; MFN duty, VAT and consumption tax in full${notes}`;
  if (quote.treatment === 'full-rate') return `cross-border retail, a single indivisible item above ${limits.perOrderLimit}: duty, VAT and consumption tax in full, counted toward the annual ${limits.annualLimit}${notes}`;
  return `cross-border retail within the limits (${limits.perOrderLimit} per order, ${limits.annualLimit} a year): duty 0, VAT and consumption tax at 70%${notes}`;
}

const fen = (yuan: string | undefined) => {
  const r = parseFen(yuan ?? '0');
  return r.ok ? r.value : 0n;
};

export async function landedCost(ctx: HubContext, participantId: string, request: LandedCostRequest): Promise<LandedCostOutcome> {
  if (request.destination.toUpperCase() !== 'CN') {
    return { ok: false, issues: [{ field: 'destination', code: 'quote.destination_unsupported', message: 'only imports into China (CN) are quoted' }] };
  }
  const skus = request.items.flatMap((i) => (i.sku && !i.hsCode ? [i.sku] : []));
  const products = await cachedProducts(ctx.store, participantId, skus);
  const items: QuoteItem[] = request.items.map((item, index) => {
    const product = item.sku ? products.get(item.sku) : undefined;
    const hsCode = item.hsCode ?? product?.hsCode;
    if (!hsCode) throw new AppError('quote.no_product', { index, sku: item.sku ?? '(none)' });
    // The inventory declares qty1 = qty in the product's declared unit (deal-documents): quote the same, so the
    // conditional consumption tax (high-end cosmetics) is decided as customs will decide it.
    const legal = product && !item.hsCode ? { legalQuantity: { qty: item.qty, unitCode: product.declaredUnit } } : {};
    return { hsCode, name: item.name ?? product?.name ?? hsCode, qty: item.qty, unitPrice: item.unitPrice, ...legal };
  });
  let annualUsed = request.buyer.annualUsed;
  if (annualUsed === undefined) {
    annualUsed = formatFen(BigInt(await annualUsedFen(ctx, buyerKeyOf(request.buyer.idNumber))));
  }
  const outcome = quoteRequest(
    await ctx.tariff(),
    { items, ...(request.freight && { freight: request.freight }), ...(request.insurance && { insurance: request.insurance }), buyer: { idNumber: request.buyer.idNumber, annualUsed } },
    { policy: ctx.policy.match.tax, now: ctx.now().getTime() },
  );
  if (!outcome.ok) return outcome;
  const quote = outcome.quote;
  const goods = request.items.reduce((a, i) => {
    const [price, qty] = [parseDecimal(i.unitPrice), parseDecimal(i.qty)];
    return price.ok && qty.ok ? a + yuanToFen(mul(price.value, qty.value), 'half-up') : a;
  }, 0n);
  const freight = fen(request.freight);
  const insurance = fen(request.insurance);
  const total = goods + freight + insurance + fen(quote.total);
  return {
    ok: true,
    quote,
    landed: {
      goodsValue: formatFen(goods),
      freight: formatFen(freight),
      insurance: formatFen(insurance),
      total: formatFen(total),
      annualUsed,
      why: why(quote, ctx.policy.match.tax.limits),
    },
  };
}
