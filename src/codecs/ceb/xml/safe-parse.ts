import { parseDocument } from '../validation/libxml.js';
import { DEFAULT_XML_LIMITS, screenXml, type XmlLimits } from './screen.js';
import { parseTree, type XmlElement } from './tree.js';

/**
 * The hardened parse entry point for untrusted XML: screening (size, UTF-8, no DOCTYPE/entities, depth),
 * then libxml2's strict well-formedness check (no network, no external entities), then the namespace-aware
 * tree. Every failure is a coded `AppError` (`ceb.too_large`, `ceb.too_deep`, `ceb.doctype_forbidden`,
 * `ceb.entity_forbidden`, `ceb.unsupported_encoding`, `ceb.not_well_formed`).
 */
export function parseXmlSafely(input: string | Uint8Array, limits: Partial<XmlLimits> = {}): XmlElement {
  const { text } = screenXml(input, { ...DEFAULT_XML_LIMITS, ...limits });
  parseDocument(text).dispose();
  return parseTree(text);
}
