import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  Connection,
  ConnectionKind,
  ConnectionLinks,
  HubConnectionRepo,
  HubProductRepo,
  PositiveListStatus,
  Product,
  SenderRole,
  SigningKeySecret,
} from '../../../ports/hub.port.js';
import type { JsonObject } from '../../../ports/json.js';
import type { DatabaseSchema } from '../../schema.js';
import type { HubConnectionsTable, HubProductsTable } from '../../schema-hub.js';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

const toConnection = (r: Selectable<HubConnectionsTable>): Connection => ({
  id: r.id,
  participantId: r.participant_id,
  kind: r.kind as ConnectionKind,
  connectorId: r.connector_id,
  label: r.label,
  settings: r.settings as JsonObject,
  declaresAs: r.declares_as as SenderRole | null,
  signingKey: r.signing_key as unknown as SigningKeySecret | null,
  links: r.links as unknown as ConnectionLinks | null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  disabledAt: r.disabled_at,
});

export function hubConnectionRepo(db: Kysely<DatabaseSchema>): HubConnectionRepo {
  return {
    async insert(c) {
      const row = await db
        .insertInto('hub_connections')
        .values({
          id: c.id,
          participant_id: c.participantId,
          kind: c.kind,
          connector_id: c.connectorId,
          label: c.label,
          settings: JSON.stringify(c.settings),
          declares_as: c.declaresAs ?? null,
          signing_key: json(c.signingKey),
          links: json(c.links),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toConnection(row);
    },
    async byId(id) {
      const row = await db.selectFrom('hub_connections').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toConnection(row);
    },
    async list(q) {
      let query = db.selectFrom('hub_connections').selectAll().orderBy('id').limit(q.limit);
      if (q.participantId) query = query.where('participant_id', '=', q.participantId);
      if (q.kind) query = query.where('kind', '=', q.kind);
      if (!q.includeDisabled) query = query.where('disabled_at', 'is', null);
      if (q.after) query = query.where('id', '>', q.after);
      return (await query.execute()).map(toConnection);
    },
    async update(id, p) {
      const row = await db
        .updateTable('hub_connections')
        .set({
          updated_at: sql`now()`,
          ...(p.label !== undefined && { label: p.label }),
          ...(p.settings !== undefined && { settings: JSON.stringify(p.settings) }),
          ...(p.declaresAs !== undefined && { declares_as: p.declaresAs }),
          ...(p.signingKey !== undefined && { signing_key: json(p.signingKey) }),
          ...(p.links !== undefined && { links: json(p.links) }),
          ...(p.disabled !== undefined && { disabled_at: p.disabled ? sql`now()` : null }),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toConnection(row);
    },
  };
}

const toProduct = (r: Selectable<HubProductsTable>): Product => ({
  participantId: r.participant_id,
  sku: r.sku,
  name: r.name,
  hsCode: r.hs_code,
  originCountry: r.origin_country,
  declaredUnit: r.declared_unit,
  positiveList: r.positive_list as PositiveListStatus,
  model: r.model,
  barCode: r.bar_code,
  updatedAt: r.updated_at,
});

export function hubProductRepo(db: Kysely<DatabaseSchema>): HubProductRepo {
  return {
    async upsert(products) {
      if (products.length === 0) return;
      await db
        .insertInto('hub_products')
        .values(
          products.map((p) => ({
            participant_id: p.participantId,
            sku: p.sku,
            name: p.name,
            hs_code: p.hsCode,
            origin_country: p.originCountry,
            declared_unit: p.declaredUnit,
            positive_list: p.positiveList,
            model: p.model,
            bar_code: p.barCode,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['participant_id', 'sku']).doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            hs_code: eb.ref('excluded.hs_code'),
            origin_country: eb.ref('excluded.origin_country'),
            declared_unit: eb.ref('excluded.declared_unit'),
            positive_list: eb.ref('excluded.positive_list'),
            model: eb.ref('excluded.model'),
            bar_code: eb.ref('excluded.bar_code'),
            updated_at: sql`now()`,
          })),
        )
        .execute();
    },
    async bySkus(participantId, skus) {
      if (skus.length === 0) return [];
      const rows = await db
        .selectFrom('hub_products')
        .selectAll()
        .where('participant_id', '=', participantId)
        .where('sku', 'in', [...skus])
        .execute();
      return rows.map(toProduct);
    },
    async list({ participantId, limit, after, q: search }) {
      let q = db.selectFrom('hub_products').selectAll().where('participant_id', '=', participantId).orderBy('sku').limit(limit);
      if (after) q = q.where('sku', '>', after);
      if (search) {
        const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        q = q.where((eb) => eb.or([eb('sku', 'ilike', like), eb('name', 'ilike', like), eb('hs_code', 'like', like)]));
      }
      return (await q.execute()).map(toProduct);
    },
  };
}
