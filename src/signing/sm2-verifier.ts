import { sm2 } from 'sm-crypto-v2';
import { type NativeKeyHandle, type NativeVerifierKey, nativeSm2, referenceKey, sm2PairBytes, verifyReference } from './native-sm2.js';
import { type Sm2Pair, type Sm2Point, type Sm2PublicHex, sm2VerifyDigest } from './sm2.js';

/**
 * When an SM2 public key builds its precomputed multiplication tables: `eager` at once (native: ~1-2 ms and ~60 KB
 * per key, so a KeyStore or sender cache that loads keys eagerly has them ready; pure JS: ~50 ms, at first use),
 * `auto` from the key's second use (a one-shot CLI check does not pay for it), `never`.
 */
export type PrecomputePolicy = 'auto' | 'eager' | 'never';

/**
 * Which verifier checks the equations. `auto`: the native fast verifier when the addon is loaded, else pure JS.
 * `js`: sm-crypto-v2 (noble). `openssl`: OpenSSL EVP through the addon (the reference; throws without the addon).
 */
export type Sm2VerifyBackend = 'auto' | 'js' | 'openssl';

/** Per-key verification state: the native key handle and table, the pure-JS tables, and the reference handle. */
export class Sm2Verifier {
  readonly #publicHex: Sm2PublicHex;
  readonly #policy: PrecomputePolicy;
  #uses = 0;
  #point: Sm2Point | undefined;
  /** `null`: the addon refused the point (not on the curve), so nothing verifies against it. */
  #native: NativeVerifierKey | null | undefined;
  #nativeTable = false;
  #reference: NativeKeyHandle | null | undefined;

  constructor(publicHex: Sm2PublicHex, policy: PrecomputePolicy) {
    this.#publicHex = publicHex;
    this.#policy = policy;
    if (policy === 'eager' && nativeSm2) this.precompute();
  }

  /** Whether precomputed tables are built (native, or pure-JS for the `js` backend / without the addon). */
  get precomputed(): boolean {
    return this.#point !== undefined || this.#nativeTable;
  }

  /** Builds the tables of the verifier `auto` uses now (native when loaded, else pure JS). */
  precompute(): void {
    if (nativeSm2) {
      const handle = this.#nativeKey();
      if (handle && !this.#nativeTable) {
        nativeSm2.precompute(handle);
        this.#nativeTable = true;
      }
    } else if (!this.#point) {
      try {
        this.#point = sm2.precomputePublicKey(this.#publicHex);
      } catch {
        // not a point on the curve: nothing will verify against it
      }
    }
  }

  /** GB/T 32918.2 §7.1 on digest e; false for anything out of range, malformed or not verifying. */
  verify(e: Uint8Array, pair: Sm2Pair, backend: Sm2VerifyBackend = 'auto'): boolean {
    if (backend === 'openssl') {
      if (this.#reference === undefined) {
        if (!nativeSm2) return verifyReference(this.#publicHex, e, pair); // throws: the addon is not loaded
        try {
          this.#reference = referenceKey(this.#publicHex);
        } catch {
          this.#reference = null; // OpenSSL refuses the point
        }
      }
      return this.#reference !== null && verifyReference(this.#reference, e, pair);
    }
    this.#uses += 1;
    const wanted = this.#policy === 'eager' || (this.#policy === 'auto' && this.#uses >= 2);
    if (!nativeSm2 || backend === 'js') {
      if (!this.#point && wanted) {
        try {
          this.#point = sm2.precomputePublicKey(this.#publicHex);
        } catch {
          return false; // not a point on the curve
        }
      }
      return sm2VerifyDigest(e, pair, this.#point ?? this.#publicHex);
    }
    const handle = this.#nativeKey();
    const rs = sm2PairBytes(pair);
    if (!handle || !rs || e.length !== 32) return false;
    if (wanted && !this.#nativeTable) this.precompute();
    return nativeSm2.verifyDigest(handle, e, rs);
  }

  #nativeKey(): NativeVerifierKey | null {
    if (this.#native === undefined) {
      try {
        this.#native = nativeSm2?.verifierKey(Buffer.from(this.#publicHex, 'hex')) ?? null;
      } catch {
        this.#native = null;
      }
    }
    return this.#native;
  }
}
