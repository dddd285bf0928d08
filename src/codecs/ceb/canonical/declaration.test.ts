import { describe, expect, it } from 'vitest';
import { sample } from '../sample/sample.js';
import { EDITIONS } from '../schema-model.js';
import { readSample } from '../testing/samples.js';
import { validateCeb } from '../validate.js';
import { errorOf, withPlaceholder } from './canonical.test-kit.js';
import { readDeclaration } from './read-declaration.js';
import { DECLARATION_TYPES, type Declaration } from './types.js';
import { writeDeclaration } from './write-declaration.js';

const RECEIPTS = ['CEB312', 'CEB412', 'CEB512', 'CEB514', 'CEB622', 'CEB624', 'CEB626', 'CEB712'] as const;
const TRANSFER = { copCode: '3301960ABC', copName: '示例跨境电商平台有限公司', dxpMode: 'DXP', dxpId: 'DXPENT0000000001' };
const SIGNATURE_REQUIRED = new Set(['CEB621', 'CEB623', 'CEB625', 'CEB711']);
const cases = EDITIONS.flatMap((edition) => DECLARATION_TYPES.map((type) => [type, edition] as const));

/** read → write → read; the written XML is checked against the official XSD on the way. */
function roundTrip(first: Declaration): Declaration {
  const xml = writeDeclaration(first);
  const { type, edition } = first;
  expect(xml).not.toContain('Signature');
  const signed = withPlaceholder(xml, type);
  if (SIGNATURE_REQUIRED.has(type)) {
    expect(validateCeb(xml, { edition }).errors[0]?.message).toContain('ds:Signature');
    expect(validateCeb(signed, { edition }).errors).toEqual([]);
  } else {
    expect(validateCeb(xml, { edition }).errors).toEqual([]);
  }
  const again = readDeclaration(xml, { edition, unsigned: true });
  expect(readDeclaration(signed, { edition }).documents).toEqual(again.documents);
  return again;
}

describe('readDeclaration → writeDeclaration → readDeclaration (golden round trips)', () => {
  it.each(cases)('official sample %s (%s)', (type, edition) => {
    const first = readDeclaration(readSample(edition, 'import', `${type}Message.xml`), { edition });
    expect(first).toMatchObject({ type, edition, signed: true });
    expect(first.documents.length).toBeGreaterThan(0);
    const again = roundTrip(first);
    expect(again).toEqual({ ...first, signed: false });
  });

  it.each(cases)('Crossgate sample %s (%s)', (type, edition) => {
    const first = readDeclaration(sample(type, edition), { edition });
    expect(roundTrip(first)).toEqual({ ...first, signed: false });
  });

  it('generates a 36-character uppercase root guid unless one is given', () => {
    const { documents } = readDeclaration(sample('CEB411'));
    const guid = readDeclaration(writeDeclaration({ type: 'CEB411', transfer: TRANSFER, documents })).guid;
    expect(guid).toMatch(/^[0-9A-F-]{36}$/);
    expect(readDeclaration(writeDeclaration({ type: 'CEB411', guid: 'X'.repeat(36), transfer: TRANSFER, documents })).guid).toBe('X'.repeat(36));
  });

  it('writes the 2018 edition when asked', () => {
    const decl = readDeclaration(sample('CEB621', '2018'), { edition: '2018' });
    const xml = writeDeclaration({ ...decl, edition: '2018' });
    expect(validateCeb(withPlaceholder(xml, 'CEB621'), { edition: '2018' }).errors).toEqual([]);
  });
});

describe('readDeclaration refuses what is not a valid import declaration', () => {
  it.each(RECEIPTS)('the receipt %s → ceb.not_a_declaration (422)', (type) => {
    const error = errorOf(() => readDeclaration(readSample('202205', 'import', `${type}Message.xml`)));
    expect(error).toMatchObject({ code: 'ceb.not_a_declaration', details: { type } });
  });

  it('customs messages, export declarations and DXP envelopes → ceb.not_a_declaration', () => {
    for (const type of ['CEB816', 'CEB818', 'CEB900', 'CEB303', 'CEB603', 'DxpMsg'] as const) {
      expect(errorOf(() => readDeclaration(sample(type))).code).toBe('ceb.not_a_declaration');
    }
  });

  it('XSD-invalid input → the codecs’ ceb.schema_invalid', () => {
    const xml = sample('CEB311').replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, '');
    expect(errorOf(() => readDeclaration(xml))).toMatchObject({ code: 'ceb.schema_invalid' });
  });

  it('unsafe or unknown input → the codecs’ coded errors', () => {
    expect(errorOf(() => readDeclaration('<!DOCTYPE x><x/>')).code).toBe('ceb.doctype_forbidden');
    expect(errorOf(() => readDeclaration('<x/>')).code).toBe('ceb.unknown_message');
    expect(errorOf(() => readDeclaration('<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">')).code).toBe('ceb.not_well_formed');
  });

  it('a CEB621 without its required signature is refused unless the caller reads a signer input', () => {
    const xml = writeDeclaration(readDeclaration(sample('CEB621')));
    expect(errorOf(() => readDeclaration(xml)).code).toBe('ceb.schema_invalid');
    expect(readDeclaration(xml, { unsigned: true }).signed).toBe(false);
    expect(readDeclaration(sample('CEB621'), { unsigned: true }).signed).toBe(true);
  });
});
