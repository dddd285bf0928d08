import type { JsonObject } from '../../ports/json.js';
import type { NewJob } from '../../ports/jobs.port.js';

/** The hub's job queues: one per step of the deal workflow (each a durable job, enqueued with the state change). */
export const HUB_QUEUES = {
  waybill: 'hub.waybill',
  payment: 'hub.payment',
  paymentTimeout: 'hub.payment-timeout',
  preflight: 'hub.preflight',
  paymentDeclare: 'hub.payment-declare',
  declare: 'hub.declare',
  stock: 'hub.stock',
  receipts: 'hub.receipts',
  notify: 'hub.notify',
} as const;

export type HubQueue = (typeof HUB_QUEUES)[keyof typeof HUB_QUEUES];

/** A step of a deal: its queue and payload (what a person's "resume" runs again). */
export interface StepRef {
  readonly queue: HubQueue;
  readonly payload: JsonObject;
}

/** The job of a step; `dedupeKey` makes enqueueing it twice (two steps racing to start it) have one effect. */
export function stepJob(step: StepRef, maxAttempts: number, options: { delayMs?: number; dedupeKey?: string } = {}): NewJob {
  return {
    queue: step.queue,
    payload: step.payload,
    maxAttempts,
    ...(options.delayMs !== undefined && { delayMs: options.delayMs }),
    ...(options.dedupeKey !== undefined && { dedupeKey: options.dedupeKey }),
  };
}
