import { PLACEHOLDER_SIGNATURE } from '../codec/placeholder-signature.js';
import { messageDef } from '../registry.js';
import { type Edition, NAMESPACES } from '../schema-model.js';
import { childElements, parseTree } from '../xml/tree.js';

/**
 * Reading a declaration whose XSD-required `ds:Signature` is still missing — the signer input `writeDeclaration`
 * gives for CEB621/623/625/711. The official XSD would reject it for that alone, so the placeholder signature
 * (dummy values, never a signature) stands in while everything else is validated; the result says
 * `signed: false`. Import messages put the signature last, just before the root end tag.
 */

export function requiresSignature(type: string, edition: Edition): boolean {
  const def = messageDef(type, edition);
  return def?.root.type.children.some((c) => c.type.kind === 'rawElement' && c.min > 0) ?? false;
}

function hasSignature(text: string): boolean {
  try {
    return childElements(parseTree(text)).some((c) => c.uri === NAMESPACES.ds && c.local === 'Signature');
  } catch {
    return true; // not well-formed: leave the text alone, decoding reports the real problem
  }
}

/** The text with the placeholder signature inserted, or undefined when it has (or needs) none. */
export function withPlaceholderSignature(text: string, type: string, edition: Edition, rootQname: string): string | undefined {
  if (!requiresSignature(type, edition) || hasSignature(text)) return undefined;
  const end = text.lastIndexOf(`</${rootQname}`);
  if (end === -1) return undefined;
  return `${text.slice(0, end)}${PLACEHOLDER_SIGNATURE}${text.slice(end)}`;
}
