import { fenToYuan, mul, type Rational, ZERO, cmp } from '../../kernel/money.js';
import type { Reason } from '../../kernel/result.js';
import { decimalSetting } from '../model/policy-values.js';
import { type ContentUnit, type CosmeticsPolicy, classifyContent, isConditionalCosmetic } from './cosmetics.rules.js';
import type { ParsedItem } from './quote.input.js';
import type { PricedLine } from './tax-lines.js';

export const CODE_COSMETICS_HIGH_END = 'tax.cosmetics_high_end';
export const CODE_COSMETICS_NOT_HIGH_END = 'tax.cosmetics_not_high_end';
export const CODE_COSMETICS_CONTENT_UNKNOWN = 'tax.cosmetics_content_unknown';

type LineContent = { readonly total: Rational; readonly unit: ContentUnit } | { readonly unknown: string };

/** The line's total net content: packages × content per package, or the legal quantity in its unit. */
function lineContent(item: ParsedItem, policy: CosmeticsPolicy): LineContent {
  const c = item.content;
  if (c === undefined) return { unknown: 'no net content or legal quantity was declared' };
  if (c.kind === 'net') return { total: mul(item.qty, c.perPackage), unit: c.unit };
  const known = policy.contentUnits[c.unitCode];
  if (known === undefined) return { unknown: `measurement unit ${c.unitCode} is not in the cosmetics unit table` };
  return { total: mul(c.qty, decimalSetting(`cosmetics.contentUnits.${c.unitCode}`, known.factor)), unit: known.unit };
}

/**
 * The high-end cosmetics condition (rules.md A4): for HS codes the policy lists, the tariff's consumption tax
 * applies only when the dutiable price per ml or g (or per piece or sheet) reaches the threshold. Lines without a
 * known content keep the tax (customs cannot show they are below it) and say so. A rate given on the item wins.
 */
export function applyCosmeticsCondition(
  priced: readonly PricedLine[],
  policy: CosmeticsPolicy,
): { readonly priced: readonly PricedLine[]; readonly notes: readonly Reason[] } {
  const notes: Reason[] = [];
  const out = priced.map((p): PricedLine => {
    const { item } = p;
    if (item.overrides.consumptionTax !== undefined || !isConditionalCosmetic(item.hsCode, policy)) return p;
    if (cmp(p.rates.consumptionTax, ZERO) === 0) return p;
    const field = `items[${item.gnum - 1}]`;
    const content = lineContent(item, policy);
    if ('unknown' in content) {
      notes.push({
        code: CODE_COSMETICS_CONTENT_UNKNOWN,
        message: `line ${item.gnum}: ${content.unknown}, so the high-end cosmetics consumption tax is applied`,
        field: `${field}.netContent`,
      });
      return p;
    }
    const verdict = classifyContent(fenToYuan(p.dutiable), content.total, content.unit, policy);
    const per = `${verdict.unitValue} per ${content.unit}`;
    if (verdict.highEnd) {
      notes.push({
        code: CODE_COSMETICS_HIGH_END,
        message: `line ${item.gnum}: high-end cosmetics, ${per} is at least ${verdict.threshold}: consumption tax applies`,
        field,
      });
      return p;
    }
    notes.push({
      code: CODE_COSMETICS_NOT_HIGH_END,
      message: `line ${item.gnum}: not high-end cosmetics, ${per} is below ${verdict.threshold}: no consumption tax`,
      field,
    });
    return { ...p, rates: { ...p.rates, consumptionTax: ZERO } };
  });
  return { priced: out, notes };
}
