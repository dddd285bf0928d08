import type { DeclarationInput, ReceiptMessage } from '../../../codecs/ceb/canonical/index.js';
import type { BaseDeps } from '../connector.js';
import type { ConnectorMetadata } from '../metadata.js';
import type { PartnerError, PartnerResult } from '../partner-result.js';

/**
 * A customs single window: Crossgate's own or any endpoint speaking the CEB standard over Crossgate's HTTP binding
 * (POST the signed XML, bare or in a DxpMsg; GET receipts after a cursor).
 */
export interface SingleWindowConnector {
  readonly metadata: ConnectorMetadata<'single-window'>;
  /** Writes (when canonical), signs, wraps (when configured) and sends one declaration. */
  submit(request: SubmitRequest): Promise<PartnerResult<Submission>>;
  /** Receipts addressed to this sender after `since` (a cursor from an earlier batch; start with `'0'`). */
  pullReceipts(since: string): Promise<PartnerResult<ReceiptBatch>>;
}

/**
 * A canonical declaration, or CEB XML already written (unsigned: the connector signs). A canonical declaration
 * without a root guid gets one derived from its documents' guids: submitting the same declaration again (after a
 * crash) is then the same message, which the single window recognises as a repeat.
 */
export type SubmitRequest = { readonly declaration: DeclarationInput } | { readonly xml: string };

export interface Submission {
  readonly messageId: string;
  readonly type: string;
  readonly guid: string;
  /** The single window had received this exact message before: nothing happened again. */
  readonly duplicate: boolean;
  readonly status: string;
  readonly envelope: 'bare' | 'dxp';
  /** The signed declaration as sent (inside the envelope when wrapped): evidence for the deal's record. */
  readonly signedXml: string;
}

export interface PulledReceipt {
  readonly seq: number;
  readonly id: string;
  readonly messageType: string;
  /** The single window's key of the document the receipt is about. */
  readonly docKey: string;
  readonly returnStatus: string;
  readonly returnInfo: string;
  readonly createdAt: string;
  /** The receipt XML read with the codecs (`readReceipt`); absent when it could not be read (see `problem`). */
  readonly message?: ReceiptMessage;
  readonly problem?: PartnerError;
  /** The receipt XML as the single window sent it (signed: evidence the hub keeps with the declaration). */
  readonly xml?: string;
}

export interface ReceiptBatch {
  /** Pass as `since` next time. */
  readonly next: string;
  readonly receipts: readonly PulledReceipt[];
}

/** Signs a CEB message (enveloped XML-DSig); the key stays with the caller (key custody is not the connector's). */
export type XmlSigner = (xml: string) => Promise<string>;

export interface SingleWindowDeps extends BaseDeps {
  readonly signer: XmlSigner;
}
