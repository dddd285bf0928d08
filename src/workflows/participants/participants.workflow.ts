import { participantCodeProblem, type Role } from '../../domain/participants/index.js';
import { AppError } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids.js';
import type { ApiKeyRecord, Participant } from '../../ports/participants.port.js';
import type { Store, StoreScope } from '../../ports/store.port.js';
import { mintKey, secretMatches, splitKey } from './api-key-secret.js';

export interface CreateParticipantInput {
  readonly role: Role;
  readonly code: string;
  readonly name: string;
  readonly callbackUrl?: string | null;
  /** Also issue a first API key (default true). */
  readonly withKey?: boolean;
}

export interface IssuedKey {
  readonly id: string;
  readonly participantId: string;
  readonly label: string | null;
  /** The plain key: shown once, never stored. */
  readonly key: string;
}

export interface CreatedParticipant {
  readonly participant: Participant;
  readonly apiKey?: IssuedKey;
}

async function issueKeyIn(tx: StoreScope, participantId: string, label: string | null): Promise<IssuedKey> {
  const minted = mintKey();
  const id = newId('key');
  await tx.apiKeys.insert({ id, participantId, prefix: minted.prefix, secretHash: minted.secretHash, label });
  return { id, participantId, label, key: minted.plain };
}

/** Registers a party of cross-border trade under its customs code, with a first API key. */
export async function createParticipant(store: Store, input: CreateParticipantInput): Promise<CreatedParticipant> {
  const problem = participantCodeProblem(input.role, input.code);
  if (problem) throw new AppError('participant.invalid_code', { code: input.code, reason: problem, field: 'code' });
  return store.transaction(async (tx) => {
    const id = newId('par');
    const inserted = await tx.participants.insert({
      id,
      role: input.role,
      code: input.code,
      name: input.name,
      callbackUrl: input.callbackUrl ?? null,
    });
    if (!inserted) throw new AppError('participant.code_taken', { code: input.code, role: input.role });
    const participant = await tx.participants.byId(id);
    if (!participant) throw new AppError('internal.unexpected', { step: 'participant read-back' });
    const apiKey = input.withKey === false ? undefined : await issueKeyIn(tx, id, 'initial');
    return apiKey ? { participant, apiKey } : { participant };
  });
}

export async function issueApiKey(store: Store, participantId: string, label: string | null): Promise<IssuedKey> {
  const participant = await store.participants.byId(participantId);
  if (!participant) throw new AppError('resource.not_found', { resource: 'participant', id: participantId });
  return store.transaction((tx) => issueKeyIn(tx, participantId, label));
}

export interface Principal {
  readonly participant: Participant;
  readonly keyId: string;
}

const TOUCH_INTERVAL_MS = 60_000;

/** Resolves a bearer key to its participant; undefined for unknown, wrong, revoked or disabled. */
export async function authenticate(store: Store, plainKey: string, now: Date): Promise<Principal | undefined> {
  const parts = splitKey(plainKey);
  if (!parts) return undefined;
  const record: ApiKeyRecord | undefined = await store.apiKeys.byPrefix(parts.prefix);
  if (!record || record.revokedAt || !secretMatches(parts.secret, record.secretHash)) return undefined;
  const participant = await store.participants.byId(record.participantId);
  if (!participant || participant.disabledAt) return undefined;
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await store.apiKeys.touch(record.id, now);
  }
  return { participant, keyId: record.id };
}
