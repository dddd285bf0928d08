import { Option } from 'commander';
import { AppError } from '../../../kernel/errors/index.js';
import { JOB_STATUSES, type JobStatus } from '../../../ports/jobs.port.js';
import { jobView } from '../../api/schemas.js';
import type { RegisterCommand } from '../command.js';
import { printJson, progress } from '../io.js';
import { withStore } from '../with-store.js';

export const registerJobs: RegisterCommand = (parent, ctx) => {
  const group = parent.command('jobs').description('Background jobs: inspect, and replay the dead-letter list');

  group
    .command('list')
    .description('List jobs (default: the dead-letter list)')
    .addOption(new Option('--status <status>', 'job status').choices(JOB_STATUSES).default('dead'))
    .option('--queue <queue>', 'only this queue')
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 100)
    .option('--json', 'print JSON')
    .action(async (opts: { status: JobStatus; queue?: string; limit: number; json?: boolean }) => {
      const { jobs, counts } = await withStore(ctx, async (store) => ({
        jobs: await store.jobs.list({ status: opts.status, limit: opts.limit, ...(opts.queue && { queue: opts.queue }) }),
        counts: await store.jobs.counts(),
      }));
      if (opts.json) return printJson(ctx.io, jobs.map(jobView));
      ctx.io.out(JOB_STATUSES.map((s) => `${s}: ${counts[s]}`).join('  '));
      for (const j of jobs) ctx.io.out(`${j.id}  ${j.queue}  attempts ${j.attempts}/${j.maxAttempts}  ${j.lastError ?? ''}`);
    });

  group
    .command('replay')
    .description('Send dead jobs back to the queue with a fresh attempt budget')
    .argument('[ids...]', 'job ids (job_…)')
    .option('--all-dead', 'replay every dead job (optionally of one --queue)')
    .option('--queue <queue>', 'with --all-dead: only this queue')
    .option('--json', 'print JSON')
    .action(async (ids: string[], opts: { allDead?: boolean; queue?: string; json?: boolean }) => {
      const replayed = await withStore(ctx, async (store) => {
        const targets = opts.allDead
          ? (await store.jobs.list({ status: 'dead', limit: 100_000, ...(opts.queue && { queue: opts.queue }) })).map(
              (j) => j.id,
            )
          : ids;
        const bar = progress(ctx.io, 'replay', targets.length, opts.json || targets.length < 50);
        const done: string[] = [];
        for (const id of targets) {
          const job = await store.jobs.replay(id);
          if (!job && !opts.allDead) {
            const found = await store.jobs.byId(id);
            throw found ? new AppError('job.not_dead', { id, status: found.status }) : new AppError('job.not_found', { id });
          }
          if (job) done.push(job.id);
          bar.tick();
        }
        bar.stop();
        return done;
      });
      if (opts.json) return printJson(ctx.io, { replayed });
      ctx.io.out(`Replayed ${replayed.length} job(s).`);
    });
};
