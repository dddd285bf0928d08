import type { Logger } from 'pino';
import { maintenanceHandler } from '../jobs/handlers/maintenance.js';
import type { JobHandlers } from '../jobs/job-handler.js';
import type { Store } from '../ports/store.port.js';
import { signMessage } from '../signing/index.js';
import { createHub, type Hub, type HubConnectors, type HubPolicy } from '../workflows/hub/index.js';
import { createSingleWindow, DEFAULT_SINGLE_WINDOW_POLICY, type SingleWindow, type SingleWindowPolicy } from '../workflows/single-window/index.js';
import { createTariffService, type TariffService } from '../workflows/tariff/tariff-cache.js';
import type { Config } from './config.js';
import { registryConnectors } from './hub-connectors.js';
import { type KeyFile, loadKey, loadOrCreateKey } from './key-dir.js';
import { applyPolicyFile } from './sw-policy-file.js';

export interface WorkflowOptions {
  /** Extra job handlers (later issues register theirs here). */
  readonly handlers?: JobHandlers;
  /** The single window's policy (default: the operator's policy file, else DEFAULT_SINGLE_WINDOW_POLICY). */
  readonly singleWindowPolicy?: SingleWindowPolicy;
  /** The integration hub's policy (default DEFAULT_HUB_POLICY); the demo and tests shorten its waits. */
  readonly hubPolicy?: Partial<HubPolicy>;
  /** Wraps the hub's partners (the demo simulates a carrier's own records with it). */
  readonly hubConnectors?: (connectors: HubConnectors) => HubConnectors;
  /**
   * Whether this process initialises the deployment and so may create the single window's signing key when the
   * key folder lacks it (the server's first start, `crossgate init`). Default false: a worker or any later process
   * refuses to start with `config.key_missing` rather than sign receipts with a key of its own.
   */
  readonly initialises?: boolean;
}

/** The workflows a Crossgate process runs, and every job handler they register. */
export interface PlatformWorkflows {
  readonly tariff: TariffService;
  readonly singleWindow: SingleWindow;
  readonly hub: Hub;
  /** Maintenance, single window, hub and the extra handlers: what any worker of this deployment must run. */
  readonly handlers: JobHandlers;
  /** Connects the worker the workflows nudge after queueing work (the worker is made after its handlers). */
  setWake(wake: () => void): void;
}

/**
 * The one place the workflows and their job handlers are built, from the configuration: used by the server's
 * in-process worker (`npm start`, `crossgate serve`) and by the standalone `crossgate worker`, so both run the
 * same handlers with the same policies and keys.
 */
export function createPlatformWorkflows(config: Config, store: Store, log: Logger, options: WorkflowOptions = {}): PlatformWorkflows {
  const tariff = createTariffService(store, {
    onRefreshError: (error) => log.warn({ err: error }, 'tariff reload failed; the previous copy stays in use'),
  });
  const swKey = singleWindowKey(config, options.initialises === true);
  const policy =
    options.singleWindowPolicy ??
    (config.swPolicyFile ? applyPolicyFile(DEFAULT_SINGLE_WINDOW_POLICY, config.swPolicyFile) : DEFAULT_SINGLE_WINDOW_POLICY);
  const singleWindow = createSingleWindow({
    store,
    tariff,
    policy: config.waitMinutes === undefined ? policy : { ...policy, match: { ...policy.match, waitMinutes: config.waitMinutes } },
    signer: (dxp) => signMessage(dxp, swKey.key),
    log: log.child({ component: 'single-window' }),
  });
  const connectors = registryConnectors({ store });
  const hub = createHub({
    store,
    tariff,
    connectors: options.hubConnectors?.(connectors) ?? connectors,
    ...(options.hubPolicy && { policy: options.hubPolicy }),
  });
  return {
    tariff,
    singleWindow,
    hub,
    handlers: { ...maintenanceHandler(), ...singleWindow.jobs, ...hub.jobs, ...options.handlers },
    setWake: (wake) => hub.setWake(wake),
  };
}

/** The single window's key file name and ds:KeyName in the key folder (CROSSGATE_KEY_DIR). */
export const SINGLE_WINDOW_KEY = { name: 'single-window', keyName: 'CROSSGATE-SW-01' } as const;

/** The single window's signing key: created when missing only by the process that initialises the deployment. */
export function singleWindowKey(config: Config, create: boolean): KeyFile {
  const { name, keyName } = SINGLE_WINDOW_KEY;
  return create ? loadOrCreateKey(config.keyDir, name, keyName) : loadKey(config.keyDir, name, keyName);
}
