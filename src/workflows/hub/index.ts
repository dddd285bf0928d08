import type { JobHandlers } from '../../jobs/job-handler.js';
import type { Store } from '../../ports/store.port.js';
import { cachedRegistry } from '../single-window/context.js';
import type { TariffService } from '../tariff/tariff-cache.js';
import { DEFAULT_HUB_POLICY, type HubConnectors, type HubContext, type HubPolicy } from './hub.context.js';
import { HUB_QUEUES } from './hub-queues.js';
import { PRODUCT_IMPORT_QUEUE, productImportStep } from './product-imports.js';
import { declareStep } from './steps/declare.step.js';
import { notifyStep } from './steps/notify.step.js';
import { paymentStep, paymentTimeoutStep } from './steps/payment.step.js';
import { paymentDeclarationStep } from './steps/payment-declaration.step.js';
import { preflightStep } from './steps/preflight.step.js';
import { receiptsStep } from './steps/receipts.step.js';
import { stockStep } from './steps/stock.step.js';
import { waybillStep } from './steps/waybill.step.js';

/**
 * The integration hub, wired: storefront order → deal → waybill → payment → pre-flight → declarations (311, 411,
 * 511, then 621; signed by each party's key) → receipts → release, with cancel, returns and status webhooks. Every
 * step is a durable job, enqueued in the transaction of the state change that calls for it.
 */
export interface Hub {
  readonly ctx: HubContext;
  readonly jobs: JobHandlers;
  /** Connects the worker to nudge after work is queued (the worker is made after its handlers). */
  setWake(wake: () => void): void;
}

export interface HubOptions {
  readonly store: Store;
  readonly tariff: TariffService;
  readonly connectors: HubConnectors;
  readonly policy?: Partial<HubPolicy>;
  readonly now?: () => Date;
  readonly wake?: () => void;
}

export function hubJobs(ctx: HubContext): JobHandlers {
  return {
    [HUB_QUEUES.waybill]: waybillStep(ctx),
    [HUB_QUEUES.payment]: paymentStep(ctx),
    [HUB_QUEUES.paymentTimeout]: paymentTimeoutStep(ctx),
    [HUB_QUEUES.preflight]: preflightStep(ctx),
    [HUB_QUEUES.paymentDeclare]: paymentDeclarationStep(ctx),
    [HUB_QUEUES.declare]: declareStep(ctx),
    [HUB_QUEUES.stock]: stockStep(ctx),
    [HUB_QUEUES.receipts]: receiptsStep(ctx),
    [HUB_QUEUES.notify]: notifyStep(ctx),
    [PRODUCT_IMPORT_QUEUE]: productImportStep(ctx),
  };
}

export function createHub(options: HubOptions): Hub {
  let wake = options.wake;
  const ctx: HubContext = {
    store: options.store,
    connectors: options.connectors,
    policy: { ...DEFAULT_HUB_POLICY, ...options.policy },
    now: options.now ?? (() => new Date()),
    tariff: () => options.tariff.lookup(),
    registry: cachedRegistry(options.store),
    wake: () => wake?.(),
  };
  return {
    ctx,
    jobs: hubJobs(ctx),
    setWake: (fn) => {
      wake = fn;
    },
  };
}

export { DEFAULT_HUB_POLICY, type HubConnectors, type HubContext, type HubPolicy } from './hub.context.js';
export { HUB_QUEUES } from './hub-queues.js';
