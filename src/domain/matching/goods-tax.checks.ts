import type { Reason } from '../../kernel/result.js';
import type { Inventory, Order } from '../model/documents.js';
import { CODE_OVER_ANNUAL_LIMIT, CODE_OVER_ORDER_LIMIT, CODE_SINGLE_ITEM_FULL_RATE } from '../quota/limits.rules.js';
import { quoteTax } from '../tax/quote.js';
import type { QuoteRequest, TaxQuote } from '../tax/quote.types.js';
import type { TariffLookup } from '../tax/tariff.js';
import { type Findings, withinTolerance } from './compare.js';
import type { DocumentKind } from './match.codes.js';

/** The tax quote request customs computes from the inventory: its lines, freight and insurance, its buyer. */
export function quoteRequestFromInventory(inv: Inventory, annualUsed: string): QuoteRequest {
  return {
    items: inv.lines.map((l) => ({
      hsCode: l.gcode,
      name: l.gname,
      qty: l.qty,
      unitPrice: l.price,
      totalPrice: l.totalPrice,
      // The legal quantity decides conditional consumption tax (high-end cosmetics: price per ml, g or piece).
      ...(l.qty1 !== undefined && l.unit1 !== undefined ? { legalQuantity: { qty: l.qty1, unitCode: l.unit1 } } : {}),
    })),
    freight: inv.freight,
    insurance: inv.insuredFee,
    buyer: { idNumber: inv.buyer.idNumber, annualUsed },
  };
}

const FIELD_MAP: readonly [RegExp, string][] = [
  [/^items\[(\d+)\]\.hsCode$/, 'inventory.lines[$1].gcode'],
  [/^items\[(\d+)\]\.unitPrice$/, 'inventory.lines[$1].price'],
  [/^items\[(\d+)\]\.(\w+)$/, 'inventory.lines[$1].$2'],
  [/^items$/, 'inventory.lines'],
  [/^freight$/, 'inventory.freight'],
  [/^insurance$/, 'inventory.insuredFee'],
  [/^dutiableValue$/, 'inventory'],
  [/^buyer\.annualUsed$/, 'inventory.buyer.idNumber'],
];

function fieldOf(reason: Reason): string {
  const field = reason.field ?? '';
  for (const [pattern, target] of FIELD_MAP) if (pattern.test(field)) return field.replace(pattern, target);
  return `inventory.${field}`;
}

const RULE_OF_CODE: Readonly<Record<string, string>> = {
  [CODE_OVER_ORDER_LIMIT]: 'quota.order_limit',
  [CODE_OVER_ANNUAL_LIMIT]: 'quota.annual_limit',
};

/**
 * Goods, limits and tax, computed from the inventory as customs taxes it: goods on the positive list (and allowed
 * in this supervision mode when the list restricts it), the per-order and annual limits (−621005, −621018), and
 * the tax withheld on the order equal to the computed tax within the policy's tolerance. Identity reasons are
 * left to the buyer checks. Returns the quote.
 */
export function checkGoodsAndTax(
  inv: Inventory,
  order: Order | undefined,
  tariff: TariffLookup,
  annualUsed: string,
  f: Findings,
): TaxQuote {
  const quote = quoteTax(quoteRequestFromInventory(inv, annualUsed), { tariff, policy: f.policy.tax });
  for (const r of quote.reasons) {
    // identity: left to the buyer checks; decimal.*: already reported as document.invalid_number.
    if (r.code.startsWith('identity.') || r.code.startsWith('decimal.')) continue;
    if (r.code === CODE_SINGLE_ITEM_FULL_RATE) {
      // Informational in the CBEC channel; when the policy sends such an order to general trade, it is over the
      // single-transaction limit as far as the CBEC channel is concerned.
      if (quote.channel === 'general') f.add('quota.order_limit', 'inventory', 'inventory', r.message);
      continue;
    }
    const document: DocumentKind = 'inventory';
    f.add(RULE_OF_CODE[r.code] ?? r.code, document, fieldOf(r), r.message);
  }
  inv.lines.forEach((line, i) => {
    const modes = tariff(line.gcode)?.tradeModes;
    if (modes !== undefined && !modes.includes(inv.tradeMode)) {
      f.add(
        'goods.trade_mode_restricted',
        'inventory',
        `inventory.lines[${i}].gcode`,
        `line ${line.gnum}: HS code ${line.gcode} may be imported only under ${modes.join(', ')}, not ${inv.tradeMode}`,
      );
    }
  });
  if (order !== undefined && quote.channel === 'cbec') {
    const [withheld, computed] = [
      f.num('order', 'order.taxTotal', order.taxTotal),
      f.num('inventory', 'inventory', quote.total),
    ];
    if (
      withheld !== undefined &&
      computed !== undefined &&
      !withinTolerance(withheld, computed, f.policy.tolerances.taxWithheld)
    ) {
      f.add(
        'tax.withheld_mismatch',
        'order',
        'order.taxTotal',
        `tax withheld ${order.taxTotal} differs from the computed tax ${quote.total}`,
      );
    }
  }
  return quote;
}
