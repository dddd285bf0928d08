import type { Store } from '../../ports/store.port.js';
import { authenticate, type Principal } from './participants.workflow.js';

/**
 * Remembers who a bearer key belongs to for a few seconds, so a busy API does not read the key and the participant
 * on every request. Revoking a key or disabling a participant through this process clears it at once; through
 * another process it takes effect within `ttlMs`.
 */
export class PrincipalCache {
  readonly #entries = new Map<string, { principal: Principal; expires: number }>();

  constructor(
    private readonly store: Store,
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  async authenticate(plainKey: string, now: Date): Promise<Principal | undefined> {
    const hit = this.#entries.get(plainKey);
    if (hit && hit.expires > now.getTime()) return hit.principal;
    const principal = await authenticate(this.store, plainKey, now);
    if (principal) {
      if (this.#entries.size >= this.maxEntries) this.#entries.clear();
      this.#entries.set(plainKey, { principal, expires: now.getTime() + this.ttlMs });
    } else {
      this.#entries.delete(plainKey);
    }
    return principal;
  }

  clear(): void {
    this.#entries.clear();
  }
}
