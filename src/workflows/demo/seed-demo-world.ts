import { readFileSync } from 'node:fs';
import type { Role } from '../../domain/participants/index.js';
import { isAppError } from '../../kernel/errors/index.js';
import type { Store } from '../../ports/store.port.js';
import { createParticipant, type IssuedKey } from '../participants/participants.workflow.js';
import { registerCertificate } from '../single-window/certificates.js';
import { importTariff } from '../tariff/import-tariff.js';

/** Demo tariff rows (src/ and dist/ sit at the same depth below the package root). */
export const DEMO_TARIFF_FILE = new URL('../../../resources/tariff/demo-tariff.csv', import.meta.url);

/**
 * The demo world seeded into an empty database: one party of each kind, coherent with each other (the merchant
 * sells on the platform, ships with the carrier, stores in the bonded warehouse, declares to the customs district).
 * Codes are fictitious: they have the shape of registered customs codes and belong to no real enterprise.
 */
export const DEMO_PARTIES: ReadonlyArray<{ role: Role; code: string; name: string }> = [
  { role: 'admin', code: 'admin', name: 'Crossgate administrator' },
  { role: 'customs', code: '2991', name: 'Demo customs district 示范海关 (sandbox)' },
  { role: 'ebp', code: '3301960001', name: 'Crossgate Demo Mall 示范跨境商城' },
  { role: 'ebc', code: '3301960002', name: 'Demo Merchant Trading Co. 示范商贸有限公司' },
  { role: 'payment', code: '3301960003', name: 'Demo Pay 示范支付' },
  { role: 'logistics', code: '3301960004', name: 'Demo Express 示范物流' },
  { role: 'warehouse', code: '3301960005', name: 'Demo Bonded Warehouse 示范保税仓' },
];

export interface DemoKey {
  readonly role: Role;
  readonly code: string;
  readonly name: string;
  readonly participantId: string;
  /** The API key. */
  readonly key: string;
  /** The private key file the party signs its customs messages with, and the KeyName it signs as. */
  readonly signingKey?: { readonly path: string; readonly keyName: string };
}

/** A party's message-signing key: where the private key is, and the public key the single window verifies with. */
export interface DemoSigningKey {
  readonly path: string;
  readonly keyName: string;
  readonly publicPem: string;
}

const SENDERS: ReadonlySet<Role> = new Set(['ebp', 'ebc', 'payment', 'logistics', 'warehouse']);

/** Seeds the demo tariff into an empty tariff, and the demo parties if the database has no participant yet; returns the keys issued, or [] if it did nothing. */
export async function seedDemoWorld(
  store: Store,
  signingKeyFor?: (party: { role: Role; code: string }) => DemoSigningKey,
): Promise<DemoKey[]> {
  if ((await store.tariff.count()) === 0) await importTariff(store, readFileSync(DEMO_TARIFF_FILE, 'utf8'));
  if ((await store.participants.count()) > 0) return [];
  const keys: DemoKey[] = [];
  for (const party of DEMO_PARTIES) {
    try {
      const created = await createParticipant(store, { ...party, withKey: true });
      const apiKey = created.apiKey as IssuedKey;
      const signing = signingKeyFor && SENDERS.has(party.role) ? signingKeyFor(party) : undefined;
      if (signing) {
        await registerCertificate(store, created.participant.id, { pem: signing.publicPem, keyName: signing.keyName });
      }
      keys.push({
        ...party,
        participantId: created.participant.id,
        key: apiKey.key,
        ...(signing && { signingKey: { path: signing.path, keyName: signing.keyName } }),
      });
    } catch (error) {
      // another process seeded the same party first (two servers starting on one PostgreSQL)
      if (isAppError(error) && error.code === 'participant.code_taken') continue;
      throw error;
    }
  }
  return keys;
}
