import type { XmlElement } from 'libxml2-wasm';
import { AppError } from '../kernel/errors/index.js';
import { CEB_NS, DXP_NS } from './algorithms.js';
import { childElements, isElement } from './xml-document.js';
import type { RootLayout } from './xml-scan.js';

/**
 * Which messages carry `ds:Signature` and where, per the official XSDs (2018 and 202205 editions alike):
 * import data messages and DXP envelopes: last child of the root (after ExtendMessage);
 * export data messages: after BaseTransfer/BaseSubscribe and **before** ExtendMessage.
 * Receipts and customs-issued messages (312, 622, 816, 900, 792, …) have no signature element in the XSD.
 */

const IMPORT_SIGNED = new Set(['311', '411', '511', '513', '621', '623', '625', '711']);
const EXPORT_SIGNED = new Set(['213', '215', '303', '403', '505', '507', '509', '603', '605', '607', '701']);
const DXP_SIGNED = new Set(['DxpMsg', 'DxpRep', 'DxpMsgSv']);

function cebCode(root: XmlElement): string | undefined {
  return root.namespaceUri === CEB_NS ? /^CEB(\d{3})Message$/.exec(root.name)?.[1] : undefined;
}

export function isExportMessage(root: XmlElement): boolean {
  return EXPORT_SIGNED.has(cebCode(root) ?? '');
}

/** Only the customs data messages and DXP envelopes whose XSD has a ds:Signature are signed. */
export function assertSignableRoot(root: XmlElement): void {
  const name = root.namespaceUri ? `{${root.namespaceUri}}${root.name}` : root.name;
  const code = cebCode(root);
  if (code !== undefined) {
    if (IMPORT_SIGNED.has(code) || EXPORT_SIGNED.has(code)) return;
    throw new AppError('signing.unsupported_message', { root: name, reason: 'its XSD has no ds:Signature (receipts and customs-issued messages are not signed)' });
  }
  if (root.namespaceUri === DXP_NS && DXP_SIGNED.has(root.name)) return;
  throw new AppError('signing.unsupported_message', { root: name, reason: 'it is not a customs (CEB) data message or DXP envelope' });
}

/** Index among the root's element children before which the signature goes; `undefined` = append. */
export function signatureChildIndex(root: XmlElement): number | undefined {
  if (!isExportMessage(root)) return undefined;
  const index = childElements(root).findIndex((child) => isElement(child, CEB_NS, 'ExtendMessage'));
  return index < 0 ? undefined : index;
}

/** Text offset for the signature, given the DOM decision and the scanned layout. */
export function insertionOffset(layout: RootLayout, childIndex: number | undefined): number {
  if (layout.endTagStart < 0) throw new AppError('signing.input_rejected', { reason: 'the root element is empty' });
  if (childIndex === undefined) return layout.endTagStart;
  const span = layout.children[childIndex];
  if (!span) throw new AppError('signing.malformed_xml', { reason: 'element layout could not be located in the text' });
  return span.start;
}
