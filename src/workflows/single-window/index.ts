import type { Logger } from 'pino';
import type { JobHandlers } from '../../jobs/job-handler.js';
import type { Store } from '../../ports/store.port.js';
import type { TariffService } from '../tariff/tariff-cache.js';
import { cachedRegistry, type SingleWindowContext } from './context.js';
import type { ReceiptSigner } from './deliver-receipt.js';
import { singleWindowJobs } from './jobs.js';
import { IntakePool, intakeThreadsFromEnv } from './intake-pool.js';
import { DEFAULT_SINGLE_WINDOW_POLICY, type SingleWindowPolicy } from './policy.js';
import { SenderKeys } from './sender-keys.js';

export interface SingleWindow {
  readonly ctx: SingleWindowContext;
  readonly senderKeys: SenderKeys;
  readonly jobs: JobHandlers;
  /** Stops the intake pool's threads (also done when the store closes). */
  close(): Promise<void>;
}

export interface SingleWindowOptions {
  readonly store: Store;
  readonly tariff: TariffService;
  readonly policy?: SingleWindowPolicy;
  readonly now?: () => Date;
  readonly signer?: ReceiptSigner;
  /** Where the single window reports what it recovered from. */
  readonly log?: Pick<Logger, 'warn'>;
  /**
   * Worker threads for the CPU-bound part of intake (XSD, decode, signature): 0 turns them off. Default
   * `CROSSGATE_INTAKE_THREADS`, else cores − 1 (at least 1); none when NODE_ENV is `test` unless set.
   */
  readonly intakeThreads?: number;
}

/** The reference single window, wired: its context for the API, its job handlers for the worker. */
export function createSingleWindow(options: SingleWindowOptions): SingleWindow {
  const threads = options.intakeThreads ?? intakeThreadsFromEnv();
  const log = options.log;
  const intakePool =
    threads > 0
      ? new IntakePool({
          threads,
          ...(log && { onLost: (lost) => log.warn(lost, 'an intake thread stopped; its messages are checked on the main thread and a new thread starts') }),
        })
      : undefined;
  if (intakePool) options.store.onClose?.(() => intakePool.close());
  const ctx: SingleWindowContext = {
    store: options.store,
    policy: options.policy ?? DEFAULT_SINGLE_WINDOW_POLICY,
    now: options.now ?? (() => new Date()),
    tariff: () => options.tariff.lookup(),
    registry: cachedRegistry(options.store),
    ...(intakePool && { intakePool }),
    ...(options.log && { log: options.log }),
  };
  return {
    ctx,
    senderKeys: new SenderKeys(options.store),
    jobs: singleWindowJobs(ctx, options.signer),
    close: async () => intakePool?.close(),
  };
}

export { DEFAULT_SINGLE_WINDOW_POLICY, type SingleWindowPolicy } from './policy.js';
export { decide, type OfficerAction } from './officer-actions.js';
export { receiveMessage, type IntakeResult } from './intake.js';
export { IntakePool, type IntakePoolStats, intakeThreadsFromEnv } from './intake-pool.js';
export { registerCertificate } from './certificates.js';
