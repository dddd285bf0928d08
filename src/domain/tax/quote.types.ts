import type { Reason } from '../../kernel/result.js';

/**
 * The tax quote request of issue 4 (`POST /v1/tax/quote`, `crossgate tax quote FILE`). Money and rates are
 * decimal strings; rates given on an item override the tariff table.
 */
export interface QuoteItem {
  readonly hsCode: string;
  readonly name: string;
  /** Quantity in the declared unit; a number or a decimal string. */
  readonly qty: number | string;
  readonly unitPrice: string;
  /** Line goods value if declared (the inventory's totalPrice); default unit price × quantity. */
  readonly totalPrice?: string;
  readonly vatRate?: string;
  readonly consumptionTaxRate?: string;
  /** Specific consumption tax, yuan per unit. */
  readonly consumptionTaxPerUnit?: string;
  readonly dutyRate?: string;
  readonly indivisible?: boolean;
  /**
   * Net content of one package (e.g. 50 ml, 20 g, 10 sheets): decides whether a conditional consumption tax applies
   * (high-end cosmetics). Takes precedence over legalQuantity.
   */
  readonly netContent?: { readonly amount: string; readonly unit: 'ml' | 'g' | 'piece' | 'sheet' };
  /** The line's legal quantity and its customs unit code (the inventory's qty1 and unit1), e.g. 0.05 of "035" (kg). */
  readonly legalQuantity?: { readonly qty: string; readonly unitCode: string };
}

export interface QuoteRequest {
  readonly items: readonly QuoteItem[];
  readonly freight?: string;
  readonly insurance?: string;
  readonly buyer: {
    readonly idNumber: string;
    /** Already used this calendar year; default 0.00. */
    readonly annualUsed?: string;
  };
}

export type Channel = 'cbec' | 'general' | 'refused';
/** preferential: duty 0, VAT and consumption tax at 70%; full-rate: MFN duty, VAT and consumption tax in full. */
export type Treatment = 'preferential' | 'full-rate' | 'none';

export interface TaxLine {
  /** 1-based position of the item in the request (the inventory's gnum). */
  readonly gnum: number;
  readonly hsCode: string;
  readonly name: string;
  readonly qty: string;
  readonly goodsValue: string;
  /** Goods value plus this line's share of freight and insurance. */
  readonly dutiableValue: string;
  /** Rates applied (decimal strings): the duty rate is 0 under preferential treatment. */
  readonly rates: {
    readonly duty: string;
    readonly vat: string;
    readonly consumptionTax: string;
    readonly consumptionTaxPerUnit: string;
    readonly factor: string;
  };
  readonly customsDuty: string;
  readonly vat: string;
  readonly consumptionTax: string;
  readonly total: string;
}

export interface TaxQuote {
  readonly channel: Channel;
  readonly treatment: Treatment;
  readonly dutiableValue: string;
  readonly customsDuty: string;
  readonly vat: string;
  readonly consumptionTax: string;
  /** Total tax: duty + VAT + consumption tax. */
  readonly total: string;
  /** Amount that counts toward the buyer's annual limit when released (0.00 unless the channel is cbec). */
  readonly quotaAmount: string;
  readonly reasons: readonly Reason[];
  /** How a rule was applied, for people (e.g. "not high-end cosmetics: 3.00 per ml below 10.00"); never a refusal. */
  readonly notes: readonly Reason[];
  readonly lines: readonly TaxLine[];
  readonly rounding: { readonly mode: string; readonly step: string };
}
