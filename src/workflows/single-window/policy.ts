import type { OutgoingValidation } from '../../codecs/ceb/index.js';
import type { RiskRule } from '../../domain/clearance/index.js';
import { DEFAULT_MATCH_POLICY, type MatchPolicy } from '../../domain/matching/index.js';
import { DEFAULT_QUOTA_POLICY, type QuotaPolicy } from '../../domain/quota/index.js';

/**
 * How the reference single window behaves. Every limit, rate and rule is configuration; the defaults follow
 * shared/docs/rules.md and ceb-messages.md, and what those sources leave open is marked where it is set.
 */
export interface SingleWindowPolicy {
  /** Matching, tax (inside `match.tax`), limits and how long an inventory waits for its documents. */
  readonly match: MatchPolicy;
  readonly quota: QuotaPolicy;
  /** Risk rules picking manual review or inspection; none by default (no source prescribes any). */
  readonly risk: { readonly rules: readonly RiskRule[]; readonly seed: string };
  /**
   * Which declarations must be signed. `all` (default): every declaration, the safe rule of ceb-messages.md §5.1
   * ("always sign declarations") and rules.md A8; `xsd-required`: only where the XSD makes ds:Signature 1..1
   * (621, 623, 625, 711).
   */
  readonly signatures: 'all' | 'xsd-required';
  /** Release automatically once concluded (399 → 800) — customs releases cleared CBEC parcels without a person. */
  readonly autoRelease: boolean;
  /** Attempts to deliver a receipt to a callback URL before it is dead-lettered (it stays pullable). */
  readonly receiptDeliveryAttempts: number;
  /**
   * How the receipts customs writes (CEB312…626, 816, 900) are checked: `values` (production default) checks every
   * value against its XSD facets and occurrences before writing — the structure is the encoder's and the codec's
   * golden tests validate it against the official XSD; `xsd` validates each written document against the XSD
   * (about 0.5 ms a receipt), the default when NODE_ENV is `test`. See README.md.
   */
  readonly validateOutgoing: OutgoingValidation;
  /**
   * When accepted messages are processed: `inline` (default) in intake's own transaction, as one batch with the
   * other messages accepted at the same moment (a failure there undoes it and queues them instead); `queued` by the
   * worker, from a job per message (e.g. to keep API processes light and let worker processes do the processing).
   */
  readonly intakeProcessing: 'inline' | 'queued';
}

/** `xsd` under test (every receipt a test makes is proved valid), `values` otherwise. */
export function defaultOutgoingValidation(env: NodeJS.ProcessEnv = process.env): OutgoingValidation {
  return env['NODE_ENV'] === 'test' ? 'xsd' : 'values';
}

export const DEFAULT_SINGLE_WINDOW_POLICY: SingleWindowPolicy = {
  match: DEFAULT_MATCH_POLICY,
  quota: DEFAULT_QUOTA_POLICY,
  risk: { rules: [], seed: 'crossgate' },
  signatures: 'all',
  autoRelease: true,
  receiptDeliveryAttempts: 10,
  validateOutgoing: defaultOutgoingValidation(),
  intakeProcessing: 'inline',
};

/** Message types whose XSD requires the signature (ceb-messages.md §1.1). */
export const SIGNATURE_REQUIRED_BY_XSD: ReadonlySet<string> = new Set(['CEB621', 'CEB623', 'CEB625', 'CEB711']);

export function signatureRequired(policy: Pick<SingleWindowPolicy, 'signatures'>, messageType: string): boolean {
  return policy.signatures === 'all' || SIGNATURE_REQUIRED_BY_XSD.has(messageType);
}
