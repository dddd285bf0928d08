import { z } from 'zod';
import type { TaxQuote } from '../../domain/tax/index.js';
import type { TariffRecord } from '../../ports/tariff.port.js';
import type { TariffImportReport } from '../../workflows/tariff/import-tariff.js';

/** Shapes of the tax quote and tariff endpoints; the CLI validates quote files with the same request schema. */
const money = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be an amount in yuan with at most two decimals, as a string ("20.00")')
  .meta({ description: 'Yuan, decimal string with at most two decimals', examples: ['20.00'] });
const price = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,5})?$/, 'must be a non-negative decimal string with at most five decimals ("480.00")')
  .meta({ description: 'Yuan, decimal string (up to five decimals, like CEB N19,5)', examples: ['480.00'] });
const rate = z
  .string()
  .regex(/^\d{1,2}(\.\d{1,10})?$/, 'must be a rate as a decimal string ("0.13")')
  .meta({ description: 'Rate as a decimal string, e.g. "0.13" for 13%', examples: ['0.13'] });
const qty = z.union([
  z.number().positive().max(1e9),
  z.string().regex(/^\d{1,9}(\.\d{1,5})?$/, 'must be a positive quantity ("2" or "1.5")'),
]);

export const QuoteItemBody = z.strictObject({
  hsCode: z.string().regex(/^\d{8}(\d{2})?$/, 'must be an 8- or 10-digit HS code'),
  name: z.string().min(1).max(250),
  qty: qty.meta({ description: 'Quantity in the declared unit (number or decimal string)' }),
  unitPrice: price,
  totalPrice: price.optional().meta({ description: 'Declared line total; default unitPrice × qty' }),
  vatRate: rate.optional().meta({ description: 'Overrides the tariff VAT rate' }),
  consumptionTaxRate: rate.optional().meta({ description: 'Overrides the tariff ad valorem consumption tax rate' }),
  consumptionTaxPerUnit: price.optional().meta({ description: 'Specific consumption tax, yuan per unit' }),
  dutyRate: rate.optional().meta({ description: 'Overrides the tariff MFN duty rate (used at full rate only)' }),
  indivisible: z.boolean().optional().meta({ description: 'One indivisible item (the single-item exception)' }),
  netContent: z
    .strictObject({
      amount: z.string().regex(/^\d{1,9}(\.\d{1,5})?$/, 'must be a positive decimal string ("50")'),
      unit: z.enum(['ml', 'g', 'piece', 'sheet']),
    })
    .optional()
    .meta({ description: 'Net content of one package; decides the high-end cosmetics consumption tax' }),
  legalQuantity: z
    .strictObject({
      qty: z.string().regex(/^\d{1,9}(\.\d{1,5})?$/, 'must be a positive decimal string ("0.05")'),
      unitCode: z.string().regex(/^\d{3}$/, 'must be a 3-digit customs unit code ("035")'),
    })
    .optional()
    .meta({ description: "The line's legal quantity (qty1) and its customs unit code (unit1), as declared" }),
});

export const QuoteRequestBody = z
  .strictObject({
    items: z.array(QuoteItemBody).min(1).max(500),
    freight: money.optional().meta({ description: 'Default 0.00' }),
    insurance: money.optional().meta({ description: 'Default 0.00' }),
    buyer: z.strictObject({
      idNumber: z
        .string()
        .min(1)
        .max(32)
        .meta({ description: 'Resident identity number of the buyer (订购人); never echoed unmasked' }),
      annualUsed: money.optional().meta({ description: 'Already used of the annual limit this year; default 0.00' }),
    }),
  })
  .meta({ id: 'TaxQuoteRequest' });

const Reason = z
  .object({ code: z.string(), message: z.string(), field: z.string().optional() })
  .meta({ id: 'Reason' });

const TaxLine = z
  .object({
    gnum: z.number().int(),
    hsCode: z.string(),
    name: z.string(),
    qty: z.string(),
    goodsValue: z.string(),
    dutiableValue: z.string(),
    rates: z.object({
      duty: z.string(),
      vat: z.string(),
      consumptionTax: z.string(),
      consumptionTaxPerUnit: z.string(),
      factor: z.string(),
    }),
    customsDuty: z.string(),
    vat: z.string(),
    consumptionTax: z.string(),
    total: z.string(),
  })
  .meta({ id: 'TaxLine' });

export const TaxQuoteView = z
  .object({
    channel: z.enum(['cbec', 'general', 'refused']),
    treatment: z.enum(['preferential', 'full-rate', 'none']),
    dutiableValue: z.string(),
    customsDuty: z.string(),
    vat: z.string(),
    consumptionTax: z.string(),
    total: z.string().meta({ description: 'Duty + VAT + consumption tax, yuan with two decimals' }),
    quotaAmount: z.string().meta({ description: 'Counts toward the annual limit when released (cbec only)' }),
    reasons: z.array(Reason),
    notes: z.array(Reason).meta({ description: 'How conditional rules were applied (never a refusal)' }),
    lines: z.array(TaxLine),
    rounding: z.object({ mode: z.string(), step: z.string() }),
  })
  .meta({ id: 'TaxQuote' });

export const taxQuoteView = (q: TaxQuote): z.infer<typeof TaxQuoteView> => ({
  ...q,
  reasons: [...q.reasons],
  notes: [...q.notes],
  lines: [...q.lines],
});

export const TariffRowView = z
  .object({
    hsCode: z.string(),
    name: z.string(),
    vatRate: z.string(),
    consumptionTaxRate: z.string().nullable(),
    consumptionTaxPerUnit: z.string().nullable(),
    mfnDutyRate: z.string().nullable(),
    positiveList: z.boolean(),
    tradeModes: z.array(z.string()),
    remark: z.string().nullable(),
    source: z.string().meta({ description: 'Where the figures come from (demo rows say they are not official)' }),
  })
  .meta({ id: 'TariffRow' });

export const tariffRowView = (r: TariffRecord): z.infer<typeof TariffRowView> => ({
  hsCode: r.hsCode,
  name: r.name,
  vatRate: r.vatRate,
  consumptionTaxRate: r.consumptionTaxRate ?? null,
  consumptionTaxPerUnit: r.consumptionTaxPerUnit ?? null,
  mfnDutyRate: r.mfnDutyRate ?? null,
  positiveList: r.positiveList,
  tradeModes: [...(r.tradeModes ?? [])],
  remark: r.remark ?? null,
  source: r.source,
});

export const TariffImportReportView = z
  .object({
    imported: z.number().int(),
    rejected: z.number().int().meta({ description: 'Lines with at least one error' }),
    aborted: z.boolean().meta({ description: 'strict=true and some row was bad: nothing was written' }),
    errors: z.array(z.object({ line: z.number().int(), field: z.string(), code: z.string(), message: z.string() })),
  })
  .meta({ id: 'TariffImportReport' });

export const importReportView = (r: TariffImportReport): z.infer<typeof TariffImportReportView> => ({
  imported: r.imported,
  rejected: r.rejected,
  aborted: r.aborted,
  errors: r.errors.map((e) => ({ line: e.line, field: e.field, code: e.code, message: e.message })),
});
