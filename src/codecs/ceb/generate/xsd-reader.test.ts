import { describe, expect, it } from 'vitest';
import { readXsd } from './xsd-reader.js';

const xsd = (body: string) =>
  `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" targetNamespace="http://www.chinaport.gov.cn/ceb" elementFormDefault="qualified">${body}</xs:schema>`;

describe('readXsd', () => {
  it('reads sequences, refs, facets, occurrences, attributes and the signature ref', () => {
    const schema = readXsd(
      'ceb',
      xsd(`
      <xs:element name="Head"><xs:annotation><xs:documentation>表头</xs:documentation></xs:annotation><xs:complexType><xs:sequence>
        <xs:element name="no"><xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="60"/></xs:restriction></xs:simpleType></xs:element>
        <xs:element name="amount" minOccurs="0"><xs:simpleType><xs:restriction base="xs:decimal"><xs:totalDigits value="19"/><xs:fractionDigits value="5"/></xs:restriction></xs:simpleType></xs:element>
        <xs:element name="n" type="xs:int" maxOccurs="unbounded"/>
      </xs:sequence></xs:complexType></xs:element>
      <xs:element name="CEB999Message"><xs:complexType><xs:sequence>
        <xs:element ref="ceb:Head" maxOccurs="100"/>
        <xs:element ref="ds:Signature" minOccurs="0"/>
      </xs:sequence><xs:attribute name="guid" use="required"><xs:simpleType><xs:restriction base="xs:string"><xs:length value="36"/></xs:restriction></xs:simpleType></xs:attribute></xs:complexType></xs:element>`),
    );
    expect(schema.messages).toHaveLength(1);
    const root = schema.messages[0];
    expect(root?.name).toBe('CEB999Message');
    if (root?.type.kind !== 'complex') throw new Error('complex expected');
    expect(root.type.attributes).toEqual([{ name: 'guid', required: true, facets: { base: 'string', length: 36 } }]);
    const [head, signature] = root.type.children;
    expect(head).toMatchObject({ name: 'Head', min: 1, max: 100, doc: '表头' });
    expect(signature).toMatchObject({ name: 'Signature', ns: 'ds', min: 0, max: 1, type: { kind: 'rawElement' } });
    if (head?.type.kind !== 'complex') throw new Error('complex expected');
    expect(head.type.children.map((c) => [c.name, c.min, c.max])).toEqual([
      ['no', 1, 1],
      ['amount', 0, 1],
      ['n', 1, Number.POSITIVE_INFINITY],
    ]);
    expect(head.type.children[1]?.type).toEqual({ kind: 'simple', facets: { base: 'decimal', totalDigits: 19, fractionDigits: 5 } });
  });

  it('refuses constructs it does not understand instead of guessing', () => {
    expect(() => readXsd('ceb', xsd('<xs:element name="CEB998Message"><xs:complexType><xs:choice/></xs:complexType></xs:element>'))).toThrow(
      /not supported/,
    );
  });
});
