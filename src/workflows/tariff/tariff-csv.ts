import { parse } from 'csv-parse/sync';
import type { TariffRecord } from '../../ports/tariff.port.js';

export interface RowError {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export interface ParsedTariff {
  readonly rows: TariffRecord[];
  readonly errors: RowError[];
}

export const TARIFF_COLUMNS = [
  'hs_code',
  'name',
  'vat_rate',
  'consumption_tax_rate',
  'consumption_tax_per_unit',
  'mfn_duty_rate',
  'positive_list',
  'trade_modes',
  'remark',
  'source',
] as const;
const REQUIRED = ['hs_code', 'name', 'vat_rate', 'positive_list', 'source'] as const;
const TRADE_MODES = new Set(['9610', '1210', '1239']);
const RATE = /^(0(\.\d{1,5})?|1(\.0{1,5})?)$/;
const AMOUNT = /^\d{1,7}(\.\d{1,5})?$/;
const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

type Raw = Record<string, string | undefined>;

function rowFrom(raw: Raw, line: number, errors: RowError[]): TariffRecord | undefined {
  const before = errors.length;
  const bad = (field: string, message: string) => errors.push({ line, field, code: 'tariff.invalid_row', message });
  const get = (field: string) => (raw[field] ?? '').trim();
  const hsCode = get('hs_code');
  if (!/^\d{8}(\d{2})?$/.test(hsCode)) bad('hs_code', `"${hsCode}" is not an 8- or 10-digit HS code`);
  const name = get('name');
  if (!name) bad('name', 'the goods name is empty');
  const vatRate = get('vat_rate');
  if (!RATE.test(vatRate)) bad('vat_rate', `"${vatRate}" is not a rate between 0 and 1 (e.g. 0.13)`);
  const optionalRate = (field: string, pattern: RegExp, what: string) => {
    const v = get(field);
    if (v && !pattern.test(v)) bad(field, `"${v}" is not ${what}`);
    return v || undefined;
  };
  const consumptionTaxRate = optionalRate('consumption_tax_rate', RATE, 'a rate between 0 and 1');
  const consumptionTaxPerUnit = optionalRate('consumption_tax_per_unit', AMOUNT, 'an amount in yuan');
  const mfnDutyRate = optionalRate('mfn_duty_rate', RATE, 'a rate between 0 and 1');
  const listed = get('positive_list').toLowerCase();
  if (!TRUE.has(listed) && !FALSE.has(listed)) bad('positive_list', `"${listed}" is not true or false`);
  const modes = get('trade_modes')
    .split(/[|;\s]+/)
    .filter(Boolean);
  for (const m of modes) if (!TRADE_MODES.has(m)) bad('trade_modes', `"${m}" is not 9610, 1210 or 1239`);
  const remark = get('remark');
  const source = get('source');
  if (!source) bad('source', 'say where the figures come from');
  if (errors.length > before) return undefined;
  return {
    hsCode,
    name,
    vatRate,
    ...(consumptionTaxRate && { consumptionTaxRate }),
    ...(consumptionTaxPerUnit && { consumptionTaxPerUnit }),
    ...(mfnDutyRate && { mfnDutyRate }),
    positiveList: TRUE.has(listed),
    ...(modes.length > 0 && { tradeModes: modes }),
    ...(remark && { remark }),
    source,
  };
}

/**
 * Reads a tariff CSV (UTF-8, header row with the TARIFF_COLUMNS names; extra columns are ignored). Every row is
 * checked on its own: good rows are returned, bad rows are reported with the line and the field at fault.
 */
export function parseTariffCsv(text: string): ParsedTariff {
  const errors: RowError[] = [];
  let records: { record: Raw; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, field: '', code: 'tariff.invalid_csv', message: (error as Error).message }] };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = REQUIRED.filter((c) => records.length > 0 && !header.includes(c));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: [{ line: 1, field: missing.join(','), code: 'tariff.missing_columns', message: `missing columns: ${missing.join(', ')}` }],
    };
  }
  const rows: TariffRecord[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const row = rowFrom(record, info.lines, errors);
    if (!row) continue;
    const earlier = seen.get(row.hsCode);
    if (earlier !== undefined) {
      errors.push({ line: info.lines, field: 'hs_code', code: 'tariff.duplicate_row', message: `${row.hsCode} already on line ${earlier}` });
      continue;
    }
    seen.set(row.hsCode, info.lines);
    rows.push(row);
  }
  return { rows, errors };
}
