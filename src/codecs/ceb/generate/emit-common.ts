import type { Facets } from '../schema-model.js';
import type { XsdComplex, XsdParticle, XsdSchema, XsdType } from './xsd-reader.js';

/** Complex types reachable from the messages, each once, dependencies before their users. */
export function complexTypesInOrder(schema: XsdSchema): XsdComplex[] {
  const seen = new Map<string, XsdType>();
  const out: XsdComplex[] = [];
  const visit = (type: XsdType): void => {
    if (type.kind !== 'complex') return;
    const known = seen.get(type.typeName);
    if (known) {
      if (known !== type) throw new Error(`two different types would both be named ${type.typeName}`);
      return;
    }
    seen.set(type.typeName, type);
    for (const child of type.children) visit(child.type);
    out.push(type);
  };
  for (const message of schema.messages) visit(message.type);
  return out;
}

export function rootType(message: XsdParticle): XsdComplex {
  if (message.type.kind !== 'complex') throw new Error(`${message.name} is not a complex element`);
  return message.type;
}

/** `CEB311Message` → `CEB311`; DXP roots keep their names. */
export function messageCode(rootName: string): string {
  return rootName.replace(/^(CEB\d{3})Message$/, '$1');
}

/** The spec's shorthand for a value type: `C36`, `C..60`, `N19,5`, `int` … */
export function facetSummary(f: Facets): string {
  let s: string;
  if (f.base === 'decimal') s = `N${f.totalDigits ?? ''}${f.fractionDigits !== undefined ? `,${f.fractionDigits}` : ''}`;
  else if (f.base === 'int') s = f.totalDigits !== undefined ? `int(${f.totalDigits})` : 'int';
  else if (f.base !== 'string') s = f.base;
  else if (f.length !== undefined) s = `C${f.length}`;
  else if (f.maxLength !== undefined) s = `C${f.minLength && f.minLength > 1 ? f.minLength : ''}..${f.maxLength}`;
  else s = 'C';
  if (f.fixed !== undefined) s += `, fixed ${f.fixed}`;
  if (f.default !== undefined) s += `, default ${f.default}`;
  return s;
}

export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

export function jsdoc(text: string, indent: string): string {
  return `${indent}/** ${text.replace(/\*\//g, '* /')} */\n`;
}

export function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name);
}

export function generatedHeader(sources: readonly string[]): string {
  return [
    '// GENERATED FILE — never edit by hand.',
    `// Generated from ${sources.join(', ')}`,
    '// by src/codecs/ceb/generate/generate.ts; regenerate with `npx tsx src/codecs/ceb/generate/generate.ts`.',
    '',
  ].join('\n');
}
