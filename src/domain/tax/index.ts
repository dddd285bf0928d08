export { comprehensiveRate, exactLineTax, type LineRatesExact, type LineTaxExact } from './cbec-tax.rules.js';
export { channelFor } from './channel.rules.js';
export {
  applyCosmeticsCondition,
  CODE_COSMETICS_CONTENT_UNKNOWN,
  CODE_COSMETICS_HIGH_END,
  CODE_COSMETICS_NOT_HIGH_END,
} from './cosmetics-lines.js';
export {
  type ContentUnit,
  type CosmeticsPolicy,
  type CosmeticsSubject,
  type CosmeticsVerdict,
  classifyContent,
  classifyCosmetic,
  DEFAULT_COSMETICS_POLICY,
  isConditionalCosmetic,
} from './cosmetics.rules.js';
export { CODE_DUTY_RATE_MISSING, type QuoteContext, quoteTax } from './quote.js';
export { type ParsedItem, type ParsedRequest, parseQuoteRequest, type RateOverrides } from './quote.input.js';
export type { Channel, QuoteItem, QuoteRequest, TaxLine, TaxQuote, Treatment } from './quote.types.js';
export {
  CODE_NOT_ON_POSITIVE_LIST,
  CODE_UNKNOWN_HS,
  CODE_VAT_RATE_MISSING,
  positiveListProblem,
  type ResolvedRates,
  resolveRates,
} from './rates.rules.js';
export { type TariffLookup, type TariffRow, tariffFromRows } from './tariff.js';
export { DEFAULT_TAX_POLICY, type TaxPolicy } from './tax.policy.js';
export { computeLines, dutiableValues, type LineTotals, type PricedLine, type TreatmentRates } from './tax-lines.js';
