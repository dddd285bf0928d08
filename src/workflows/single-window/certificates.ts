import { AppError, isAppError } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids.js';
import type { CertificateRecord } from '../../ports/single-window.port.js';
import type { Store } from '../../ports/store.port.js';
import { loadVerificationKey } from '../../signing/index.js';

export interface CertificateInput {
  /** An X.509 certificate or a public key (SPKI), PEM. Private keys are refused: they never leave their owner. */
  readonly pem: string;
  /** The ds:KeyName the sender signs with; default: the certificate serial (hex), or the key fingerprint. */
  readonly keyName?: string;
}

/**
 * Registers a sender's signing certificate: the single window verifies that sender's messages against its live
 * certificates, by the KeyName each signature names.
 */
export async function registerCertificate(
  store: Store,
  participantId: string,
  input: CertificateInput,
): Promise<CertificateRecord> {
  if (/PRIVATE KEY-----/.test(input.pem)) {
    throw new AppError('certificate.invalid', { reason: 'a private key was sent; register the certificate or public key only', field: 'pem' });
  }
  let key: ReturnType<typeof loadVerificationKey>;
  try {
    key = loadVerificationKey(input.pem, input.keyName ? { keyName: input.keyName } : {});
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError('certificate.invalid', { reason: error.message, field: 'pem' }, { cause: error });
  }
  const keyName = input.keyName ?? key.keyName ?? key.fingerprint.slice(0, 32);
  const id = newId('crt');
  const added = await store.certificates.add({ id, participantId, keyName, algorithm: key.type, pem: input.pem.trim() });
  if (!added) throw new AppError('certificate.key_name_taken', { keyName, field: 'keyName' });
  const stored = (await store.certificates.listFor(participantId)).find((c) => c.id === id);
  if (!stored) throw new AppError('internal.unexpected', { step: 'certificate read-back' });
  return stored;
}
