/**
 * Signing and verification of customs (CEB) messages: enveloped XML-DSig with SM2/SM3 (2022 edition) or
 * RSA-SHA1/RSA-SHA256 (2018 edition), keys from PEM, a KeyStore of trusted keys.
 */
export {
  C14N_URI,
  DIGEST_METHODS,
  type DigestAlgorithm,
  ENVELOPED_SIGNATURE_URI,
  type KeyType,
  SIGNATURE_METHODS,
  type SignatureAlgorithm,
  XMLDSIG_NS,
} from './algorithms.js';
export { loadKeyStore, readSigningKeyFile, readVerificationKeyFile, type SigningKeyFileOptions } from './key-files.js';
export {
  type LoadSigningKeyOptions,
  type LoadVerificationKeyOptions,
  loadSigningKey,
  loadVerificationKey,
  verificationKeyOf,
} from './key-loading.js';
export { KeyStore } from './key-store.js';
export {
  type KeyLabels,
  type PrecomputePolicy,
  type PublicKeyJson,
  RsaPrivateKey,
  RsaPublicKey,
  type SigningKey,
  Sm2PrivateKey,
  Sm2PublicKey,
  type VerificationKey,
} from './keys.js';
export { removeSignature, type SignOptions, signMessage } from './sign.js';
export { SM2_DEFAULT_SIGNATURE_ENCODING, SM2_DEFAULT_USER_ID, type Sm2SignatureEncoding } from './sm2.js';
export {
  inspectSignature,
  type SignatureInspection,
  type TrustSource,
  type VerificationResult,
  type VerifyOptions,
  verifyMessage,
  verifyParsed,
} from './verify.js';
export { DEFAULT_MAX_MESSAGE_BYTES, type XmlLimits } from './xml-document.js';
