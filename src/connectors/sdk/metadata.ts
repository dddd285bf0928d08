/** The partner kinds Crossgate connects; one interface each (`sdk/kinds/*.ts`). */
export const CONNECTOR_KINDS = ['storefront', 'payment', 'carrier', 'warehouse', 'single-window'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

/** What each kind of connector may be able to do; a connector lists the ones it implements. */
export const CAPABILITIES = {
  storefront: ['order-webhook', 'signed-timestamp', 'status-webhook'],
  payment: ['payment-notification', 'customs-declaration', 'declaration-query'],
  carrier: ['waybill-allocation', 'label', 'tracking-webhook', 'delivery-status'],
  warehouse: ['stock-levels', 'reservation', 'release', 'return-to-stock'],
  'single-window': ['submit-bare', 'submit-dxp', 'pull-receipts'],
} as const satisfies Record<ConnectorKind, readonly string[]>;

export type CapabilityOf<K extends ConnectorKind> = (typeof CAPABILITIES)[K][number];

/**
 * What the registry and the console show about a connector (Karrio's plugin `METADATA`): who it talks to, what it
 * can do, and which real format it speaks with the documents that format comes from.
 */
export interface ConnectorMetadata<K extends ConnectorKind = ConnectorKind> {
  /** kebab-case, unique within its kind; `<kind>/<id>` names the connector everywhere (logs, errors). */
  readonly id: string;
  readonly kind: K;
  readonly label: string;
  readonly description: string;
  /** Semantic version of the connector (bump the major when its settings or output change incompatibly). */
  readonly version: string;
  readonly capabilities: readonly CapabilityOf<K>[];
  /** The partner format spoken, and where it is documented (public pages the mapping follows). */
  readonly speaks: { readonly format: string; readonly references: readonly string[] };
}

/** `<kind>/<id>`: the name a connector goes by in errors and logs. */
export const partnerName = (m: Pick<ConnectorMetadata, 'kind' | 'id'>): string => `${m.kind}/${m.id}`;

export const hasCapability = <K extends ConnectorKind>(m: ConnectorMetadata<K>, c: CapabilityOf<K>): boolean =>
  m.capabilities.includes(c);
