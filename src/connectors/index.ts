import { AppError } from '../kernel/errors/index.js';
import { s10PostCarrier } from './carrier-s10-post/connector.js';
import { customsDeclaringPayment } from './payment-customs-declaring/connector.js';
import { genericPayment } from './payment-generic/connector.js';
import {
  type CarrierConnector,
  type CarrierDeps,
  type ConnectorKind,
  type ConnectorMetadata,
  CONNECTOR_KINDS,
  type PaymentConnector,
  type PaymentDeps,
  type RegisteredConnector,
  type SingleWindowConnector,
  type SingleWindowDeps,
  type StorefrontConnector,
  type StorefrontDeps,
  secretPaths,
  settingsJsonSchema,
  type WarehouseConnector,
  type WarehouseDeps,
} from './sdk/index.js';
import { cebSingleWindow } from './single-window-ceb/connector.js';
import { genericJsonStorefront } from './storefront-generic-json/connector.js';
import { shopifyStorefront } from './storefront-shopify/connector.js';
import { bondedWarehouse } from './warehouse-bonded/connector.js';

/**
 * The connector registry: every connector Crossgate ships, by kind and id, with what the console shows (metadata,
 * the settings form as JSON Schema, which fields are secret) and a typed factory per kind for composition roots.
 * Connectors never import each other; only this file knows them all.
 */
export interface KindTypes {
  readonly storefront: { readonly deps: StorefrontDeps; readonly connector: StorefrontConnector };
  readonly payment: { readonly deps: PaymentDeps; readonly connector: PaymentConnector };
  readonly carrier: { readonly deps: CarrierDeps; readonly connector: CarrierConnector };
  readonly warehouse: { readonly deps: WarehouseDeps; readonly connector: WarehouseConnector };
  readonly 'single-window': { readonly deps: SingleWindowDeps; readonly connector: SingleWindowConnector };
}

export type RegisteredOf<K extends ConnectorKind> = RegisteredConnector<K, KindTypes[K]['deps'], KindTypes[K]['connector']>;

export const CONNECTORS: { readonly [K in ConnectorKind]: Readonly<Record<string, RegisteredOf<K>>> } = {
  storefront: { 'generic-json': genericJsonStorefront, shopify: shopifyStorefront },
  payment: { generic: genericPayment, 'customs-declaring': customsDeclaringPayment },
  carrier: { 's10-post': s10PostCarrier },
  warehouse: { 'bonded-warehouse': bondedWarehouse },
  'single-window': { 'ceb-single-window': cebSingleWindow },
};

/** One connector as the console lists it. */
export interface ConnectorListing extends ConnectorMetadata {
  /** `<kind>/<id>`. */
  readonly key: string;
  /** JSON Schema (2020-12, input side) of the settings: the console renders its form from it. */
  readonly settingsSchema: Readonly<Record<string, unknown>>;
  /** Dotted paths of the secret settings (write-only in the form, never shown back, redacted in logs). */
  readonly secretFields: readonly string[];
}

export function connectorCatalogue(kind?: ConnectorKind): ConnectorListing[] {
  return CONNECTOR_KINDS.filter((k) => kind === undefined || k === kind).flatMap((k) =>
    Object.values(CONNECTORS[k] as Readonly<Record<string, RegisteredConnector<ConnectorKind, unknown, unknown>>>).map((c) => ({
      ...c.metadata,
      key: `${c.metadata.kind}/${c.metadata.id}`,
      settingsSchema: settingsJsonSchema(c.settings),
      secretFields: secretPaths(c.settings),
    })),
  );
}

export function findConnector<K extends ConnectorKind>(kind: K, id: string): RegisteredOf<K> | undefined {
  const byId = CONNECTORS[kind] as Readonly<Record<string, RegisteredOf<K>>>;
  return Object.hasOwn(byId, id) ? byId[id] : undefined;
}

/**
 * Builds a connector from stored settings: `connector.unknown` when no such connector exists,
 * `connector.settings_invalid` when the settings do not validate (both thrown: configuration faults).
 */
export function createConnector<K extends ConnectorKind>(kind: K, id: string, settings: unknown, deps: KindTypes[K]['deps']): KindTypes[K]['connector'] {
  const found = findConnector(kind, id);
  if (!found) throw new AppError('connector.unknown', { kind, id });
  return found.fromSettings(settings, deps);
}

export * from './sdk/index.js';
export { s10PostCarrier, customsDeclaringPayment, genericPayment, cebSingleWindow, genericJsonStorefront, shopifyStorefront, bondedWarehouse };
