import type { OutboundWebhook } from '../../../connectors/sdk/index.js';
import { type JobHandler, withBatch } from '../../../jobs/job-handler.js';
import { settledWithin } from '../../../kernel/bounded.js';
import type { HubWebhookRepo } from '../../../ports/hub.port.js';
import type { NewJob } from '../../../ports/jobs.port.js';
import type { JsonValue } from '../../../ports/json.js';
import { retryDelayMs } from '../../../jobs/backoff.js';
import type { HubContext } from '../hub.context.js';
import { HUB_QUEUES, stepJob } from '../hub-queues.js';
import { field, optionalField } from './step-input.js';
import { cachedConnection } from '../connection-cache.js';

/**
 * The job delivering a status webhook. `round` is how many attempts the delivery had before this series began: 0
 * for the first delivery, the attempts so far for a person's replay, which gets the whole retry schedule again.
 */
export function notifyJob(deliveryId: string, options: { round?: number; delayMs?: number; dedupeKey?: string } = {}) {
  const round = options.round ?? 0;
  return stepJob({ queue: HUB_QUEUES.notify, payload: { deliveryId, ...(round > 0 && { round }) } }, 3, {
    ...(options.delayMs !== undefined && { delayMs: options.delayMs }),
    ...(options.dedupeKey !== undefined && { dedupeKey: options.dedupeKey }),
  });
}

/** Webhooks of one batch delivered at once, at most (to spare the storefronts' endpoints). */
const DELIVERIES_AT_ONCE = 16;

interface Due {
  readonly jobId: string;
  readonly deliveryId: string;
  readonly round: number;
}

function dueOf(jobId: string, payload: JsonValue): Due {
  const given = optionalField(payload, 'round');
  return { jobId, deliveryId: field(payload, 'deliveryId'), round: typeof given === 'number' && Number.isInteger(given) && given > 0 ? given : 0 };
}

/**
 * Delivers status webhooks to the storefronts (each signed afresh at each attempt by the connector) and logs the
 * attempts: delivered; a retryable failure is tried again with exponential backoff, the next try's time in the log;
 * a permanent failure, or the last attempt of the series (`policy.webhook.maxAttempts` since the delivery began or
 * was replayed), leaves it failed for a person to replay. A batch of jobs reads its deliveries in one statement,
 * sends them side by side and logs every attempt in one transaction.
 */
export function notifyStep(ctx: HubContext): JobHandler {
  async function deliverAll(due: readonly Due[]): Promise<void> {
    const deliveries = new Map((await ctx.store.hubWebhooks.byIds([...new Set(due.map((d) => d.deliveryId))])).map((d) => [d.id, d]));
    // one attempt per pending delivery, even when two of its jobs share the batch
    const todo = new Map<string, Due>();
    for (const d of due) if (deliveries.get(d.deliveryId)?.status === 'pending' && !todo.has(d.deliveryId)) todo.set(d.deliveryId, d);
    const outcomes = await settledWithin([...todo.values()], DELIVERIES_AT_ONCE, async (d) => {
      const delivery = deliveries.get(d.deliveryId);
      const connection = delivery && (await cachedConnection(ctx.store, delivery.connectionId));
      if (!delivery || !connection) return undefined;
      const started = Date.now();
      const sent = await ctx.connectors.storefront(connection).deliver(delivery.webhook as unknown as OutboundWebhook);
      return { d, attempt: delivery.attempts + 1, sent, durationMs: Date.now() - started };
    });
    const at = ctx.now();
    const { maxAttempts, backoff } = ctx.policy.webhook;
    const attempts: Parameters<HubWebhookRepo['recordAttempts']>[0][number][] = [];
    const retries: NewJob[] = [];
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') throw outcome.reason;
      if (!outcome.value) continue;
      const { d, attempt, sent, durationMs } = outcome.value;
      if (sent.ok) {
        attempts.push({ id: d.deliveryId, attempt: { attempt, at, statusCode: sent.value.status, error: null, durationMs: sent.value.durationMs }, outcome: { status: 'delivered', nextRetryAt: null } });
        continue;
      }
      const status = typeof sent.error.details?.['status'] === 'number' ? sent.error.details['status'] : null;
      const inSeries = attempt - d.round;
      const again = sent.error.disposition === 'retryable' && inSeries < maxAttempts;
      const delayMs = again ? retryDelayMs(backoff, inSeries, Math.random()) : 0;
      attempts.push({
        id: d.deliveryId,
        attempt: { attempt, at, statusCode: status, error: `${sent.error.code}: ${sent.error.message}`, durationMs },
        outcome: { status: again ? 'pending' : 'failed', nextRetryAt: again ? new Date(at.getTime() + delayMs) : null },
      });
      if (again) retries.push(notifyJob(d.deliveryId, { round: d.round, delayMs, dedupeKey: `notify:${d.deliveryId}:${attempt + 1}` }));
    }
    if (attempts.length === 0) return;
    await ctx.store.transaction(async (tx) => {
      await tx.hubWebhooks.recordAttempts(attempts);
      await tx.jobs.enqueue(retries);
    });
  }

  return withBatch(
    async (payload, { job }) => deliverAll([dueOf(job.id, payload)]),
    async (jobs) => {
      const failures = new Map<string, unknown>();
      const due: Due[] = [];
      for (const job of jobs) {
        try {
          due.push(dueOf(job.id, job.payload));
        } catch (error) {
          failures.set(job.id, error);
        }
      }
      try {
        await deliverAll(due);
      } catch (error) {
        for (const d of due) failures.set(d.jobId, error);
      }
      return failures;
    },
  );
}
