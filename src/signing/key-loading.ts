import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { AppError } from '../kernel/errors/index.js';
import { parseCertificate, parsePrivateKeyInfo, parseSec1, parseSpki, type ParsedKey } from './key-structures.js';
import {
  type PrecomputePolicy,
  RsaPrivateKey,
  RsaPublicKey,
  Sm2PrivateKey,
  Sm2PublicKey,
  type SigningKey,
  type VerificationKey,
} from './keys.js';
import { type PemBlock, pemBlocks } from './pem.js';
import { isSm2PrivateScalar } from './sm2.js';

/**
 * Loading keys from PEM text:
 * - SM2 private keys: PKCS#8 `PRIVATE KEY` (as `openssl genpkey -algorithm SM2` or `-algorithm EC -pkeyopt
 *   ec_paramgen_curve:SM2` writes), SEC1 `EC PRIVATE KEY` / `SM2 PRIVATE KEY`, `ENCRYPTED PRIVATE KEY` (passphrase);
 * - SM2 public keys: SPKI `PUBLIC KEY` or an X.509 `CERTIFICATE` (the public point is taken from it);
 * - RSA keys and certificates through node:crypto.
 * A certificate found beside a private key (or given as `certificate`) is checked to belong to it; its serial
 * number becomes the default KeyName.
 */

export interface LoadSigningKeyOptions {
  readonly keyName?: string;
  /** PEM text or DER of the signer's X.509 certificate (embedded into ds:X509Data). */
  readonly certificate?: string | Uint8Array;
  readonly passphrase?: string;
  /** Where the PEM came from, for error messages (a path, never the content). */
  readonly source?: string;
}

export interface LoadVerificationKeyOptions {
  readonly keyName?: string;
  readonly source?: string;
  readonly precompute?: PrecomputePolicy;
}

const PRIVATE_LABELS = ['PRIVATE KEY', 'EC PRIVATE KEY', 'SM2 PRIVATE KEY', 'RSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'];
const PUBLIC_LABELS = ['CERTIFICATE', 'PUBLIC KEY', 'RSA PUBLIC KEY'];

function describeKey(parsed: ParsedKey): string {
  return parsed.kind === 'unsupported' ? parsed.description : parsed.kind;
}

function unreadable(source: string, reason: string, cause?: unknown): AppError {
  return new AppError('signing.key_unreadable', { source, reason }, { cause });
}

function asText(pem: string | Uint8Array): string {
  return typeof pem === 'string' ? pem : Buffer.from(pem).toString('latin1');
}

function certificateDer(certificate: string | Uint8Array, source: string): Buffer {
  if (typeof certificate !== 'string') {
    const text = Buffer.from(certificate).toString('latin1');
    return text.includes('-----BEGIN') ? certificateDer(text, source) : Buffer.from(certificate);
  }
  const block = pemBlocks(certificate).find((b) => b.label === 'CERTIFICATE');
  if (!block) throw unreadable(source, 'no CERTIFICATE block in the certificate PEM');
  return block.der;
}

/** Runs a parser; DER/format faults become `signing.key_unreadable`, coded errors pass through. */
function guarded<T>(source: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 200) : 'unknown format';
    throw unreadable(source, reason, error);
  }
}

function nodePrivateKey(block: PemBlock, passphrase: string | undefined): KeyObject {
  const needsPass = block.label === 'ENCRYPTED PRIVATE KEY' || block.headers['Proc-Type']?.includes('ENCRYPTED');
  if (needsPass && passphrase === undefined) throw new Error('the key is encrypted and no passphrase was given');
  return createPrivateKey({ key: block.text, format: 'pem', ...(passphrase === undefined ? {} : { passphrase }) });
}

/** PKCS#8/SEC1/encrypted PEM → structure. node:crypto is used only for RSA and for decrypting PKCS#8. */
function parsePrivateBlock(block: PemBlock, passphrase: string | undefined): ParsedKey {
  switch (block.label) {
    case 'PRIVATE KEY':
      return parsePrivateKeyInfo(block.der);
    case 'EC PRIVATE KEY':
    case 'SM2 PRIVATE KEY':
      return parseSec1(block.der, undefined);
    case 'RSA PRIVATE KEY':
      return { kind: 'rsa-private', key: nodePrivateKey(block, passphrase) };
    default: {
      const key = nodePrivateKey(block, passphrase);
      if (key.asymmetricKeyType === 'rsa') return { kind: 'rsa-private', key };
      // SM2 keys have no node key type; PKCS#8 export is safe for them (SEC1 export aborts the process).
      return parsePrivateKeyInfo(key.export({ format: 'der', type: 'pkcs8' }));
    }
  }
}

