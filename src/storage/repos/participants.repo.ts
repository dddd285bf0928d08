import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../domain/participants/index.js';
import type {
  ApiKeyRecord,
  ApiKeyRepo,
  NewApiKey,
  NewParticipant,
  Participant,
  ParticipantPatch,
  ParticipantQuery,
  ParticipantRepo,
} from '../../ports/participants.port.js';
import type { ApiKeysTable, DatabaseSchema, ParticipantsTable } from '../schema.js';

export const toParticipant = (row: Selectable<ParticipantsTable>): Participant => ({
  id: row.id,
  role: row.role as Role,
  code: row.code,
  name: row.name,
  callbackUrl: row.callback_url,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

export function participantRepo(db: Kysely<DatabaseSchema>): ParticipantRepo {
  return {
    async insert(p: NewParticipant) {
      const rows = await db
        .insertInto('participants')
        .values({ id: p.id, role: p.role, code: p.code, name: p.name, callback_url: p.callbackUrl ?? null })
        .onConflict((oc) => oc.columns(['role', 'code']).doNothing())
        .returning('id')
        .execute();
      return rows.length === 1;
    },
    async byId(id) {
      const row = await db.selectFrom('participants').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toParticipant(row);
    },
    async byRoleAndCode(role, code) {
      const row = await db
        .selectFrom('participants')
        .selectAll()
        .where('role', '=', role)
        .where('code', '=', code)
        .executeTakeFirst();
      return row && toParticipant(row);
    },
    async list(query: ParticipantQuery) {
      let q = db.selectFrom('participants').selectAll().orderBy('id').limit(query.limit);
      if (query.role) q = q.where('role', '=', query.role);
      if (query.after) q = q.where('id', '>', query.after);
      return (await q.execute()).map(toParticipant);
    },
    async update(id, patch: ParticipantPatch) {
      const row = await db
        .updateTable('participants')
        .set({
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.callbackUrl !== undefined && { callback_url: patch.callbackUrl }),
          ...(patch.disabled !== undefined && { disabled_at: patch.disabled ? new Date() : null }),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toParticipant(row);
    },
    async count() {
      const row = await db
        .selectFrom('participants')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

const toApiKey = (row: Selectable<ApiKeysTable>): ApiKeyRecord => ({
  id: row.id,
  participantId: row.participant_id,
  prefix: row.prefix,
  secretHash: row.secret_hash,
  label: row.label,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

export function apiKeyRepo(db: Kysely<DatabaseSchema>): ApiKeyRepo {
  return {
    async insert(key: NewApiKey) {
      await db
        .insertInto('api_keys')
        .values({
          id: key.id,
          participant_id: key.participantId,
          prefix: key.prefix,
          secret_hash: key.secretHash,
          label: key.label ?? null,
        })
        .execute();
    },
    async byPrefix(prefix) {
      const row = await db.selectFrom('api_keys').selectAll().where('prefix', '=', prefix).executeTakeFirst();
      return row && toApiKey(row);
    },
    async listFor(participantId) {
      const rows = await db
        .selectFrom('api_keys')
        .selectAll()
        .where('participant_id', '=', participantId)
        .orderBy('id')
        .execute();
      return rows.map(toApiKey);
    },
    async revoke(participantId, keyId) {
      const result = await db
        .updateTable('api_keys')
        .set({ revoked_at: new Date() })
        .where('id', '=', keyId)
        .where('participant_id', '=', participantId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async touch(keyId, at) {
      await db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', keyId).execute();
    },
  };
}
