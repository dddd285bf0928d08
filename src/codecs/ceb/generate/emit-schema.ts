import type { AttributeDef, Direction, Facets, SchemaFile } from '../schema-model.js';
import { complexTypesInOrder, generatedHeader, messageCode, quote } from './emit-common.js';
import type { XsdParticle, XsdSchema, XsdType } from './xsd-reader.js';

/**
 * Emits the runtime descriptors (`MessageDef`s): element order, occurrences, facets. One constant per
 * complex type, shared by every message that uses it.
 */

function facetsLiteral(f: Facets): string {
  const parts = Object.entries(f).map(([k, v]) => `${k}: ${typeof v === 'string' ? quote(v) : String(v)}`);
  return `{ ${parts.join(', ')} }`;
}

function attributesLiteral(attrs: readonly AttributeDef[]): string {
  if (attrs.length === 0) return '[]';
  const items = attrs.map((a) => `{ name: ${quote(a.name)}, required: ${a.required}, facets: ${facetsLiteral(a.facets)} }`);
  return `[${items.join(', ')}]`;
}

function typeLiteral(type: XsdType): string {
  switch (type.kind) {
    case 'simple':
      return `{ kind: 'simple', facets: ${facetsLiteral(type.facets)} }`;
    case 'simpleContent':
      return `{ kind: 'simpleContent', facets: ${facetsLiteral(type.facets)}, attributes: ${attributesLiteral(type.attributes)} }`;
    case 'rawContent':
      return `{ kind: 'rawContent' }`;
    case 'rawElement':
      return `{ kind: 'rawElement' }`;
    case 'complex':
      return type.typeName;
  }
}

function particleLiteral(p: XsdParticle): string {
  const max = p.max === Number.POSITIVE_INFINITY ? 'UNBOUNDED' : String(p.max);
  return `{ name: ${quote(p.name)}, ns: ${quote(p.ns)}, min: ${p.min}, max: ${max}, type: ${typeLiteral(p.type)} }`;
}

export interface SchemaEmitOptions {
  readonly sources: readonly string[];
  /** Type-set name used in the types module, e.g. `Import202205`. */
  readonly setName: string;
  /** Exported constant name, e.g. `import202205Schema`. */
  readonly constName: string;
  /** Module specifier of the matching types module, e.g. `./import.types.js`. */
  readonly typesModule: string;
  readonly modelModule: string;
  readonly direction: Direction;
  readonly schemaFile: SchemaFile;
}

export function emitSchema(schema: XsdSchema, o: SchemaEmitOptions): string {
  let body = '';
  for (const type of complexTypesInOrder(schema)) {
    body += `\nconst ${type.typeName}: ComplexTypeDef = {\n  kind: 'complex',\n  attributes: ${attributesLiteral(type.attributes)},\n  children: [\n`;
    for (const child of type.children) body += `    ${particleLiteral(child)},\n`;
    body += '  ],\n};\n';
  }
  body += `\n/** Descriptors of every message of this schema, by type code. */\n`;
  body += `export const ${o.constName}: Readonly<Record<${o.setName}Type, MessageDef>> = {\n`;
  for (const m of schema.messages) {
    if (m.type.kind !== 'complex') throw new Error(`${m.name} is not complex`);
    const code = messageCode(m.name);
    body += `  ${code}: {\n    type: ${quote(code)},\n    direction: ${quote(o.direction)},\n    schema: ${quote(o.schemaFile)},\n`;
    if (m.doc) body += `    doc: ${quote(m.doc)},\n`;
    body += `    root: { name: ${quote(m.name)}, ns: ${quote(m.ns)}, min: 1, max: 1, type: ${m.type.typeName} },\n  },\n`;
  }
  body += '};\n';
  const modelImports = ['type ComplexTypeDef', 'type MessageDef', ...(body.includes('UNBOUNDED') ? ['UNBOUNDED'] : [])];
  let out = generatedHeader(o.sources);
  out += `import { ${modelImports.join(', ')} } from ${quote(o.modelModule)};\n`;
  out += `import type { ${o.setName}Type } from ${quote(o.typesModule)};\n`;
  return out + body;
}
