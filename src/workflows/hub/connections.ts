import { AppError } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids.js';
import type { Connection, ConnectionKind, ConnectionLinks, SenderRole, SigningKeySecret } from '../../ports/hub.port.js';
import type { JsonObject, JsonValue } from '../../ports/json.js';
import type { HubContext } from './hub.context.js';
import { forgetConnection } from './connection-cache.js';

/**
 * The connectors a participant configured. Settings are validated by the connector's own schema; secrets (the
 * connector's secret fields, the signing key) are stored, accepted on write, and never returned: a view names
 * which are set. An update may leave secrets out to keep them.
 */
export interface ConnectionInput {
  readonly kind: ConnectionKind;
  readonly connectorId: string;
  readonly label: string;
  readonly settings: JsonObject;
  readonly declaresAs?: SenderRole | null;
  readonly signingKey?: SigningKeySecret | null;
  readonly links?: ConnectionLinks | null;
}

export type ConnectionUpdate = Partial<Omit<ConnectionInput, 'kind' | 'connectorId'>> & { readonly disabled?: boolean };

const invalid = (reason: string) => new AppError('connection.invalid', { reason });

function describe(ctx: HubContext, kind: ConnectionKind, connectorId: string) {
  const d = ctx.connectors.describe(kind, connectorId);
  if (!d) throw new AppError('connector.unknown', { kind, id: connectorId });
  return d;
}

async function checkLinks(ctx: HubContext, participantId: string, links: ConnectionLinks): Promise<void> {
  const ids: [string, ConnectionKind][] = [
    ...(['payment', 'carrier', 'warehouse'] as const).flatMap((k): [string, ConnectionKind][] => (links[k] ? [[links[k] as string, k]] : [])),
    ...Object.values(links.singleWindow ?? {}).map((id): [string, ConnectionKind] => [id, 'single-window']),
  ];
  for (const [id, kind] of ids) {
    const c = await ctx.store.hubConnections.byId(id);
    if (!c || c.participantId !== participantId || c.kind !== kind) throw invalid(`links: ${id} is not one of your ${kind} connections`);
  }
}

async function check(ctx: HubContext, participantId: string, c: ConnectionInput): Promise<void> {
  describe(ctx, c.kind, c.connectorId).validate(c.settings);
  if (c.kind === 'single-window') {
    if (!c.declaresAs) throw invalid('a single-window connection says which party it declares as (declaresAs)');
    if (!c.signingKey) throw invalid('a single-window connection needs the signing key of the party it declares as (signingKey)');
  } else if (c.declaresAs || c.signingKey) {
    throw invalid('only single-window connections declare as a party with a signing key');
  }
  if (c.signingKey) ctx.connectors.checkSigningKey(c.signingKey);
  if (c.links) {
    if (c.kind !== 'storefront') throw invalid('only a storefront connection links the connections its deals use');
    await checkLinks(ctx, participantId, c.links);
  }
}

export async function createConnection(ctx: HubContext, participantId: string, input: ConnectionInput): Promise<Connection> {
  await check(ctx, participantId, input);
  const created = await ctx.store.hubConnections.insert({ id: newId('con'), participantId, ...input });
  forgetConnection(ctx.store, created.id, participantId);
  return created;
}

export async function updateConnection(ctx: HubContext, existing: Connection, update: ConnectionUpdate): Promise<Connection> {
  const merged: ConnectionInput = {
    kind: existing.kind,
    connectorId: existing.connectorId,
    label: update.label ?? existing.label,
    settings: { ...existing.settings, ...update.settings },
    declaresAs: update.declaresAs === undefined ? existing.declaresAs : update.declaresAs,
    signingKey: update.signingKey === undefined ? existing.signingKey : update.signingKey,
    links: update.links === undefined ? existing.links : update.links,
  };
  await check(ctx, existing.participantId, merged);
  const updated = await ctx.store.hubConnections.update(existing.id, {
    label: merged.label,
    settings: merged.settings,
    ...(update.declaresAs !== undefined && { declaresAs: update.declaresAs }),
    ...(update.signingKey !== undefined && { signingKey: update.signingKey }),
    ...(update.links !== undefined && { links: update.links }),
    ...(update.disabled !== undefined && { disabled: update.disabled }),
  });
  forgetConnection(ctx.store, existing.id, existing.participantId);
  if (!updated) throw new AppError('connection.not_found', { id: existing.id });
  return updated;
}

/** Disables a connection: its deals keep their history, no new step uses it. */
export async function disableConnection(ctx: HubContext, existing: Connection): Promise<Connection> {
  const updated = await ctx.store.hubConnections.update(existing.id, { disabled: true });
  forgetConnection(ctx.store, existing.id, existing.participantId);
  return updated ?? existing;
}

function withoutPath(value: JsonObject, path: readonly string[]): [JsonObject, boolean] {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(value, head)) return [value, false];
  const { [head]: inner, ...others } = value;
  if (rest.length === 0) return [others, true];
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return [value, false];
  const [stripped, found] = withoutPath(inner as JsonObject, rest);
  return [{ ...others, [head]: stripped as JsonValue }, found];
}

/** A connection as the API shows it: settings without their secrets, and which secrets are set. */
export function connectionView(ctx: HubContext, c: Connection) {
  const secretFields = ctx.connectors.describe(c.kind, c.connectorId)?.secretFields ?? [];
  let settings = c.settings;
  const secretsSet: string[] = [];
  for (const path of secretFields) {
    const [stripped, found] = withoutPath(settings, path.split('.'));
    settings = stripped;
    if (found) secretsSet.push(path);
  }
  return {
    id: c.id,
    kind: c.kind,
    connectorId: c.connectorId,
    label: c.label,
    settings,
    secretsSet,
    declaresAs: c.declaresAs,
    signingKey: c.signingKey ? { keyName: c.signingKey.keyName, set: true } : null,
    links: c.links,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    disabled: c.disabledAt !== null,
  };
}
