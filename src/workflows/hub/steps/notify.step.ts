import type { OutboundWebhook } from '../../../connectors/sdk/index.js';
import type { JobHandler } from '../../../jobs/job-handler.js';
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

/**
 * Delivers one status webhook to the storefront (signed afresh at each attempt by the connector) and logs the
 * attempt: delivered; a retryable failure is tried again with exponential backoff, the next try's time in the log;
 * a permanent failure, or the last attempt of the series (`policy.webhook.maxAttempts` since the delivery began or
 * was replayed), leaves it failed for a person to replay.
 */
export function notifyStep(ctx: HubContext): JobHandler {
  return async (payload) => {
    const given = optionalField(payload, 'round');
    const round = typeof given === 'number' && Number.isInteger(given) && given > 0 ? given : 0;
    const delivery = await ctx.store.hubWebhooks.byId(field(payload, 'deliveryId'));
    if (delivery?.status !== 'pending') return;
    const connection = await cachedConnection(ctx.store, delivery.connectionId);
    if (!connection) return;
    const attempt = delivery.attempts + 1;
    const started = Date.now();
    const sent = await ctx.connectors.storefront(connection).deliver(delivery.webhook as unknown as OutboundWebhook);
    const at = ctx.now();
    const { maxAttempts, backoff } = ctx.policy.webhook;
    await ctx.store.transaction(async (tx) => {
      if (sent.ok) {
        await tx.hubWebhooks.recordAttempt(delivery.id, { attempt, at, statusCode: sent.value.status, error: null, durationMs: sent.value.durationMs }, { status: 'delivered', nextRetryAt: null });
        return;
      }
      const status = typeof sent.error.details?.['status'] === 'number' ? sent.error.details['status'] : null;
      const error = `${sent.error.code}: ${sent.error.message}`;
      const inSeries = attempt - round;
      const again = sent.error.disposition === 'retryable' && inSeries < maxAttempts;
      const delayMs = again ? retryDelayMs(backoff, inSeries, Math.random()) : 0;
      const next = again ? new Date(at.getTime() + delayMs) : null;
      await tx.hubWebhooks.recordAttempt(delivery.id, { attempt, at, statusCode: status, error, durationMs: Date.now() - started }, { status: again ? 'pending' : 'failed', nextRetryAt: next });
      if (again) {
        await tx.jobs.enqueue([notifyJob(delivery.id, { round, delayMs, dedupeKey: `notify:${delivery.id}:${attempt + 1}` })]);
      }
    });
  };
}
