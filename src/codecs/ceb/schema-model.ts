/**
 * The runtime description of a CEB/DXP message structure, generated from the official XSDs
 * (`generated/*.schema.ts`). The codecs walk it to decode (which elements repeat) and to encode
 * (element order, prefixes); the sample builder reads the facets to synthesise valid values.
 */

export type Edition = '2018' | '202205';
export const EDITIONS: readonly Edition[] = ['2018', '202205'];
export const DEFAULT_EDITION: Edition = '202205';

export type Direction = 'import' | 'export' | 'transport';

/** Namespaces used by the messages, by their conventional prefix. */
export const NAMESPACES = {
  ceb: 'http://www.chinaport.gov.cn/ceb',
  dxp: 'http://www.chinaport.gov.cn/dxp',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
} as const;
export type NamespacePrefix = keyof typeof NAMESPACES;

export const UNBOUNDED = Number.POSITIVE_INFINITY;

/** Built-in XSD types the schemas use for leaves. */
export type SimpleBase = 'string' | 'decimal' | 'int' | 'date' | 'dateTime' | 'base64Binary' | 'ID';

export interface Facets {
  readonly base: SimpleBase;
  readonly length?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly totalDigits?: number;
  readonly fractionDigits?: number;
  readonly whiteSpace?: 'preserve' | 'replace' | 'collapse';
  /** `fixed` of the element or attribute: the only value allowed. */
  readonly fixed?: string;
  /** `default` of the element (the schemas' annotation of the usual value). */
  readonly default?: string;
}

export interface AttributeDef {
  readonly name: string;
  readonly required: boolean;
  readonly facets: Facets;
  readonly doc?: string;
}

/** Text-only element. */
export interface SimpleTypeDef {
  readonly kind: 'simple';
  readonly facets: Facets;
}

/** Text content plus attributes; the text is the `value` property of the wire object. */
export interface SimpleContentTypeDef {
  readonly kind: 'simpleContent';
  readonly facets: Facets;
  readonly attributes: readonly AttributeDef[];
}

/** A sequence of child elements (the schemas use no choice/all groups). */
export interface ComplexTypeDef {
  readonly kind: 'complex';
  readonly attributes: readonly AttributeDef[];
  readonly children: readonly ParticleDef[];
}

/** Content the schema leaves open (`xs:any`, `xs:anyType`): carried as raw inner XML. */
export interface RawContentTypeDef {
  readonly kind: 'rawContent';
}

/** An element carried as an opaque block of raw XML (the `ds:Signature`). */
export interface RawElementTypeDef {
  readonly kind: 'rawElement';
}

export type TypeDef = SimpleTypeDef | SimpleContentTypeDef | ComplexTypeDef | RawContentTypeDef | RawElementTypeDef;

/** One element occurrence inside a sequence. `max` is `UNBOUNDED` for `maxOccurs="unbounded"`. */
export interface ParticleDef {
  readonly name: string;
  readonly ns: NamespacePrefix;
  readonly min: number;
  readonly max: number;
  readonly type: TypeDef;
  readonly doc?: string;
}

/** A message: its root element and where it belongs (the edition is that of the set it is registered in). */
export interface MessageDef {
  readonly type: string;
  readonly root: ParticleDef & { readonly type: ComplexTypeDef };
  readonly direction: Direction;
  /** Which XSD file validates it (a key of the validator set). */
  readonly schema: SchemaFile;
  readonly doc?: string;
}

export type SchemaFile = 'import' | 'export' | 'dxp';

export function isRepeated(particle: ParticleDef): boolean {
  return particle.max > 1;
}
