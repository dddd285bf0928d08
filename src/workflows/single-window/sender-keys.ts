import type { Store } from '../../ports/store.port.js';
import { loadVerificationKey, type VerificationKey } from '../../signing/index.js';

interface Entry {
  readonly at: number;
  readonly keys: Promise<ReadonlyMap<string, VerificationKey>>;
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
    const cached = this.#cache.get(participantId);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.keys;
    const keys = this.#load(participantId);
    this.#cache.set(participantId, { at: Date.now(), keys });
    keys.catch(() => this.#cache.delete(participantId));
    return keys;
  }

  invalidate(participantId: string): void {
    this.#cache.delete(participantId);
  }

  async #load(participantId: string): Promise<ReadonlyMap<string, VerificationKey>> {
    const keys = new Map<string, VerificationKey>();
    for (const cert of await this.store.certificates.live(participantId)) {
      keys.set(cert.keyName, loadVerificationKey(cert.pem, { keyName: cert.keyName, precompute: 'eager' }));
    }
    return keys;
  }
}
