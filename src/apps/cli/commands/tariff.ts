import { readFileSync, writeFileSync } from 'node:fs';
import { importTariff } from '../../../workflows/tariff/import-tariff.js';
import type { RowError } from '../../../workflows/tariff/tariff-csv.js';
import type { RegisterCommand } from '../command.js';
import { printJson, progress } from '../io.js';
import { withStore } from '../with-store.js';

const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

function errorReport(errors: readonly RowError[]): string {
  const lines = errors.map((e) => [e.line, e.field, e.code, e.message].map(csvCell).join(','));
  return ['line,field,code,message', ...lines].join('\n') + '\n';
}

export const registerTariff: RegisterCommand = (parent, ctx) => {
  const group = parent
    .command('tariff')
    .description('The tariff (HS code → VAT, consumption tax, MFN duty) and the positive list, as data');

  group
    .command('import')
    .description('Import rows from a CSV of the official schedules; bad rows are reported by line and field')
    .argument('<file>', `CSV with the header: hs_code,name,vat_rate,consumption_tax_rate,consumption_tax_per_unit,
                   mfn_duty_rate,positive_list,trade_modes,remark,source`)
    .option('--strict', 'import nothing unless every row is valid')
    .option('--errors <file>', 'also write the row-level error report as CSV')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: { strict?: boolean; errors?: string; json?: boolean }) => {
      const csv = readFileSync(file, 'utf8');
      const report = await withStore(ctx, async (store) => {
        let bar: ReturnType<typeof progress> | undefined;
        let shown = 0;
        const result = await importTariff(store, csv, {
          strict: Boolean(opts.strict),
          onProgress: (done, total) => {
            bar ??= progress(ctx.io, 'tariff', total, Boolean(opts.json) || total < 500);
            bar.tick(done - shown);
            shown = done;
          },
        });
        bar?.stop();
        return result;
      });
      if (opts.errors) writeFileSync(opts.errors, errorReport(report.errors));
      if (report.errors.length > 0) ctx.exitCode = 1;
      if (opts.json) return printJson(ctx.io, report);
      ctx.io.out(
        report.aborted
          ? `Nothing imported (--strict): ${report.rejected} row(s) invalid.`
          : `Imported ${report.imported} row(s); rejected ${report.rejected}.`,
      );
      for (const e of report.errors.slice(0, 50)) ctx.io.err(`line ${e.line} ${e.field}: ${e.message} [${e.code}]`);
      if (report.errors.length > 50) ctx.io.err(`… ${report.errors.length - 50} more (use --errors FILE)`);
    });

  group
    .command('list')
    .description('Show the tariff rows')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withStore(ctx, (store) => store.tariff.all());
      if (opts.json) return printJson(ctx.io, rows);
      for (const r of rows) {
        const ct = r.consumptionTaxRate ? ` CT ${r.consumptionTaxRate}` : '';
        ctx.io.out(`${r.hsCode}  VAT ${r.vatRate}${ct}  MFN ${r.mfnDutyRate ?? '-'}  ${r.positiveList ? 'listed' : 'NOT listed'}  ${r.name}`);
      }
    });
};
