import { pino } from 'pino';
import type { HubPolicy } from '../../workflows/hub/index.js';
import type { SingleWindowPolicy } from '../../workflows/single-window/index.js';
import type { Config } from '../config.js';
import { type Platform, startPlatform } from '../platform.js';
import { DEMO_SECRETS, type HubWorld, setUpHubWorld } from './hub-world.js';
import { carrierRecords } from './carrier-records.js';
import { type StatusReceiver, startStatusReceiver } from './status-receiver.js';

/** The demo's waits, shortened: a missing payment is given up after 3 s, receipts are pulled every 150 ms. */
export const DEMO_HUB_POLICY: Partial<HubPolicy> = { paymentWaitMs: 3000, receiptPollMs: 150, paymentQueryMs: 100, paymentQueryMaxMs: 2000 };

export interface DemoHub {
  readonly platform: Platform;
  readonly world: HubWorld;
  readonly receiver: StatusReceiver;
  /** Consignee telephones the carrier records differently from the order (the consignee-phone flaw), by order. */
  readonly carrierPhones: Map<string, string>;
  close(): Promise<void>;
}

/**
 * The platform (API listening on a free port, worker, embedded single window, demo parties) with the demo
 * merchant's hub configured and a storefront endpoint receiving the status webhooks: what the demo and the hub's
 * end-to-end tests run on.
 */
export async function startDemoHub(
  config: Config,
  options: { readonly hubPolicy?: Partial<HubPolicy>; readonly singleWindowPolicy?: SingleWindowPolicy; readonly consoleDir?: string } = {},
): Promise<DemoHub> {
  const receiver = await startStatusReceiver(DEMO_SECRETS.notify);
  const carrierPhones = new Map<string, string>();
  let platform: Platform | undefined;
  try {
    platform = await startPlatform(config, pino({ level: 'silent' }), {
      hubPolicy: { ...DEMO_HUB_POLICY, ...options.hubPolicy },
      hubConnectors: carrierRecords(carrierPhones),
      ...(options.singleWindowPolicy && { singleWindowPolicy: options.singleWindowPolicy }),
      ...(options.consoleDir && { consoleDir: options.consoleDir }),
    });
    const world = await setUpHubWorld({ hub: platform.hub, baseUrl: platform.url, demoKeys: platform.demoKeys, notifyUrl: receiver.url });
    const p = platform;
    return {
      platform: p,
      world,
      receiver,
      carrierPhones,
      close: async () => {
        await world.close();
        await p.close();
        await receiver.close();
      },
    };
  } catch (error) {
    await platform?.close();
    await receiver.close();
    throw error;
  }
}
