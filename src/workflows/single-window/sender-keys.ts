import type { Store } from '../../ports/store.port.js';
import { loadVerificationKey, type VerificationKey } from '../../signing/index.js';

/** A sender's live keys as PEM (what the intake pool's threads are given) and parsed by KeyName, on first use. */
export interface SenderKeySet {
  readonly pems: readonly { readonly keyName: string; readonly pem: string }[];
  key(keyName: string): VerificationKey | undefined;
}

interface Entry {
  readonly at: number;
  readonly set: Promise<SenderKeySet>;
}

/**
 * The verification keys of registered senders, by KeyName. Parsed once and kept (SM2 keys build precomputed
 * tables after a few uses, which makes verification several times faster), reloaded after `ttlMs` or when
 * `invalidate` is called for a participant whose certificates changed.
 */
export class SenderKeys {
  readonly #cache = new Map<string, Entry>();

  constructor(
    private readonly store: Store,
    private readonly ttlMs = 60_000,
  ) {}

  async forParticipant(participantId: string): Promise<ReadonlyMap<string, VerificationKey>> {
    const set = await this.entryFor(participantId);
    const keys = new Map<string, VerificationKey>();
    for (const { keyName } of set.pems) {
      const key = set.key(keyName);
      if (key) keys.set(keyName, key);
    }
    return keys;
  }

  /** The keys with their PEM; the main thread parses a key only when it verifies with it (pool threads parse their own). */
  entryFor(participantId: string): Promise<SenderKeySet> {
    const cached = this.#cache.get(participantId);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.set;
    const set = this.#load(participantId);
    this.#cache.set(participantId, { at: Date.now(), set });
    set.catch(() => this.#cache.delete(participantId));
    return set;
  }

  invalidate(participantId: string): void {
    this.#cache.delete(participantId);
  }

  async #load(participantId: string): Promise<SenderKeySet> {
    const pems = (await this.store.certificates.live(participantId)).map((cert) => ({ keyName: cert.keyName, pem: cert.pem }));
    const parsed = new Map<string, VerificationKey>();
    return {
      pems,
      key: (keyName) => {
        let key = parsed.get(keyName);
        const pem = key ? undefined : pems.find((p) => p.keyName === keyName)?.pem;
        if (pem !== undefined) {
          key = loadVerificationKey(pem, { keyName, precompute: 'eager' });
          parsed.set(keyName, key);
        }
        return key;
      },
    };
  }
}
