import { type Fen, formatFen } from '../../kernel/money.js';
import type { Reason } from '../../kernel/result.js';
import { checkResidentId } from '../identity/resident-id.rules.js';
import { decimalSetting } from '../model/policy-values.js';
import { classifyAgainstLimits, type LimitDecision } from '../quota/limits.rules.js';
import { channelFor } from './channel.rules.js';
import { applyCosmeticsCondition } from './cosmetics-lines.js';
import { type ParsedItem, type ParsedRequest, parseQuoteRequest } from './quote.input.js';
import type { QuoteRequest, TaxQuote } from './quote.types.js';
import { resolveRates } from './rates.rules.js';
import { DEFAULT_TAX_POLICY, type TaxPolicy } from './tax.policy.js';
import type { TariffLookup } from './tariff.js';
import { computeLines, dutiableValues, type PricedLine } from './tax-lines.js';

export interface QuoteContext {
  readonly tariff: TariffLookup;
  readonly policy?: TaxPolicy;
  /** Today's date (YYYY-MM-DD) for the identity check's "born in the future" test; optional. */
  readonly today?: string;
}

export const CODE_DUTY_RATE_MISSING = 'tax.duty_rate_missing';

function refused(policy: TaxPolicy, reasons: readonly Reason[], dutiable: Fen = 0n): TaxQuote {
  return {
    channel: 'refused',
    treatment: 'none',
    dutiableValue: formatFen(dutiable),
    customsDuty: '0.00',
    vat: '0.00',
    consumptionTax: '0.00',
    total: '0.00',
    quotaAmount: '0.00',
    reasons,
    notes: [],
    lines: [],
    rounding: policy.rounding,
  };
}

function identityReasons(idNumber: string, policy: TaxPolicy, today: string | undefined): readonly Reason[] {
  const r = checkResidentId(idNumber, { ...policy.identity, ...(today === undefined ? {} : { today }) });
  return r.ok ? [] : r.reasons.map((x) => ({ ...x, field: 'buyer.idNumber' }));
}

function missingDuty(priced: readonly PricedLine[]): readonly Reason[] {
  return priced
    .filter((p) => p.rates.duty === undefined)
    .map((p) => ({
      code: CODE_DUTY_RATE_MISSING,
      message: `full-rate tax needs the MFN duty rate of HS code ${p.item.hsCode}: give dutyRate or add it to the tariff`,
      field: `items[${p.item.gnum - 1}].dutyRate`,
    }));
}

function limitDecision(req: ParsedRequest, orderValue: Fen, policy: TaxPolicy): LimitDecision {
  const lines = req.items.map((i) => ({
    qty: i.qty,
    ...(i.indivisible === undefined ? {} : { indivisible: i.indivisible }),
  }));
  return classifyAgainstLimits({ orderValue, annualUsed: req.annualUsed, lines }, policy.limits);
}

/**
 * Computes the cross-border comprehensive tax of an order without declaring anything (issue 4 quote API).
 * Order of decisions: input → buyer identity → goods (positive list, rates) → limits → channel → tax.
 */
export function quoteTax(request: QuoteRequest, context: QuoteContext): TaxQuote {
  const policy = context.policy ?? DEFAULT_TAX_POLICY;
  const parsed = parseQuoteRequest(request, policy.rounding.mode);
  if (!parsed.ok) return refused(policy, parsed.reasons);
  const req = parsed.value;
  const dutiables = dutiableValues(req.items, req.freight + req.insurance);
  const orderValue = dutiables.reduce((a, b) => a + b, 0n);
  const problems: Reason[] = [...identityReasons(req.idNumber, policy, context.today)];
  const resolved: PricedLine[] = [];
  req.items.forEach((item: ParsedItem, i) => {
    const rates = resolveRates(item, context.tariff, policy.enforcePositiveList);
    if (rates.ok) resolved.push({ item, rates: rates.value, dutiable: dutiables[i] ?? 0n });
    else problems.push(...rates.reasons);
  });
  const { priced, notes } = applyCosmeticsCondition(resolved, policy.cosmetics);
  const decision = limitDecision(req, orderValue, policy);
  if (problems.length > 0) return refused(policy, [...problems, ...decision.reasons], orderValue);
  const { channel, treatment } = channelFor(decision, policy.limits);
  const duty = treatment === 'preferential' ? decimalSetting('cbec.dutyRate', policy.cbec.dutyRate) : 'mfn';
  if (duty === 'mfn' && missingDuty(priced).length > 0) {
    return refused(policy, [...decision.reasons, ...missingDuty(priced)], orderValue);
  }
  const factor = decimalSetting(
    treatment === 'preferential' ? 'cbec.taxFactor' : 'fullRate',
    treatment === 'preferential' ? policy.cbec.taxFactor : '1',
  );
  const { lines, totals } = computeLines(priced, { duty, factor }, policy.rounding);
  return {
    channel,
    treatment,
    dutiableValue: formatFen(orderValue),
    customsDuty: formatFen(totals.duty),
    vat: formatFen(totals.vat),
    consumptionTax: formatFen(totals.consumptionTax),
    total: formatFen(totals.duty + totals.vat + totals.consumptionTax),
    quotaAmount: formatFen(channel === 'cbec' ? orderValue : 0n),
    reasons: decision.reasons,
    notes,
    lines,
    rounding: policy.rounding,
  };
}
