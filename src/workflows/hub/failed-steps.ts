import { redactText } from '../../connectors/sdk/index.js';
import type { OwnedJob } from '../../ports/jobs.port.js';
import { HUB_QUEUES } from './hub-queues.js';
import { PRODUCT_IMPORT_QUEUE } from './product-imports.js';
import type { HubStep } from './step-keys.js';

/** The steps a person sees, by queue: a stable key (the console translates it) and its English name. */
export const HUB_STEPS = {
  [HUB_QUEUES.waybill]: { step: 'waybill', name: 'Waybill from the carrier' },
  [HUB_QUEUES.payment]: { step: 'payment', name: 'Payment check' },
  [HUB_QUEUES.paymentTimeout]: { step: 'payment-timeout', name: 'Waiting for the payment' },
  [HUB_QUEUES.preflight]: { step: 'preflight', name: 'Pre-flight checks' },
  [HUB_QUEUES.paymentDeclare]: { step: 'payment-declare', name: 'Payment declaration' },
  [HUB_QUEUES.declare]: { step: 'declare', name: 'Customs declaration' },
  [HUB_QUEUES.stock]: { step: 'stock', name: 'Bonded stock' },
  [HUB_QUEUES.receipts]: { step: 'receipts', name: 'Customs receipts' },
  [HUB_QUEUES.notify]: { step: 'notify', name: 'Status webhook' },
  [PRODUCT_IMPORT_QUEUE]: { step: 'product-import', name: 'Product import' },
} as const satisfies Record<string, { step: HubStep; name: string }>;


const MAX_ERROR = 300;

/**
 * The last error of a job as a merchant may read it: its first line (no stack), the deal's buyer and consignee
 * strings removed, then ID numbers, phones, e-mails and personal XML redacted, and cut short.
 */
export function shownError(owned: OwnedJob): string | null {
  const raw = owned.job.lastError;
  if (raw === null) return null;
  let text = raw.split('\n', 1)[0] ?? '';
  for (const p of [...owned.personal].sort((a, b) => b.length - a.length)) {
    if (p.length >= 2) text = text.split(p).join('[redacted]');
  }
  text = redactText(text);
  return text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR - 1)}…` : text;
}

/** A failed or dead step of the hub as the merchant's list shows it. */
export function failedStepView(owned: OwnedJob) {
  const { job } = owned;
  const known = (HUB_STEPS as Readonly<Record<string, { step: HubStep; name: string }>>)[job.queue];
  return {
    id: job.id,
    dealId: owned.dealId,
    orderNo: owned.orderNo,
    queue: job.queue,
    step: known?.step ?? ('other' as HubStep),
    stepName: known?.name ?? job.queue,
    status: job.status === 'dead' ? ('dead' as const) : ('failed' as const),
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    lastError: shownError(owned),
    nextAttemptAt: job.status === 'dead' ? null : job.runAt.toISOString(),
    failedAt: job.updatedAt.toISOString(),
  };
}
