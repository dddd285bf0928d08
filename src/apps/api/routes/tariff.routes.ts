import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors/index.js';
import type { TariffService } from '../../../workflows/tariff/tariff-cache.js';
import { TARIFF_COLUMNS } from '../../../workflows/tariff/tariff-csv.js';
import { protectedErrors } from '../schemas.js';
import { importReportView, TariffImportReportView, TariffRowView, tariffRowView } from '../tax.schemas.js';

export interface TariffRoutesOptions {
  readonly tariff: TariffService;
  /** Largest CSV accepted (bytes); default 32 MiB. */
  readonly csvLimit?: number;
}

const HS_PREFIX = /^\d{2,10}$/;

/**
 * The tariff as data over HTTP: customs and admin import CSV rows from the official schedules; anyone
 * authenticated reads them with their source. Imports reload the in-memory tariff the quotes use.
 */
export const tariffRoutes =
  ({ tariff, csvLimit = 32 * 1024 * 1024 }: TariffRoutesOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['tariff'];
    // Scoped to this plugin: CSV bodies arrive as one UTF-8 string.
    app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: csvLimit }, (_request, body, done) => {
      done(null, body);
    });

    app.post(
      '/v1/tariff/import',
      {
        bodyLimit: csvLimit,
        config: { access: ['customs', 'admin'], action: 'import the tariff' },
        schema: {
          tags,
          summary: 'Import tariff and positive-list rows from CSV (customs, admin)',
          description:
            `Body: \`text/csv\` (UTF-8) with the header ${TARIFF_COLUMNS.join(',')}. Valid rows are written (or ` +
            'replace the rows with the same HS code) in one transaction; bad rows are reported by line and field. ' +
            '200 when every row was imported; 422 `tariff.rows_rejected` with the same report as `error.details` ' +
            'when some were rejected. With strict=true nothing is written unless every row is valid.',
          consumes: ['text/csv'],
          querystring: z.object({
            strict: z.enum(['true', 'false']).default('false').meta({ description: 'Import nothing unless all rows are valid' }),
          }),
          body: z.string().meta({ description: 'The CSV text' }),
          response: { 200: TariffImportReportView, 422: protectedErrors[400], ...protectedErrors },
        },
      },
      async (request) => {
        const report = importReportView(await tariff.importCsv(request.body, { strict: request.query.strict === 'true' }));
        request.log.info(
          { imported: report.imported, rejected: report.rejected, aborted: report.aborted },
          'tariff import',
        );
        if (report.errors.length > 0) throw new AppError('tariff.rows_rejected', report);
        return report;
      },
    );

    app.get(
      '/v1/tariff',
      {
        schema: {
          tags,
          summary: 'Tariff rows with the source of their figures, by HS code prefix, with keyset pagination',
          querystring: z.object({
            hsCode: z
              .string()
              .regex(HS_PREFIX, 'must be 2 to 10 digits')
              .optional()
              .meta({ description: 'HS code or prefix; a 10-digit code also finds the 8-digit row it falls under' }),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
            after: z.string().regex(HS_PREFIX).optional().meta({ description: 'Last hsCode of the previous page' }),
          }),
          response: {
            200: z.object({ items: z.array(TariffRowView), next: z.string().nullable() }),
            ...protectedErrors,
          },
        },
      },
      async (request) => {
        const { hsCode, limit, after } = request.query;
        const { rows } = await tariff.snapshot();
        const matches = (code: string) =>
          hsCode === undefined ||
          code.startsWith(hsCode) ||
          (hsCode.length === 10 && code.length === 8 && hsCode.startsWith(code));
        const items = [];
        for (const row of rows) {
          if (after !== undefined && row.hsCode <= after) continue;
          if (!matches(row.hsCode)) continue;
          items.push(tariffRowView(row));
          if (items.length > limit) break;
        }
        const page = items.slice(0, limit);
        return { items: page, next: items.length > limit ? (page.at(-1)?.hsCode ?? null) : null };
      },
    );
  };