export function loadSigningKey(pem: string | Uint8Array, options: LoadSigningKeyOptions = {}): SigningKey {
  const source = options.source ?? 'the given PEM';
  const blocks = pemBlocks(asText(pem));
  const block = blocks.find((b) => PRIVATE_LABELS.includes(b.label));
  if (!block) throw unreadable(source, `no private key block (expected one of: ${PRIVATE_LABELS.join(', ')})`);
  const parsed = guarded(source, () => parsePrivateBlock(block, options.passphrase));
  const certBytes = options.certificate
    ? certificateDer(options.certificate, options.source ?? 'the given certificate')
    : blocks.find((b) => b.label === 'CERTIFICATE')?.der;
  const cert = certBytes ? guarded(source, () => parseCertificate(certBytes)) : undefined;
  const labels = { keyName: options.keyName ?? cert?.serialHex, certificate: certBytes };

  if (parsed.kind === 'sm2-private') {
    if (!isSm2PrivateScalar(BigInt(`0x${parsed.privateHex}`))) throw unreadable(source, 'SM2 private scalar out of range');
    const key = new Sm2PrivateKey(parsed.privateHex, labels);
    const publicHex = key.publicKey.publicHex;
    if (parsed.publicHex && parsed.publicHex !== publicHex) throw unreadable(source, 'embedded public key does not match');
    if (cert) {
      const certKey = guarded(source, () => parseSpki(cert.spki));
      if (certKey.kind !== 'sm2-public' || certKey.publicHex !== publicHex) {
        throw unreadable(source, 'the certificate does not belong to this private key');
      }
    }
    return key;
  }
  if (parsed.kind === 'rsa-private') {
    const publicKey = createPublicKey(parsed.key);
    if (cert) {
      const certPublic = createPublicKey({ key: Buffer.from(cert.spki), format: 'der', type: 'spki' });
      if (!certPublic.equals(publicKey)) throw unreadable(source, 'the certificate does not belong to this private key');
    }
    return new RsaPrivateKey(parsed.key, publicKey, labels);
  }
  throw new AppError('signing.key_unsupported', { source, keyType: describeKey(parsed) });
}

export function loadVerificationKey(pem: string | Uint8Array, options: LoadVerificationKeyOptions = {}): VerificationKey {
  const source = options.source ?? 'the given PEM';
  const blocks = pemBlocks(asText(pem));
  const block = blocks.find((b) => PUBLIC_LABELS.includes(b.label));
  if (!block) {
    if (blocks.some((b) => PRIVATE_LABELS.includes(b.label))) {
      const signing = loadSigningKey(pem, options);
      return verificationKeyOf(signing, options.precompute);
    }
    throw unreadable(source, `no public key block (expected one of: ${PUBLIC_LABELS.join(', ')})`);
  }
  return guarded(source, () => {
    const cert = block.label === 'CERTIFICATE' ? parseCertificate(block.der) : undefined;
    const labels = { keyName: options.keyName ?? cert?.serialHex, certificate: cert ? block.der : undefined };
    if (block.label === 'RSA PUBLIC KEY') return new RsaPublicKey(createPublicKey(block.text), labels);
    const parsed = parseSpki(cert ? cert.spki : block.der);
    if (parsed.kind === 'sm2-public') return new Sm2PublicKey(parsed.publicHex, labels, options.precompute);
    if (parsed.kind === 'rsa-public') return new RsaPublicKey(parsed.key, labels);
    throw new AppError('signing.key_unsupported', { source, keyType: describeKey(parsed) });
  });
}

/** The public half of a signing key, as a verification key with its own cache policy. */
export function verificationKeyOf(key: SigningKey, precompute: PrecomputePolicy = 'auto'): VerificationKey {
  const labels = { keyName: key.keyName, certificate: key.certificate };
  return key.type === 'sm2' ? key.publicKey.withLabels(labels, precompute) : key.publicKey.withLabels(labels);
}
