import type { OutboundWebhook } from '../../../connectors/sdk/index.js';
import type { JobHandler } from '../../../jobs/job-handler.js';
import { retryDelayMs } from '../../../jobs/backoff.js';
import type { HubContext } from '../hub.context.js';
import { HUB_QUEUES, stepJob } from '../hub-queues.js';
import { field } from './step-input.js';

/**
 * Delivers one status webhook to the storefront (signed afresh at each attempt by the connector) and logs the
 * attempt: delivered; a retryable failure is tried again with exponential backoff, the next try's time in the log;
 * a permanent failure, or the last attempt, leaves it failed for a person to replay.
 */
export function notifyStep(ctx: HubContext): JobHandler {
  return async (payload) => {
    const delivery = await ctx.store.hubWebhooks.byId(field(payload, 'deliveryId'));
    if (delivery?.status !== 'pending') return;
    const connection = await ctx.store.hubConnections.byId(delivery.connectionId);
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
      const again = sent.error.disposition === 'retryable' && attempt < maxAttempts;
      const delayMs = again ? retryDelayMs(backoff, attempt, Math.random()) : 0;
      const next = again ? new Date(at.getTime() + delayMs) : null;
      await tx.hubWebhooks.recordAttempt(delivery.id, { attempt, at, statusCode: status, error, durationMs: Date.now() - started }, { status: again ? 'pending' : 'failed', nextRetryAt: next });
      if (again) {
        await tx.jobs.enqueue([stepJob({ queue: HUB_QUEUES.notify, payload: { deliveryId: delivery.id } }, 3, { delayMs, dedupeKey: `notify:${delivery.id}:${attempt + 1}` })]);
      }
    });
    ctx.wake();
  };
}
