import {
  cmp,
  type Fen,
  mul,
  ONE,
  parseDecimal,
  parseFen,
  type Rational,
  type RoundingMode,
  rational,
  yuanToFen,
  ZERO,
} from '../../kernel/money.js';
import { fail, ok, type Reason, type Result } from '../../kernel/result.js';
import type { ContentUnit } from './cosmetics.rules.js';
import type { QuoteItem, QuoteRequest } from './quote.types.js';

/** Rates given on an item; they override the tariff table. */
export interface RateOverrides {
  readonly vat?: Rational;
  readonly consumptionTax?: Rational;
  readonly consumptionTaxPerUnit?: Rational;
  readonly duty?: Rational;
}

export interface ParsedItem {
  readonly gnum: number;
  readonly hsCode: string;
  readonly name: string;
  readonly qty: Rational;
  readonly qtyText: string;
  /** Goods value of the line in fen: declared total, or unit price × quantity rounded once. */
  readonly goodsValue: Fen;
  readonly overrides: RateOverrides;
  readonly indivisible?: boolean;
  /** What the item says of its content: net content per package, or the legal quantity with its unit code. */
  readonly content?:
    | { readonly kind: 'net'; readonly perPackage: Rational; readonly unit: ContentUnit }
    | { readonly kind: 'legal'; readonly qty: Rational; readonly unitCode: string };
}

export interface ParsedRequest {
  readonly items: readonly ParsedItem[];
  readonly freight: Fen;
  readonly insurance: Fen;
  readonly idNumber: string;
  readonly annualUsed: Fen;
}

/** Prices and quantities may carry up to 5 decimals, like the CEB N19,5 fields. */
const MAX_SCALE = 5;

class Collector {
  readonly reasons: Reason[] = [];
  relabel<T>(r: Result<T>, field: string): T | undefined {
    if (r.ok) return r.value;
    this.reasons.push(...r.reasons.map((x) => ({ ...x, field })));
    return undefined;
  }
  add(code: string, message: string, field: string): undefined {
    this.reasons.push({ code, message, field });
    return undefined;
  }
}

function money(c: Collector, text: string | undefined, field: string): Fen {
  return text === undefined ? 0n : (c.relabel(parseFen(text), field) ?? 0n);
}

/** A rate: a decimal between 0 and `max` (exclusive when `open`). */
function rate(
  c: Collector,
  text: string | undefined,
  field: string,
  max: Rational,
  open = false,
): Rational | undefined {
  if (text === undefined) return undefined;
  const r = c.relabel(parseDecimal(text), field);
  if (r === undefined) return undefined;
  const tooBig = open ? cmp(r, max) >= 0 : cmp(r, max) > 0;
  return tooBig ? c.add('quote.rate_out_of_range', `rate ${text} is out of range`, field) : r;
}

function quantity(c: Collector, value: number | string, field: string): Rational | undefined {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'NaN') : value;
  const q = c.relabel(parseDecimal(text, { maxScale: MAX_SCALE }), field);
  if (q === undefined) return undefined;
  return cmp(q, ZERO) > 0 ? q : c.add('quote.qty_not_positive', 'the quantity must be more than zero', field);
}

function overrides(c: Collector, item: QuoteItem, at: string): RateOverrides {
  const vat = rate(c, item.vatRate, `${at}.vatRate`, ONE);
  const consumptionTax = rate(c, item.consumptionTaxRate, `${at}.consumptionTaxRate`, ONE, true);
  const perUnit =
    item.consumptionTaxPerUnit === undefined
      ? undefined
      : c.relabel(parseDecimal(item.consumptionTaxPerUnit), `${at}.consumptionTaxPerUnit`);
  const duty = rate(c, item.dutyRate, `${at}.dutyRate`, rational(10n));
  return {
    ...(vat === undefined ? {} : { vat }),
    ...(consumptionTax === undefined ? {} : { consumptionTax }),
    ...(perUnit === undefined ? {} : { consumptionTaxPerUnit: perUnit }),
    ...(duty === undefined ? {} : { duty }),
  };
}

const CONTENT_UNITS: readonly ContentUnit[] = ['ml', 'g', 'piece', 'sheet'];

function content(c: Collector, item: QuoteItem, at: string): ParsedItem['content'] {
  if (item.netContent !== undefined) {
    const { amount, unit } = item.netContent;
    if (!CONTENT_UNITS.includes(unit)) {
      return c.add('quote.net_content_unit', `unit "${unit}" is not one of ${CONTENT_UNITS.join(', ')}`, `${at}.netContent.unit`);
    }
    const perPackage = quantity(c, amount, `${at}.netContent.amount`);
    return perPackage === undefined ? undefined : { kind: 'net', perPackage, unit };
  }
  if (item.legalQuantity !== undefined) {
    const qty = quantity(c, item.legalQuantity.qty, `${at}.legalQuantity.qty`);
    return qty === undefined ? undefined : { kind: 'legal', qty, unitCode: item.legalQuantity.unitCode };
  }
  return undefined;
}

function parseItem(c: Collector, item: QuoteItem, index: number, mode: RoundingMode): ParsedItem | undefined {
  const at = `items[${index}]`;
  const before = c.reasons.length;
  if (!/^\d{8}(\d{2})?$/.test(item.hsCode))
    c.add('quote.hs_code', `HS code "${item.hsCode}" is not 8 or 10 digits`, `${at}.hsCode`);
  const qty = quantity(c, item.qty, `${at}.qty`);
  const price = c.relabel(parseDecimal(item.unitPrice, { maxScale: MAX_SCALE }), `${at}.unitPrice`);
  const total =
    item.totalPrice === undefined
      ? undefined
      : c.relabel(parseDecimal(item.totalPrice, { maxScale: MAX_SCALE }), `${at}.totalPrice`);
  const rates = overrides(c, item, at);
  const itemContent = content(c, item, at);
  if (c.reasons.length > before || qty === undefined || price === undefined) return undefined;
  return {
    gnum: index + 1,
    hsCode: item.hsCode,
    name: item.name,
    qty,
    qtyText: String(item.qty),
    goodsValue: yuanToFen(total ?? mul(price, qty), mode),
    overrides: rates,
    ...(item.indivisible === undefined ? {} : { indivisible: item.indivisible }),
    ...(itemContent === undefined ? {} : { content: itemContent }),
  };
}

/** Validates and parses a quote request; every problem is reported with the field at fault. */
export function parseQuoteRequest(request: QuoteRequest, mode: RoundingMode): Result<ParsedRequest> {
  const c = new Collector();
  if (request.items.length === 0) c.add('quote.no_items', 'the request has no items', 'items');
  const items = request.items.map((item, i) => parseItem(c, item, i, mode));
  const freight = money(c, request.freight, 'freight');
  const insurance = money(c, request.insurance, 'insurance');
  const annualUsed = money(c, request.buyer.annualUsed, 'buyer.annualUsed');
  if (c.reasons.length > 0) return fail(...c.reasons);
  return ok({
    items: items.filter((x): x is ParsedItem => x !== undefined),
    freight,
    insurance,
    idNumber: request.buyer.idNumber,
    annualUsed,
  });
}
