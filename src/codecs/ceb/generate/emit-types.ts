import type { AttributeDef } from '../schema-model.js';
import {
  complexTypesInOrder,
  facetSummary,
  generatedHeader,
  jsdoc,
  messageCode,
  propertyName,
  quote,
} from './emit-common.js';
import type { XsdParticle, XsdSchema, XsdType } from './xsd-reader.js';

/**
 * Emits the wire types: one interface per complex element, properties with the wire names in XSD order,
 * repeated elements as arrays, optional ones optional. Every leaf is a string (codes such as `142` and
 * decimals such as `19050.00` stay exactly as written on the wire).
 */

function valueType(type: XsdType): string {
  switch (type.kind) {
    case 'simple':
    case 'rawContent':
    case 'rawElement':
      return 'string';
    case 'simpleContent':
    case 'complex':
      return type.typeName;
  }
}

function describe(particle: XsdParticle): string {
  const parts: string[] = [];
  if (particle.doc) parts.push(particle.doc);
  const t = particle.type;
  if (t.kind === 'simple') parts.push(facetSummary(t.facets));
  if (t.kind === 'rawContent') parts.push('raw XML content (the schema leaves it open)');
  if (t.kind === 'rawElement') parts.push('the whole ds:Signature element as raw XML (signing is done elsewhere)');
  const max = particle.max === Number.POSITIVE_INFINITY ? 'n' : String(particle.max);
  if (particle.max > 1 || particle.min !== 1) parts.push(`occurs ${particle.min}..${max}`);
  return parts.join(' — ');
}

function attributeLine(attr: AttributeDef): string {
  const type = attr.facets.fixed !== undefined ? quote(attr.facets.fixed) : 'string';
  const doc = [attr.doc, `attribute, ${facetSummary(attr.facets)}`].filter(Boolean).join(' — ');
  return `${jsdoc(doc, '  ')}  ${propertyName(attr.name)}${attr.required ? '' : '?'}: ${type};\n`;
}

function checkNames(typeName: string, names: readonly string[]): void {
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`${typeName}: attribute and element names collide on ${dup}`);
}

export function emitTypes(schema: XsdSchema, sources: readonly string[], setName: string): string {
  let out = generatedHeader(sources);
  for (const type of complexTypesInOrder(schema)) {
    checkNames(type.typeName, [...type.attributes.map((a) => a.name), ...type.children.map((c) => c.name)]);
    out += `\n${type.doc ? jsdoc(type.doc, '') : ''}export interface ${type.typeName} {\n`;
    for (const attr of type.attributes) out += attributeLine(attr);
    for (const child of type.children) {
      const many = child.max > 1;
      const optional = child.min === 0 ? '?' : '';
      const text = describe(child);
      if (text) out += jsdoc(text, '  ');
      out += `  ${propertyName(child.name)}${optional}: ${valueType(child.type)}${many ? '[]' : ''};\n`;
    }
    out += '}\n';
  }
  const simpleContents = new Map<string, XsdType & { kind: 'simpleContent' }>();
  const collect = (type: XsdType): void => {
    if (type.kind === 'simpleContent') simpleContents.set(type.typeName, type);
    if (type.kind === 'complex') for (const c of type.children) collect(c.type);
  };
  for (const m of schema.messages) collect(m.type);
  for (const type of simpleContents.values()) {
    checkNames(type.typeName, [...type.attributes.map((a) => a.name), 'value']);
    out += `\nexport interface ${type.typeName} {\n${jsdoc(`text content — ${facetSummary(type.facets)}`, '  ')}  value: string;\n`;
    for (const attr of type.attributes) out += attributeLine(attr);
    out += '}\n';
  }
  const codes = schema.messages.map((m) => messageCode(m.name));
  out += `\n/** The message type codes of this schema. */\nexport type ${setName}Type = ${codes.map(quote).join(' | ')};\n`;
  out += `\n/** Every message of this schema by type code. */\nexport interface ${setName}Messages {\n`;
  for (const m of schema.messages) {
    if (m.doc) out += jsdoc(m.doc, '  ');
    out += `  ${messageCode(m.name)}: ${valueType(m.type)};\n`;
  }
  out += '}\n';
  return out;
}
