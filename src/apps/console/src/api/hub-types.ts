import type { z } from 'zod';
import type { ConnectionView, DeliveryView, ProductView } from '../../../api/hub.schemas.js';
import type { ImportRowErrorView, ProductImportView } from '../../../api/product-imports.schemas.js';

/** The hub's response shapes, inferred from the API's own zod schemas (types only). */
export type Product = z.infer<typeof ProductView>;
export type PositiveList = Product['positiveList'];
export type ProductImport = z.infer<typeof ProductImportView>;
export type ImportRowError = z.infer<typeof ImportRowErrorView>;
export type Connection = z.infer<typeof ConnectionView>;
export type ConnectionKind = Connection['kind'];
export type SenderRole = NonNullable<Connection['declaresAs']>;
export type Delivery = z.infer<typeof DeliveryView>;
export type DeliveryStatus = Delivery['status'];

export interface DeliveryAttempt {
  readonly attempt: number;
  readonly at: string;
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly durationMs: number | null;
}

export type DeliveryDetail = Delivery & { readonly attempts_log: DeliveryAttempt[] };

/** A JSON Schema node as `z.toJSONSchema` writes a connector's settings (the parts the form reads). */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  readonly description?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly writeOnly?: boolean;
  readonly 'x-secret'?: boolean;
}

/** One connector Crossgate ships (GET /v1/connectors). */
export interface Connector {
  readonly key: string;
  readonly id: string;
  readonly kind: ConnectionKind;
  readonly label: string;
  readonly description: string;
  readonly version: string;
  readonly capabilities: string[];
  readonly settingsSchema: JsonSchema;
  readonly secretFields: string[];
}

/** What the console sends to create (all) or change (the rest) a connection. */
export interface ConnectionDraft {
  readonly label: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly declaresAs?: SenderRole;
  readonly signingKey?: { readonly keyName: string; readonly pem: string };
}
