import type { AttributeDef, ComplexTypeDef, Facets, ParticleDef } from '../schema-model.js';
import type { CebIssue } from '../validation/libxml.js';

/**
 * The checks of the official XSD that depend on the values of a wire object, made on the object before it is
 * written: occurrences of each element, required attributes, and each leaf's type and facets (lengths in code
 * points, fixed values, integers and decimals with their digits, dates). What the XSD checks beyond that — element
 * names, order, namespaces — the descriptor-driven encoder writes the same for every value (the golden tests
 * validate its output against the XSD). Far cheaper than parsing the written document and validating it.
 */

const INT = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DATE = /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
const NAME = /^[A-Za-z_][\w.-]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

function normalised(value: string, facets: Facets): string {
  const ws = facets.whiteSpace ?? (facets.base === 'string' ? 'preserve' : 'collapse');
  if (ws === 'preserve') return value;
  const replaced = value.replace(/[\t\n\r]/g, ' ');
  return ws === 'replace' ? replaced : replaced.replace(/ +/g, ' ').trim();
}

function digits(value: string): { total: number; fraction: number } {
  const unsigned = value.replace(/^[+-]/, '');
  const [whole = '', frac = ''] = unsigned.split('.');
  const fraction = frac.replace(/0+$/, '').length;
  const intDigits = whole.replace(/^0+/, '').length;
  return { total: Math.max(1, intDigits + fraction), fraction };
}

/** Why `raw` is not a valid value of a leaf with these facets, or undefined. */
export function facetProblem(raw: string, facets: Facets): string | undefined {
  const value = normalised(raw, facets);
  if (facets.fixed !== undefined && value !== normalised(facets.fixed, facets)) return `must be "${facets.fixed}"`;
  switch (facets.base) {
    case 'int':
      if (!INT.test(value) || Math.abs(Number(value)) > 2_147_483_648 || Number(value) === 2_147_483_648) return 'is not an int';
      break;
    case 'decimal':
      if (!DECIMAL.test(value)) return 'is not a decimal';
      break;
    case 'date':
      if (!DATE.test(value)) return 'is not a date';
      break;
    case 'dateTime':
      if (!DATE_TIME.test(value)) return 'is not a dateTime';
      break;
    case 'base64Binary':
      if (!BASE64.test(value)) return 'is not base64';
      break;
    case 'ID':
      if (!NAME.test(value)) return 'is not an ID';
      break;
    case 'string':
      break;
  }
  if (facets.base === 'decimal' || facets.base === 'int') {
    const d = digits(value);
    if (facets.totalDigits !== undefined && d.total > facets.totalDigits) return `has more than ${facets.totalDigits} digits`;
    if (facets.fractionDigits !== undefined && d.fraction > facets.fractionDigits) return `has more than ${facets.fractionDigits} fraction digits`;
  }
  const hasLength = facets.length !== undefined || facets.minLength !== undefined || facets.maxLength !== undefined;
  if (hasLength && facets.base !== 'decimal' && facets.base !== 'int') {
    const n = codePoints(value);
    if (facets.length !== undefined && n !== facets.length) return `must be ${facets.length} characters long`;
    if (facets.minLength !== undefined && n < facets.minLength) return `is shorter than ${facets.minLength} characters`;
    if (facets.maxLength !== undefined && n > facets.maxLength) return `is longer than ${facets.maxLength} characters`;
  }
  return undefined;
}

function leaf(issues: CebIssue[], value: unknown, facets: Facets, path: string): void {
  if (typeof value !== 'string') return; // the encoder refuses it
  const problem = facetProblem(value, facets);
  if (problem) issues.push({ code: 'ceb.schema_invalid', path, message: `"${value.slice(0, 80)}" ${problem}` });
}

function attributes(issues: CebIssue[], defs: readonly AttributeDef[], value: Record<string, unknown>, path: string): void {
  for (const def of defs) {
    const v = value[def.name];
    if (v === undefined) {
      if (def.required) issues.push({ code: 'ceb.schema_invalid', path: `${path}/@${def.name}`, message: `attribute ${def.name} is required` });
    } else leaf(issues, v, def.facets, `${path}/@${def.name}`);
  }
}

function particle(issues: CebIssue[], p: ParticleDef, value: unknown, path: string): void {
  const type = p.type;
  // raw content is written as given (a signature, an open extension)
  if (type.kind === 'simple') leaf(issues, value, type.facets, path);
  else if (type.kind === 'complex') complex(issues, type, value, path);
  else if (type.kind === 'simpleContent' && isRecord(value)) {
    attributes(issues, type.attributes, value, path);
    leaf(issues, value['value'], type.facets, path);
  }
}

function complex(issues: CebIssue[], type: ComplexTypeDef, value: unknown, path: string): void {
  if (!isRecord(value)) return;
  attributes(issues, type.attributes, value, path);
  for (const p of type.children) {
    const v = value[p.name];
    const items = v === undefined ? [] : Array.isArray(v) ? v : [v];
    const where = `${path}/${p.ns}:${p.name}`;
    if (items.length < p.min) issues.push({ code: 'ceb.schema_invalid', path: where, message: `${p.name} must occur at least ${p.min} time(s)` });
    if (items.length > p.max) issues.push({ code: 'ceb.schema_invalid', path: where, message: `${p.name} may occur at most ${p.max} time(s)` });
    for (const [i, item] of items.entries()) particle(issues, p, item, `${where}[${i + 1}]`);
  }
}

/** The value problems of a whole message (empty when none), paths as the XSD validator writes them. */
export function valueIssues(root: ParticleDef, value: unknown): CebIssue[] {
  const issues: CebIssue[] = [];
  complex(issues, root.type as ComplexTypeDef, value, `/${root.ns}:${root.name}`);
  return issues;
}
