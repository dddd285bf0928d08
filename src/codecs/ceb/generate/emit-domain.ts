import { DOMAIN_MESSAGES } from '../domain/naming.js';
import { type DomainField, domainShape } from '../domain/shape.js';
import { facetSummary, generatedHeader, jsdoc, messageCode, propertyName, quote } from './emit-common.js';
import type { XsdParticle, XsdSchema } from './xsd-reader.js';

/**
 * Emits the domain model interfaces of the import messages (`generated/domain.types.ts`) from the same shape
 * function the runtime mapper uses: camelCase names from `domain/naming.ts`, heads folded into their
 * documents, lines as `lines`, integers as numbers, decimals as `DecimalString`.
 */

function describe(field: DomainField): string | undefined {
  const p = field.particle as XsdParticle | undefined;
  const parts: string[] = [];
  if (p?.doc) parts.push(p.doc);
  if (p?.type.kind === 'simple') parts.push(facetSummary(p.type.facets));
  if (field.wire !== field.domain && field.kind !== 'flatten') parts.push(`wire: ${field.wire}`);
  return parts.length > 0 ? parts.join(' — ') : undefined;
}

function leafType(field: DomainField): string {
  const p = field.particle as XsdParticle | undefined;
  if (field.kind === 'leaf' && field.int) return 'number';
  if (p?.type.kind === 'simple' && p.type.facets.base === 'decimal') return 'DecimalString';
  return 'string';
}

class DomainEmitter {
  private readonly bodies = new Map<string, string>();
  private readonly order: string[] = [];

  private fieldLines(fields: readonly DomainField[]): string {
    let out = '';
    for (const f of fields) {
      if (f.kind === 'flatten') {
        out += this.fieldLines(f.fields);
        continue;
      }
      const doc = describe(f);
      if (doc) out += jsdoc(doc, '  ');
      const type = f.kind === 'group' ? this.type(f.typeName, f.fields) : leafType(f);
      out += `  ${propertyName(f.domain)}${f.optional ? '?' : ''}: ${type}${f.repeated ? '[]' : ''};\n`;
    }
    return out;
  }

  /** Registers an interface (once; a second, different shape under the same name is an error). */
  type(name: string, fields: readonly DomainField[], doc?: string): string {
    const body = `${doc ? jsdoc(doc, '') : ''}export interface ${name} {\n${this.fieldLines(fields)}}\n`;
    const known = this.bodies.get(name);
    if (known !== undefined) {
      if (known.replace(/^\/\*\*.*\n/, '') !== body.replace(/^\/\*\*.*\n/, '')) throw new Error(`domain type ${name} has two shapes`);
      return name;
    }
    this.bodies.set(name, body);
    this.order.push(name);
    return name;
  }

  text(): string {
    return this.order.map((n) => this.bodies.get(n)).join('\n');
  }
}

export function emitDomain(schema: XsdSchema, sources: readonly string[]): string {
  const emitter = new DomainEmitter();
  const entries: string[] = [];
  for (const [code, spec] of Object.entries(DOMAIN_MESSAGES)) {
    const root = schema.messages.find((m) => messageCode(m.name) === code);
    if (!root) throw new Error(`${code} is not in the import schema`);
    const shape = domainShape(root, spec.documents);
    emitter.type(spec.name, shape.fields, root.doc);
    entries.push(`  ${code}: ${spec.name};`);
  }
  let out = generatedHeader([...sources, 'src/codecs/ceb/domain/naming.ts']);
  out += '\n/** A decimal number exactly as written on the wire (e.g. `19050.00`): never a JS float. */\n';
  out += 'export type DecimalString = string;\n\n';
  out += emitter.text();
  out += `\n/** The domain model of each import message, by type code. */\nexport interface DomainMessages {\n${entries.join('\n')}\n}\n`;
  out += `\nexport type DomainMessageCode = ${Object.keys(DOMAIN_MESSAGES).map(quote).join(' | ')};\n`;
  return out;
}
