import { parse } from 'csv-parse/sync';
import type { RowError } from '../tariff/tariff-csv.js';

/** A product row as written in the registry's CSV (before the tariff says whether it is on the positive list). */
export interface ProductRow {
  readonly sku: string;
  readonly name: string;
  readonly hsCode: string;
  readonly originCountry: string;
  readonly declaredUnit: string;
  readonly model: string | null;
  readonly barCode: string | null;
}

export const PRODUCT_COLUMNS = ['sku', 'name', 'hs_code', 'origin_country', 'declared_unit', 'model', 'bar_code'] as const;
const REQUIRED = ['sku', 'name', 'hs_code', 'origin_country', 'declared_unit'] as const;

type Raw = Record<string, string | undefined>;

/** Checks one product on its own; the errors name the field, never more than the value at fault. */
export function productProblems(p: ProductRow): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!/^[\w.\-/]{1,60}$/.test(p.sku)) problems.push({ field: 'sku', message: `"${p.sku.slice(0, 60)}" is not a SKU (1–60 letters, digits, . _ - /)` });
  if (p.name.trim() === '' || p.name.length > 250) problems.push({ field: 'name', message: 'the declared goods name must be 1–250 characters' });
  if (!/^\d{10}$/.test(p.hsCode)) problems.push({ field: 'hs_code', message: `"${p.hsCode.slice(0, 20)}" is not a 10-digit HS code` });
  if (!/^\d{3}$/.test(p.originCountry)) problems.push({ field: 'origin_country', message: `"${p.originCountry.slice(0, 10)}" is not a 3-digit customs country code` });
  if (!/^\d{3}$/.test(p.declaredUnit)) problems.push({ field: 'declared_unit', message: `"${p.declaredUnit.slice(0, 10)}" is not a 3-digit customs unit code` });
  if (p.model !== null && p.model.length > 510) problems.push({ field: 'model', message: 'the model is longer than 510 characters' });
  if (p.barCode !== null && p.barCode.length > 50) problems.push({ field: 'bar_code', message: 'the bar code is longer than 50 characters' });
  return problems;
}

/**
 * Reads a product CSV (UTF-8, header row with the PRODUCT_COLUMNS names; extra columns are ignored), in the style of
 * the tariff import: every row is checked on its own, good rows are returned and bad rows reported by line and field.
 */
export function parseProductCsv(text: string): { rows: ProductRow[]; errors: RowError[] } {
  let records: { record: Raw; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, field: '', code: 'product.invalid_csv', message: (error as Error).message }] };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = REQUIRED.filter((c) => records.length > 0 && !header.includes(c));
  if (missing.length > 0) {
    return { rows: [], errors: [{ line: 1, field: missing.join(','), code: 'product.missing_columns', message: `missing columns: ${missing.join(', ')}` }] };
  }
  const rows: ProductRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const get = (f: string) => (record[f] ?? '').trim();
    const row: ProductRow = {
      sku: get('sku'),
      name: get('name'),
      hsCode: get('hs_code'),
      originCountry: get('origin_country'),
      declaredUnit: get('declared_unit'),
      model: get('model') || null,
      barCode: get('bar_code') || null,
    };
    const problems = productProblems(row);
    for (const p of problems) errors.push({ line: info.lines, field: p.field, code: 'product.invalid_row', message: p.message });
    if (problems.length > 0) continue;
    const earlier = seen.get(row.sku);
    if (earlier !== undefined) {
      errors.push({ line: info.lines, field: 'sku', code: 'product.duplicate_row', message: `${row.sku} already on line ${earlier}` });
      continue;
    }
    seen.set(row.sku, info.lines);
    rows.push(row);
  }
  return { rows, errors };
}
