import type { Role } from '../domain/participants/index.js';

export interface Participant {
  readonly id: string;
  readonly role: Role;
  readonly code: string;
  readonly name: string;
  readonly callbackUrl: string | null;
  readonly createdAt: Date;
  readonly disabledAt: Date | null;
}

export interface NewParticipant {
  readonly id: string;
  readonly role: Role;
  readonly code: string;
  readonly name: string;
  readonly callbackUrl?: string | null;
}

export interface ParticipantPatch {
  readonly name?: string;
  readonly callbackUrl?: string | null;
  readonly disabled?: boolean;
}

export interface ParticipantQuery {
  readonly role?: Role;
  readonly limit: number;
  /** Return participants whose id sorts after this one (keyset pagination). */
  readonly after?: string;
}

export interface ParticipantRepo {
  /** Inserts; returns false when (role, code) is already registered. */
  insert(participant: NewParticipant): Promise<boolean>;
  byId(id: string): Promise<Participant | undefined>;
  byRoleAndCode(role: Role, code: string): Promise<Participant | undefined>;
  list(query: ParticipantQuery): Promise<Participant[]>;
  update(id: string, patch: ParticipantPatch): Promise<Participant | undefined>;
  count(): Promise<number>;
}

export interface ApiKeyRecord {
  readonly id: string;
  readonly participantId: string;
  readonly prefix: string;
  readonly secretHash: string;
  readonly label: string | null;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface NewApiKey {
  readonly id: string;
  readonly participantId: string;
  readonly prefix: string;
  readonly secretHash: string;
  readonly label?: string | null;
}

export interface ApiKeyRepo {
  insert(key: NewApiKey): Promise<void>;
  byPrefix(prefix: string): Promise<ApiKeyRecord | undefined>;
  listFor(participantId: string): Promise<ApiKeyRecord[]>;
  /** Marks the key revoked; returns false if no such live key of that participant. */
  revoke(participantId: string, keyId: string): Promise<boolean>;
  touch(keyId: string, at: Date): Promise<void>;
}
