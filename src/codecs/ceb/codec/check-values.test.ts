import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../kernel/errors/index.js';
import { buildFormatReceipt, buildReceipt, buildTaxBill } from '../canonical/index.js';
import { codecFor, messageDef, messageTypes } from '../registry.js';
import { sampleMessage } from '../sample/sample.js';
import type { ComplexTypeDef, Edition, Facets } from '../schema-model.js';
import { validateCeb } from '../validate.js';
import { facetProblem } from './check-values.js';

/**
 * `validate: 'values'` must refuse exactly what the XSD refuses for the values a builder fills in, and what it lets
 * through must be XSD-valid: checked on every message type's sample and on each leaf of each sample made wrong.
 */

type Encoder = { encode(m: unknown, o?: { validate?: 'xsd' | 'values'; unsigned?: boolean }): string };

function outcome(type: string, edition: Edition, message: unknown, validate: 'xsd' | 'values'): string {
  try {
    (codecFor(type as never, edition) as unknown as Encoder).encode(message, { validate, unsigned: true });
    return 'ok';
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

/** Each simple leaf of the message (first occurrence) with a value that breaks one facet, as [path, message]. */
function mutations(type: ComplexTypeDef, value: Record<string, unknown>, path = ''): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  for (const p of type.children) {
    const v = value[p.name];
    if (v === undefined) continue;
    const first = Array.isArray(v) ? v[0] : v;
    const put = (nv: unknown) => ({ ...value, [p.name]: Array.isArray(v) ? [nv, ...v.slice(1)] : nv });
    if (p.type.kind === 'simple') {
      for (const bad of badValues(p.type.facets)) out.push([`${path}/${p.name}=${bad.slice(0, 12)}`, put(bad)]);
    } else if (p.type.kind === 'complex' && typeof first === 'object' && first !== null) {
      for (const [where, inner] of mutations(p.type, first as Record<string, unknown>, `${path}/${p.name}`)) out.push([where, put(inner)]);
    }
    if (p.min > 0 && p.type.kind === 'simple') out.push([`${path}/${p.name} missing`, { ...value, [p.name]: undefined }]);
  }
  return out;
}

function badValues(f: Facets): string[] {
  const bad: string[] = [];
  if (f.maxLength !== undefined) bad.push('x'.repeat(f.maxLength + 1));
  if (f.length !== undefined) bad.push('x'.repeat(f.length + 1));
  if (f.minLength !== undefined && f.minLength > 0) bad.push('');
  if (f.base === 'decimal' || f.base === 'int') bad.push('12a', '1'.repeat((f.totalDigits ?? 30) + 1));
  if (f.fractionDigits !== undefined) bad.push(`1.${'1'.repeat(f.fractionDigits + 1)}`);
  if (f.fixed !== undefined) bad.push(`${f.fixed}x`);
  return bad;
}

const editions: Edition[] = ['2018', '202205'];
const cases = editions.flatMap((edition) =>
  messageTypes(edition)
    .filter((type) => type.startsWith('CEB'))
    .map((type) => [`${edition} ${type}`, type, edition] as const),
);

describe('encode with validate: values agrees with the XSD', () => {
  it.each(cases)('%s: the sample passes both ways, every broken leaf fails both ways', (_name, type, edition) => {
    const message = sampleMessage(type as never, edition as never) as unknown as Record<string, unknown>;
    expect(outcome(type, edition, message, 'values')).toBe('ok');
    const written = (codecFor(type as never, edition) as unknown as Encoder).encode(message, { validate: 'values', unsigned: true });
    expect(written).toBe((codecFor(type as never, edition) as unknown as Encoder).encode(message, { unsigned: true }));
    const root = messageDef(type, edition)?.root.type as ComplexTypeDef;
    const broken = mutations(root, message);
    expect(broken.length).toBeGreaterThan(0);
    const disagreements = broken
      .map(([where, m]) => [where, outcome(type, edition, m, 'xsd'), outcome(type, edition, m, 'values')] as const)
      .filter(([, xsd, values]) => xsd !== values);
    expect(disagreements).toEqual([]);
  });
});

describe('receipt builders with validate: values', () => {
  const at = new Date('2026-03-01T08:00:00Z');

  it('write the same valid receipt as with the XSD, and refuse what it refuses', () => {
    const input = { type: 'CEB312', guid: 'b3a9f0c2-1d2e-4f5a-8b6c-7d8e9f0a1b2c', ebpCode: '3301960001', ebcCode: '3301960002', orderNo: 'ORD-1', returnStatus: '120', returnTime: at, returnInfo: '入库成功' } as const;
    const fast = buildReceipt(input, undefined, { validate: 'values' });
    expect(fast).toBe(buildReceipt(input));
    expect(validateCeb(fast).errors).toEqual([]);
    const empty = { ...input, returnInfo: '' };
    expect(() => buildReceipt(empty, undefined, { validate: 'values' })).toThrow(expect.objectContaining({ code: 'ceb.encode_invalid' }));
    expect(() => buildReceipt(empty)).toThrow(expect.objectContaining({ code: 'ceb.encode_invalid' }));
  });

  it('CEB900 and CEB816 likewise', () => {
    const format = { guid: 'b3a9f0c2-1d2e-4f5a-8b6c-7d8e9f0a1b2d', returnStatus: '-0002', returnInfo: 'bad', returnTime: at, oriMessageType: 'CEB311Message', oriBizMessage: '<x>]]></x>' };
    expect(buildFormatReceipt(format, undefined, { validate: 'values' })).toBe(buildFormatReceipt(format));
    const bill = {
      guid: 'b3a9f0c2-1d2e-4f5a-8b6c-7d8e9f0a1b2e',
      returnTime: at,
      invtNo: '29912026I000000001',
      taxNo: '29912026I0000000011',
      customsTax: '0',
      valueAddedTax: '9.10',
      consumptionTax: '0',
      status: '1',
      ebcCode: '3301960002',
      logisticsCode: '3301960004',
      agentCode: '3301960002',
      lines: [{ gnum: 1, gcode: '3304990099', taxPrice: '70.00', customsTax: '0', valueAddedTax: '9.10', consumptionTax: '0' }],
    };
    const fast = buildTaxBill(bill, undefined, { validate: 'values' });
    expect(fast).toBe(buildTaxBill(bill));
    const tooPrecise = { ...bill, valueAddedTax: '9.1234567' };
    expect(() => buildTaxBill(tooPrecise)).toThrow(expect.objectContaining({ code: 'ceb.encode_invalid' }));
    expect(() => buildTaxBill(tooPrecise, undefined, { validate: 'values' })).toThrow(expect.objectContaining({ code: 'ceb.encode_invalid' }));
  });

  it('facetProblem names the broken facet', () => {
    expect(facetProblem('abc', { base: 'string', maxLength: 2 })).toBe('is longer than 2 characters');
    expect(facetProblem('海关', { base: 'string', maxLength: 2 })).toBeUndefined();
    expect(facetProblem('1.234', { base: 'decimal', fractionDigits: 2 })).toBe('has more than 2 fraction digits');
    expect(facetProblem('1.20', { base: 'decimal', fractionDigits: 1 })).toBeUndefined();
    expect(facetProblem('x', { base: 'int' })).toBe('is not an int');
  });
});
