/** CSV written by the console (RFC 4180 quoting, CRLF, a BOM so spreadsheet programs read UTF-8), and its download. */
const cell = (value: string | number): string => {
  const text = String(value);
  // a leading = + - @ would be a formula in a spreadsheet: quote it with an apostrophe
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const toCsv = (rows: readonly (readonly (string | number)[])[]): string => `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;

export function download(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The columns the import reads (the first five required), with two rows to copy. */
export const TEMPLATE_CSV = toCsv([
  ['sku', 'name', 'hs_code', 'origin_country', 'declared_unit', 'model', 'bar_code'],
  ['SKU-FORMULA-900', '婴儿配方奶粉 900克', '1901101000', '601', '122', '900克/罐', '9300000000017'],
  ['SKU-CASHEW-500', '去壳腰果 500克', '0801320000', '502', '122', '500克/袋', ''],
]);
