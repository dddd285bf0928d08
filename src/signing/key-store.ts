import { AppError } from '../kernel/errors/index.js';
import type { PublicKeyJson, VerificationKey } from './keys.js';

/**
 * Trusted verification keys by ds:KeyName. Each key keeps its own verifier cache (SM2 precomputed tables, built when
 * the key is loaded under the `eager` policy, as `loadKeyStore` does), so a store that lives as long as the process
 * verifies repeat senders at full speed. Pass `store.resolve` to
 * `verifyMessage`. A name can only ever map to one key (re-adding the same key under it is a no-op).
 */
export class KeyStore {
  readonly #keys = new Map<string, VerificationKey>();

  /** Registers `key` under its own keyName (if any) and under every extra name given. */
  add(key: VerificationKey, ...names: string[]): this {
    const all = new Set([...(key.keyName ? [key.keyName] : []), ...names]);
    if (all.size === 0) throw new AppError('signing.key_name_missing');
    for (const name of all) {
      const existing = this.#keys.get(name);
      if (existing && existing.fingerprint !== key.fingerprint) {
        throw new AppError('signing.key_store_invalid', { dir: '(memory)', reason: `two different keys are named ${name}` });
      }
      this.#keys.set(name, existing ?? key);
    }
    return this;
  }

  get(keyName: string): VerificationKey | undefined {
    return this.#keys.get(keyName);
  }

  /** Like `get`, but a missing key is an error. */
  require(keyName: string): VerificationKey {
    const key = this.#keys.get(keyName);
    if (!key) throw new AppError('signing.key_not_found', { keyName });
    return key;
  }

  /** A trust function for `verifyMessage`. */
  readonly resolve = (keyName: string): VerificationKey | undefined => this.#keys.get(keyName);

  get names(): string[] {
    return [...this.#keys.keys()].sort();
  }

  get size(): number {
    return this.#keys.size;
  }

  toJSON(): Array<PublicKeyJson & { names: string[] }> {
    const byKey = new Map<VerificationKey, string[]>();
    for (const [name, key] of this.#keys) byKey.set(key, [...(byKey.get(key) ?? []), name]);
    return [...byKey].map(([key, names]) => ({ ...key.toJSON(), names: names.sort() }));
  }
}
