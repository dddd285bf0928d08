import type {
  CarrierConnector,
  PaymentConnector,
  SingleWindowConnector,
  StorefrontConnector,
  WarehouseConnector,
} from '../../connectors/sdk/index.js';
import { DEFAULT_MATCH_POLICY, type MatchPolicy } from '../../domain/matching/index.js';
import type { EnterpriseRegistry } from '../../domain/model/index.js';
import type { TariffLookup } from '../../domain/tax/index.js';
import { type BackoffPolicy, DEFAULT_BACKOFF } from '../../jobs/backoff.js';
import type { Connection, ConnectionKind, SigningKeySecret } from '../../ports/hub.port.js';
import type { Store } from '../../ports/store.port.js';

/**
 * The partners of a connection, built by the composition root from the connector registry (workflows never import
 * a concrete connector). Each call may return a cached instance for the same connection and settings.
 */
export interface HubConnectors {
  storefront(connection: Connection): StorefrontConnector;
  payment(connection: Connection): PaymentConnector;
  carrier(connection: Connection): CarrierConnector;
  warehouse(connection: Connection): WarehouseConnector;
  singleWindow(connection: Connection): SingleWindowConnector;
  /** A registered connector's settings check and secret fields; undefined when there is no such connector. */
  describe(kind: ConnectionKind, connectorId: string): ConnectorDescription | undefined;
  /** Throws `connection.invalid` when the key cannot sign (not a private key, unreadable PEM). */
  checkSigningKey(key: SigningKeySecret): void;
}

export interface ConnectorDescription {
  /** Dotted paths of the secret settings: write-only, never returned. */
  readonly secretFields: readonly string[];
  /** Throws `connector.settings_invalid` (naming fields, never values) when the settings do not validate. */
  validate(settings: unknown): void;
}

/**
 * How the hub runs its deals. Defaults: the single window's own matching policy (one rule set for pre-flight and
 * customs), 24 hours to wait for a payment notification, receipts pulled every second while any are expected,
 * steps and status webhooks retried with backoff up to 12 times (about an hour of partner outage).
 */
export interface HubPolicy {
  readonly match: MatchPolicy;
  readonly paymentWaitMs: number;
  readonly receiptPollMs: number;
  /** First delay of the payment-declaration status query; doubles up to `paymentQueryMaxMs`. */
  readonly paymentQueryMs: number;
  readonly paymentQueryMaxMs: number;
  /** How often the institution is asked before the deal waits for a person. */
  readonly paymentQueryAttempts: number;
  readonly webhook: { readonly backoff: BackoffPolicy; readonly maxAttempts: number };
  /** Attempts of a step whose partner stays unavailable before the deal waits for a person. */
  readonly stepAttempts: number;
  /**
   * Transport fields of the inventory (CEB621) the canonical model has no name for (trafMode, trafNo, voyageNo,
   * billNo, loctNo, wrapType): a deployment sets its carrier's; the defaults are placeholders of the right shape.
   */
  readonly transport: Readonly<Record<string, string>>;
}

export const DEFAULT_HUB_POLICY: HubPolicy = {
  match: DEFAULT_MATCH_POLICY,
  paymentWaitMs: 24 * 3_600_000,
  receiptPollMs: 1000,
  paymentQueryMs: 500,
  paymentQueryMaxMs: 60_000,
  paymentQueryAttempts: 30,
  webhook: { backoff: { ...DEFAULT_BACKOFF, baseMs: 2000 }, maxAttempts: 12 },
  stepAttempts: 12,
  transport: { trafMode: '5', trafNo: 'CA1234', voyageNo: 'CA1234', billNo: '999-12345675', loctNo: '292401', wrapType: '2' },
};

/** What the hub's workflows need: storage, partners, reference data, the clock and a way to nudge the worker. */
export interface HubContext {
  readonly store: Store;
  readonly connectors: HubConnectors;
  readonly policy: HubPolicy;
  readonly now: () => Date;
  readonly tariff: () => Promise<TariffLookup>;
  readonly registry: () => Promise<EnterpriseRegistry>;
  readonly wake: () => void;
}
