import type { z } from 'zod';
import type { HttpExchange, Fetch } from './http-client.js';
import type { ConnectorKind, ConnectorMetadata } from './metadata.js';
import { parseSettings } from './settings.js';

/** What every connector may be given by the composition root; kinds add their own ports (see `kinds/*.ts`). */
export interface BaseDeps {
  /** The clock; tests pass a fixed one. Default: the system clock. */
  readonly clock?: () => Date;
  /** Default: the global `fetch`. */
  readonly fetch?: Fetch;
  /** Receives every HTTP exchange with the partner, already redacted: the workflow's trace of partner calls. */
  readonly log?: (exchange: HttpExchange) => void;
}

export type SettingsSchema = z.ZodObject<z.ZodRawShape>;

/**
 * A connector as the registry knows it: metadata, the settings schema, and a factory. `create` takes settings
 * already validated; `fromSettings` validates raw (stored) settings first and throws `connector.settings_invalid`.
 */
export interface ConnectorDefinition<K extends ConnectorKind, S extends SettingsSchema, D, C> {
  readonly metadata: ConnectorMetadata<K>;
  readonly settings: S;
  create(settings: z.output<S>, deps: D): C;
  fromSettings(raw: unknown, deps: D): C;
}

/** The registry's view of a connector of kind K: what it is, its settings schema, and how to build it. */
export interface RegisteredConnector<K extends ConnectorKind, D, C> {
  readonly metadata: ConnectorMetadata<K>;
  readonly settings: SettingsSchema;
  fromSettings(raw: unknown, deps: D): C;
}

export function defineConnector<K extends ConnectorKind, S extends SettingsSchema, D, C>(definition: {
  readonly metadata: ConnectorMetadata<K>;
  readonly settings: S;
  create(settings: z.output<S>, deps: D): C;
}): ConnectorDefinition<K, S, D, C> {
  const name = `${definition.metadata.kind}/${definition.metadata.id}`;
  return {
    ...definition,
    fromSettings: (raw, deps) => definition.create(parseSettings(name, definition.settings, raw), deps),
  };
}

export const clockOf = (deps: BaseDeps): (() => Date) => deps.clock ?? (() => new Date());
