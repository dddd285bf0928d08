import { createConnector, type Fetch, findConnector, type ProductLookup, parseSettings, secretPaths } from '../connectors/index.js';
import { AppError, isAppError } from '../kernel/errors/index.js';
import type { Connection, ConnectionKind } from '../ports/hub.port.js';
import type { Store } from '../ports/store.port.js';
import { loadSigningKey, type SigningKey, signMessage } from '../signing/index.js';
import { storedWarehouseStock } from '../storage/repos/hub/index.js';
import type { HubConnectors } from '../workflows/hub/index.js';

export interface HubConnectorOptions {
  readonly store: Store;
  /** Default: the global fetch. */
  readonly fetch?: Fetch;
  readonly clock?: () => Date;
}

/**
 * The hub's partners from the connector registry: a connection's stored settings validated and turned into its
 * connector, with the durable ports the in-process partners need (waybill number ranges, bonded stock books), the
 * product registry for storefronts whose orders lack customs facts, and the party's signing key for the single
 * window. Instances are kept per connection until it changes.
 */
export function registryConnectors(options: HubConnectorOptions): HubConnectors {
  const { store } = options;
  const base = { ...(options.fetch && { fetch: options.fetch }), ...(options.clock && { clock: options.clock }) };
  const cache = new Map<string, { readonly stamp: number; readonly connector: unknown }>();
  const stock = storedWarehouseStock(store);

  function cached<T>(c: Connection, make: () => T): T {
    const stamp = c.updatedAt.getTime();
    const hit = cache.get(c.id);
    if (hit && hit.stamp === stamp) return hit.connector as T;
    const connector = make();
    cache.set(c.id, { stamp, connector });
    return connector;
  }

  const products =
    (participantId: string): ProductLookup =>
    async (sku) => {
      const [p] = await store.hubProducts.bySkus(participantId, [sku]);
      return p && { unit: p.declaredUnit, originCountry: p.originCountry, declaredName: p.name, ...(p.model !== null && { model: p.model }), ...(p.barCode !== null && { barCode: p.barCode }) };
    };

  function signingKeyOf(c: Connection): SigningKey {
    if (!c.signingKey) throw new AppError('connection.invalid', { reason: `connection ${c.id} holds no signing key` });
    return loadSigningKey(c.signingKey.pem, { keyName: c.signingKey.keyName, source: `connection ${c.id}` });
  }

  return {
    storefront: (c) => cached(c, () => createConnector('storefront', c.connectorId, c.settings, { ...base, products: products(c.participantId) })),
    payment: (c) => cached(c, () => createConnector('payment', c.connectorId, c.settings, base)),
    carrier: (c) => cached(c, () => createConnector('carrier', c.connectorId, c.settings, { ...base, numbers: store.hubWaybillNumbers })),
    warehouse: (c) => cached(c, () => createConnector('warehouse', c.connectorId, c.settings, { ...base, stock })),
    singleWindow: (c) =>
      cached(c, () => {
        const key = signingKeyOf(c);
        return createConnector('single-window', c.connectorId, c.settings, { ...base, signer: async (xml) => signMessage(xml, key) });
      }),
    describe(kind: ConnectionKind, connectorId: string) {
      const found = findConnector(kind, connectorId);
      if (!found) return undefined;
      return {
        secretFields: secretPaths(found.settings),
        validate: (settings: unknown) => void parseSettings(`${kind}/${connectorId}`, found.settings, settings),
      };
    },
    checkSigningKey(key) {
      try {
        loadSigningKey(key.pem, { keyName: key.keyName, source: 'the signing key given' });
      } catch (error) {
        const reason = isAppError(error) ? error.message : 'the PEM is not a private key Crossgate can sign with';
        throw new AppError('connection.invalid', { reason: `signingKey: ${reason}` });
      }
    },
  };
}
