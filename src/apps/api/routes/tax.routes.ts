import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TaxPolicy } from '../../../domain/tax/index.js';
import { AppError } from '../../../kernel/errors/index.js';
import type { TariffService } from '../../../workflows/tariff/tariff-cache.js';
import { quoteRequest } from '../../../workflows/tariff/tax-quote.js';
import { protectedErrors } from '../schemas.js';
import { QuoteRequestBody, TaxQuoteView, taxQuoteView } from '../tax.schemas.js';

export interface TaxRoutesOptions {
  readonly tariff: TariffService;
  readonly policy?: TaxPolicy;
}

/** The cross-border tax quote: computes, declares nothing, stores nothing. */
export const taxRoutes =
  ({ tariff, policy }: TaxRoutesOptions): FastifyPluginAsyncZod =>
  async (app) => {
    // Load the tariff before the first quote; a failure here is retried by that quote.
    app.addHook('onReady', async () => {
      await tariff.snapshot().catch((error: unknown) => app.log.warn({ err: error }, 'tariff not loaded yet'));
    });

    app.post(
      '/v1/tax/quote',
      {
        schema: {
          tags: ['tax'],
          summary: 'Quote the cross-border comprehensive tax of an order (any participant); declares nothing',
          description:
            'Channel cbec (within the limits: duty 0, VAT and consumption tax at 70%; or the single indivisible ' +
            'item at full rate), general (over the limits: MFN duty, VAT and consumption tax in full) or refused ' +
            '(identity, positive list, missing rates) with reasons. A refused quote is a 200 answer. Rates on an ' +
            'item override the tariff table. Money is yuan as strings with two decimals.',
          body: QuoteRequestBody,
          response: { 200: TaxQuoteView, ...protectedErrors },
        },
      },
      async (request) => {
        const lookup = await tariff.lookup();
        const outcome = quoteRequest(lookup, request.body, policy ? { policy } : {});
        if (!outcome.ok) {
          const issues = outcome.issues.map((i) => ({ field: `body.${i.field}`, message: i.message, code: i.code }));
          const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
          throw new AppError('request.validation', { summary, field: issues[0]?.field, issues });
        }
        return taxQuoteView(outcome.quote);
      },
    );
  };
