/**
 * The tariff as data: HS code → rates and positive-list status, imported by the operator from the official
 * schedules. Rates are decimal strings ("0.13"). Nothing here is the official schedule.
 */
export interface TariffRow {
  /** HS code, 8 or 10 digits. */
  readonly hsCode: string;
  /** Import VAT rate, e.g. "0.13" or "0.09". */
  readonly vatRate: string;
  /** Ad valorem consumption tax rate, e.g. "0.15" for high-end cosmetics; absent = none. */
  readonly consumptionTaxRate?: string;
  /** Specific consumption tax, yuan per declared unit; absent = none (not covered by rules.md, see cbec-tax.rules). */
  readonly consumptionTaxPerUnit?: string;
  /** Most-favoured-nation customs duty rate; needed only when full-rate tax applies. */
  readonly mfnDutyRate?: string;
  /** On the CBEC retail import positive list (跨境电子商务零售进口商品清单). */
  readonly positiveList: boolean;
  /** Positive-list remark restricting supervision modes, e.g. ["1210"] for "bonded import only". */
  readonly tradeModes?: readonly string[];
  readonly remark?: string;
  /** Where the row's figures come from. */
  readonly source?: string;
}

/** Looks an HS code up; undefined when the tariff has no row for it. */
export type TariffLookup = (hsCode: string) => TariffRow | undefined;

/**
 * A lookup over rows: the exact code first, then its 8-digit prefix (the positive list is kept at HS-8).
 * When several rows share a code, the last one wins.
 */
export function tariffFromRows(rows: readonly TariffRow[]): TariffLookup {
  const byCode = new Map<string, TariffRow>();
  for (const row of rows) byCode.set(row.hsCode, row);
  return (hsCode) => byCode.get(hsCode) ?? (hsCode.length > 8 ? byCode.get(hsCode.slice(0, 8)) : undefined);
}
