import { readFileSync } from 'node:fs';
import { type TariffLookup, type TaxQuote, tariffFromRows } from '../../../domain/tax/index.js';
import { AppError } from '../../../kernel/errors/index.js';
import { parseTariffCsv } from '../../../workflows/tariff/tariff-csv.js';
import { type QuoteIssue, quoteRequest } from '../../../workflows/tariff/tax-quote.js';
import { QuoteRequestBody } from '../../api/tax.schemas.js';
import type { CliContext, RegisterCommand } from '../command.js';
import { printJson } from '../io.js';
import { withStore } from '../with-store.js';

type QuoteBody = ReturnType<typeof QuoteRequestBody.parse>;

const TREATMENT: Record<TaxQuote['treatment'], string> = {
  preferential: 'within the limits: duty 0, VAT and consumption tax at 70%',
  'full-rate': 'full rate: MFN duty, VAT and consumption tax in full',
  none: 'no tax computed',
};

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('tax.file_unreadable', { file, reason: (error as Error).message });
  }
}

/** The request in FILE, validated; a file that cannot be read or checked is a coded error (exit 2). */
function readRequest(file: string): QuoteBody {
  let json: unknown;
  const text = readText(file);
  try {
    json = JSON.parse(text);
  } catch (error) {
    // JSON.parse quotes the text around the fault, which may be the buyer's identity number: keep the position only
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new AppError('tax.file_unreadable', { file, reason: `not valid JSON${at ? ` (at position ${at})` : ''}` });
  }
  const parsed = QuoteRequestBody.safeParse(json);
  if (parsed.success) return parsed.data;
  throw invalid(parsed.error.issues.map((i) => ({ field: i.path.join('.'), code: i.code, message: i.message })));
}

function invalid(issues: readonly QuoteIssue[]): AppError {
  const summary = issues.map((i) => `${i.field || '(root)'}: ${i.message}`).join('; ');
  return new AppError('tax.quote_invalid', { summary, field: issues[0]?.field, issues });
}

async function loadTariff(ctx: CliContext, csvFile: string | undefined): Promise<TariffLookup> {
  if (csvFile !== undefined) {
    const { rows, errors } = parseTariffCsv(readText(csvFile));
    if (errors.length > 0) ctx.io.err(`crossgate: ${errors.length} tariff row(s) in ${csvFile} skipped`);
    return tariffFromRows(rows);
  }
  const rows = await withStore(ctx, (store) => store.tariff.all());
  if (rows.length === 0) {
    ctx.io.err('crossgate: the tariff table is empty; run `crossgate tariff import FILE` or pass --tariff FILE');
  }
  return tariffFromRows(rows);
}

function table(cells: readonly (readonly string[])[], rightFrom: number): string {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells
    .map((r) => r.map((c, i) => (i >= rightFrom ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '))
    .join('\n');
}

/** The quote as a person reads it. */
export function formatQuote(q: TaxQuote): string {
  const out = [`Channel: ${q.channel} (${TREATMENT[q.treatment]})`];
  if (q.lines.length > 0) {
    const head = ['#', 'HS code', 'Name', 'Qty', 'Dutiable', 'Duty', 'VAT', 'Cons. tax', 'Total'];
    const rows = q.lines.map((l) => [
      String(l.gnum),
      l.hsCode,
      l.name.length > 30 ? `${l.name.slice(0, 29)}…` : l.name,
      l.qty,
      l.dutiableValue,
      l.customsDuty,
      l.vat,
      l.consumptionTax,
      l.total,
    ]);
    out.push('', table([head, ...rows], 3), '');
  }
  const totals = [
    ['Dutiable value', q.dutiableValue],
    ['Customs duty', q.customsDuty],
    ['VAT', q.vat],
    ['Consumption tax', q.consumptionTax],
    ['Total tax', q.total],
    ['Counts toward quota', q.quotaAmount],
  ];
  out.push(table(totals, 1), `Rounding: ${q.rounding.mode}, per ${q.rounding.step}`);
  if (q.reasons.length > 0) {
    out.push('Reasons:', ...q.reasons.map((r) => `  - ${r.message} [${r.code}${r.field ? ` at ${r.field}` : ''}]`));
  }
  return out.join('\n');
}

export const registerTax: RegisterCommand = (parent, ctx) => {
  const group = parent.command('tax').description('Cross-border comprehensive tax, computed without declaring anything');

  group
    .command('quote')
    .description('Quote the tax of the order in FILE; exit 0 when computed, 1 when refused, 2 on bad input')
    .argument(
      '<file>',
      'JSON request, as for POST /v1/tax/quote: {"items":[{"hsCode","name","qty","unitPrice","vatRate"?,' +
        '"consumptionTaxRate"?,"dutyRate"?,"indivisible"?}],"freight","insurance","buyer":{"idNumber","annualUsed"?}}',
    )
    .option('--tariff <csv>', 'quote against the rows of this tariff CSV instead of the database')
    .option('--json', 'print the quote as JSON')
    .action(async (file: string, opts: { tariff?: string; json?: boolean }) => {
      try {
        const request = readRequest(file);
        const lookup = await loadTariff(ctx, opts.tariff);
        const outcome = quoteRequest(lookup, request);
        if (!outcome.ok) throw invalid(outcome.issues);
        const quote = outcome.quote;
        ctx.exitCode = quote.channel === 'refused' ? 1 : 0;
        if (opts.json) printJson(ctx.io, quote);
        else ctx.io.out(formatQuote(quote));
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        ctx.io.err(`crossgate: ${error.message} [${error.code}]`);
        if (opts.json) printJson(ctx.io, { error: error.toJSON() });
        ctx.exitCode = 2;
      }
    });
};
