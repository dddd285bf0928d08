import { createHash, type KeyObject, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { inspect } from 'node:util';
import { AppError } from '../kernel/errors/index.js';
import type { KeyType } from './algorithms.js';
import { type NativeKeyHandle, nativeSm2, sm2Pkcs8 } from './native-sm2.js';
import {
  decodeSm2Signature,
  encodeSm2Signature,
  isSm2PrivateScalar,
  SM2_DEFAULT_SIGNATURE_ENCODING,
  SM2_DEFAULT_USER_ID,
  type Sm2PublicHex,
  type Sm2SignatureEncoding,
  sm2MessageDigest,
  sm2PublicFromPrivate,
  sm2SignDigest,
  sm2Za,
} from './sm2.js';
import { type PrecomputePolicy, type Sm2VerifyBackend, Sm2Verifier } from './sm2-verifier.js';

export type { PrecomputePolicy, Sm2VerifyBackend } from './sm2-verifier.js';

/**
 * Key objects. Private material lives only in `#private` fields: it is invisible to `JSON.stringify`,
 * `util.inspect`/loggers and error details. `toJSON()` shows type, key name and a public fingerprint only.
 */

export interface KeyLabels {
  /** Written into / matched against ds:KeyName (the certificate serial number, per the spec). */
  readonly keyName?: string;
  /** DER X.509 certificate, written into ds:X509Data when signing. */
  readonly certificate?: Uint8Array;
}

export interface Sm2Options {
  /** Distinguishing identifier for Z_A; default `1234567812345678` (GM/T 0009). */
  readonly userId?: string;
}

export interface PublicKeyJson {
  readonly type: KeyType;
  readonly keyName?: string;
  readonly fingerprint: string;
}

function fingerprintOf(publicBytes: Uint8Array): string {
  return createHash('sha256').update(publicBytes).digest('hex').slice(0, 16);
}

export class Sm2PublicKey {
  readonly type = 'sm2' as const;
  readonly keyName: string | undefined;
  readonly certificate: Buffer | undefined;
  /** Uncompressed public point `04||x||y`, hex. Public data. */
  readonly publicHex: Sm2PublicHex;
  readonly fingerprint: string;
  readonly #policy: PrecomputePolicy;
  readonly #za = new Map<string, Buffer>();
  readonly #verifier: Sm2Verifier;

  constructor(publicHex: Sm2PublicHex, labels: KeyLabels = {}, policy: PrecomputePolicy = 'auto') {
    this.publicHex = publicHex.toLowerCase();
    this.keyName = labels.keyName;
    this.certificate = labels.certificate ? Buffer.from(labels.certificate) : undefined;
    this.fingerprint = fingerprintOf(Buffer.from(this.publicHex, 'hex'));
    this.#policy = policy;
    this.#verifier = new Sm2Verifier(this.publicHex, policy);
  }

  /** Z_A for this key, cached per user id. */
  za(userId: string = SM2_DEFAULT_USER_ID): Buffer {
    let z = this.#za.get(userId);
    if (!z) {
      z = sm2Za(this.publicHex, userId);
      if (this.#za.size < 8) this.#za.set(userId, z);
    }
    return z;
  }

  /**
   * Whether precomputed tables are built (for tests and benchmarks): the native verifier's when the addon is
   * loaded (built at construction under `eager`), else the pure-JS ones.
   */
  get precomputed(): boolean {
    return this.#verifier.precomputed;
  }

  /**
   * SM2 verification of `signature` over `message` (Z_A prepended and hashed with SM3 here). `backend` picks the
   * verifier (default `auto`: native when built, else pure JS; see Sm2VerifyBackend).
   */
  verify(
    message: Uint8Array,
    signature: Uint8Array,
    options: Sm2Options & { encoding?: Sm2SignatureEncoding | 'auto'; backend?: Sm2VerifyBackend } = {},
  ): boolean {
    const pair = decodeSm2Signature(signature, options.encoding ?? 'auto');
    if (!pair) return false;
    const e = sm2MessageDigest(this.za(options.userId), message);
    return this.#verifier.verify(e, pair, options.backend);
  }

  /** The same public key under other labels / cache policy (a fresh cache). */
  withLabels(labels: KeyLabels, policy: PrecomputePolicy = this.#policy): Sm2PublicKey {
    return new Sm2PublicKey(this.publicHex, labels, policy);
  }

  toJSON(): PublicKeyJson {
    return { type: this.type, keyName: this.keyName, fingerprint: this.fingerprint };
  }

  [inspect.custom](): string {
    return `Sm2PublicKey ${JSON.stringify(this.toJSON())}`;
  }
}

export class Sm2PrivateKey {
  readonly type = 'sm2' as const;
  readonly keyName: string | undefined;
  readonly certificate: Buffer | undefined;
  readonly publicKey: Sm2PublicKey;
  readonly #privateHex: string;
  #native: NativeKeyHandle | undefined;

  /** `privateHex`: the scalar d as 64 hex digits, in [1, n-2]; the public point is derived from it. */
  constructor(privateHex: string, labels: KeyLabels = {}) {
    if (!/^[0-9a-fA-F]{64}$/.test(privateHex) || !isSm2PrivateScalar(BigInt(`0x${privateHex}`))) {
      throw new AppError('signing.key_unreadable', { source: 'the given SM2 scalar', reason: 'not a valid SM2 private key' });
    }
    this.#privateHex = privateHex.toLowerCase();
    this.keyName = labels.keyName;
    this.certificate = labels.certificate ? Buffer.from(labels.certificate) : undefined;
    this.publicKey = new Sm2PublicKey(sm2PublicFromPrivate(this.#privateHex), labels, 'never');
  }

  /** SM2 signature over `message` (Z_A prepended and hashed with SM3 here). */
  sign(message: Uint8Array, options: Sm2Options & { encoding?: Sm2SignatureEncoding } = {}): Buffer {
    const e = sm2MessageDigest(this.publicKey.za(options.userId), message);
    const encoding = options.encoding ?? SM2_DEFAULT_SIGNATURE_ENCODING;
    if (nativeSm2) {
      this.#native ??= nativeSm2.privateKey(sm2Pkcs8(this.#privateHex, this.publicKey.publicHex));
      const der = nativeSm2.sign(this.#native, e);
      const pair = decodeSm2Signature(der, 'der');
      if (pair) return encodeSm2Signature(pair, encoding);
    }
    return encodeSm2Signature(sm2SignDigest(e, this.#privateHex), encoding);
  }

  toJSON(): PublicKeyJson & { private: true } {
    return { ...this.publicKey.toJSON(), keyName: this.keyName, private: true };
  }

  [inspect.custom](): string {
    return `Sm2PrivateKey ${JSON.stringify(this.toJSON())}`;
  }
}

export type RsaHash = 'sha1' | 'sha256';

export class RsaPublicKey {
  readonly type = 'rsa' as const;
  readonly keyName: string | undefined;
  readonly certificate: Buffer | undefined;
  readonly fingerprint: string;
  readonly modulusBits: number;
  readonly #key: KeyObject;

  constructor(key: KeyObject, labels: KeyLabels = {}) {
    this.#key = key;
    this.keyName = labels.keyName;
    this.certificate = labels.certificate ? Buffer.from(labels.certificate) : undefined;
    this.fingerprint = fingerprintOf(key.export({ format: 'der', type: 'spki' }));
    this.modulusBits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  }

  /** RSASSA-PKCS1-v1_5 verification. */
  verify(message: Uint8Array, signature: Uint8Array, hash: RsaHash): boolean {
    try {
      return nodeVerify(hash, message, this.#key, signature);
    } catch {
      return false;
    }
  }

  withLabels(labels: KeyLabels): RsaPublicKey {
    return new RsaPublicKey(this.#key, labels);
  }

  toJSON(): PublicKeyJson {
    return { type: this.type, keyName: this.keyName, fingerprint: this.fingerprint };
  }

  [inspect.custom](): string {
    return `RsaPublicKey ${JSON.stringify(this.toJSON())}`;
  }
}

export class RsaPrivateKey {
  readonly type = 'rsa' as const;
  readonly keyName: string | undefined;
  readonly certificate: Buffer | undefined;
  readonly publicKey: RsaPublicKey;
  readonly #key: KeyObject;

  constructor(key: KeyObject, publicKey: KeyObject, labels: KeyLabels = {}) {
    this.#key = key;
    this.keyName = labels.keyName;
    this.certificate = labels.certificate ? Buffer.from(labels.certificate) : undefined;
    this.publicKey = new RsaPublicKey(publicKey, labels);
  }

  /** RSASSA-PKCS1-v1_5 signature (the XML-DSig rsa-sha1 / rsa-sha256 methods). */
  sign(message: Uint8Array, hash: RsaHash): Buffer {
    return nodeSign(hash, message, this.#key);
  }

  toJSON(): PublicKeyJson & { private: true } {
    return { ...this.publicKey.toJSON(), keyName: this.keyName, private: true };
  }

  [inspect.custom](): string {
    return `RsaPrivateKey ${JSON.stringify(this.toJSON())}`;
  }
}

export type SigningKey = Sm2PrivateKey | RsaPrivateKey;
export type VerificationKey = Sm2PublicKey | RsaPublicKey;
