import { InvalidArgumentError } from 'commander';
import { DEAL_FLAWS } from '../../../workflows/demo/synthetic-deal.js';
import { type DemoSummary, runDemo } from '../../demo/demo-run.js';
import type { RegisterCommand } from '../command.js';
import { printJson, progress } from '../io.js';

const count = (v: string) => {
  const n = Number.parseInt(v, 10);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new InvalidArgumentError('a whole number from 1 to 1000000');
  return n;
};

/** 0.1, or 10% */
const share = (v: string) => {
  const n = v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('a share from 0 to 1 (or 0% to 100%)');
  return n;
};

function report(s: DemoSummary): string[] {
  const stopped = Object.values(s.rejected).reduce((a, n) => a + n, 0);
  const causes = Object.entries(s.rejected).sort((a, b) => b[1] - a[1]);
  const planted = Object.entries(s.flaws.planted).map(([f, n]) => `${f} ${n}`).join(', ');
  return [
    `orders     ${s.orders}`,
    `released   ${s.released}`,
    `rejected   ${stopped}${causes.length ? ' by cause:' : ''}`,
    ...causes.map(([cause, n]) => `  ${cause.padEnd(34)} ${n}`),
    `tax total  ¥${s.taxTotal} (customs' e-tax bills of the released deals)`,
    `time       ${s.seconds} s (${(s.orders / Math.max(s.seconds, 0.001)).toFixed(1)} orders/s)`,
    `storefront ${s.storefront.webhooks} signed status webhooks received, ${s.storefront.refused} refused; ${s.storefront.dealsInformed} deals told their outcome`,
    ...(planted ? [`flaws      planted: ${planted}; ${s.flaws.stopped} of those deals stopped`] : []),
  ];
}

export const registerDemo: RegisterCommand = (parent, ctx) => {
  parent
    .command('demo')
    .description('Run synthetic deals from signed storefront webhooks through the hub and the embedded single window to release')
    .option('--orders <n>', 'how many orders', count, 100)
    .option('--inconsistent <share>', `share of deals made inconsistent, one of: ${DEAL_FLAWS.join(', ')} (0.1 or 10%)`, share, 0)
    .option('--format <format>', 'storefront webhooks: mixed (generic JSON and Shopify), generic or shopify', 'mixed')
    .option('--seed <n>', 'which deals are inconsistent (the same seed, the same deals)', count, 1)
    .option('--json', 'print {"orders","released","rejected":{CAUSE:count},"taxTotal","seconds"}')
    .action(async (opts: { orders: number; inconsistent: number; format: string; seed: number; json?: boolean }) => {
      if (!['mixed', 'generic', 'shopify'].includes(opts.format)) throw new InvalidArgumentError('--format: mixed, generic or shopify');
      if (!opts.json) ctx.io.err(`demo: ${opts.orders} orders, ${Math.round(opts.inconsistent * 100)}% inconsistent, on a throwaway embedded database`);
      const bar = progress(ctx.io, 'deals', opts.orders, Boolean(opts.json));
      let shown = 0;
      const summary = await runDemo({
        orders: opts.orders,
        inconsistent: opts.inconsistent,
        format: opts.format as 'mixed' | 'generic' | 'shopify',
        seed: opts.seed,
        onProgress: (done) => {
          if (done > shown) bar.tick(done - shown);
          shown = Math.max(shown, done);
        },
      });
      bar.stop();
      if (opts.json) {
        return printJson(ctx.io, { orders: summary.orders, released: summary.released, rejected: summary.rejected, taxTotal: summary.taxTotal, seconds: summary.seconds });
      }
      for (const line of report(summary)) ctx.io.out(line);
    });
};
