import type { Rational } from '../../kernel/money.js';
import { ZERO } from '../../kernel/money.js';
import { fail, ok, type Reason, type Result } from '../../kernel/result.js';
import { decimalSetting } from '../model/policy-values.js';
import type { ParsedItem } from './quote.input.js';
import type { TariffLookup, TariffRow } from './tariff.js';

/** The rates of one line after item overrides and the tariff row are combined. */
export interface ResolvedRates {
  readonly vat: Rational;
  readonly consumptionTax: Rational;
  readonly consumptionTaxPerUnit: Rational;
  /** MFN duty; undefined when neither the item nor the tariff gives one (needed only for full-rate tax). */
  readonly duty?: Rational;
  readonly row?: TariffRow;
}

export const CODE_UNKNOWN_HS = 'tariff.unknown_hs_code';
export const CODE_NOT_ON_POSITIVE_LIST = 'goods.not_on_positive_list';
export const CODE_VAT_RATE_MISSING = 'tax.vat_rate_missing';

const rowRate = (row: TariffRow | undefined, name: keyof TariffRow, text: string | undefined): Rational | undefined =>
  text === undefined ? undefined : decimalSetting(`tariff ${row?.hsCode ?? '?'} ${String(name)}`, text);

/** Positive-list status of a line: unknown codes and unlisted goods are refused when the policy enforces the list. */
export function positiveListProblem(hsCode: string, row: TariffRow | undefined, field: string): Reason | undefined {
  if (row === undefined) {
    return {
      code: CODE_UNKNOWN_HS,
      message: `HS code ${hsCode} is not in the tariff table, so it cannot be confirmed on the positive list`,
      field,
    };
  }
  if (!row.positiveList) {
    return {
      code: CODE_NOT_ON_POSITIVE_LIST,
      message: `HS code ${hsCode} is not on the cross-border e-commerce retail import positive list`,
      field,
    };
  }
  return undefined;
}

/** Item rates first, tariff row second (issue 4: "rates given on an item override the tariff table"). */
export function resolveRates(
  item: ParsedItem,
  tariff: TariffLookup,
  enforcePositiveList: boolean,
): Result<ResolvedRates> {
  const row = tariff(item.hsCode);
  const field = `items[${item.gnum - 1}]`;
  const problems: Reason[] = [];
  const listed = enforcePositiveList ? positiveListProblem(item.hsCode, row, `${field}.hsCode`) : undefined;
  if (listed !== undefined) problems.push(listed);
  const o = item.overrides;
  const vat = o.vat ?? rowRate(row, 'vatRate', row?.vatRate);
  if (vat === undefined) {
    problems.push({
      code: CODE_VAT_RATE_MISSING,
      message: `no VAT rate for HS code ${item.hsCode}: give vatRate or add it to the tariff`,
      field: `${field}.vatRate`,
    });
  }
  if (problems.length > 0 || vat === undefined) return fail(...problems);
  const duty = o.duty ?? rowRate(row, 'mfnDutyRate', row?.mfnDutyRate);
  return ok({
    vat,
    consumptionTax: o.consumptionTax ?? rowRate(row, 'consumptionTaxRate', row?.consumptionTaxRate) ?? ZERO,
    consumptionTaxPerUnit:
      o.consumptionTaxPerUnit ?? rowRate(row, 'consumptionTaxPerUnit', row?.consumptionTaxPerUnit) ?? ZERO,
    ...(duty === undefined ? {} : { duty }),
    ...(row === undefined ? {} : { row }),
  });
}
