import { describe, expect, it } from 'vitest';
import type { BondedStockLine, WarehouseEntry } from '../../../domain/model/index.js';
import { sample } from '../sample/sample.js';
import { validateCeb } from '../validate.js';
import { BONDED_STOCK_EXTENSION } from './bonded-stock.js';
import { errorOf, withPlaceholder } from './canonical.test-kit.js';
import { readDeclaration } from './read-declaration.js';
import type { CanonicalDocument, DeclarationInput } from './types.js';
import { writeDeclaration } from './write-declaration.js';

const base = readDeclaration(sample('CEB711'));
const entryDoc = base.documents[0] as CanonicalDocument & { kind: 'delivery'; doc: WarehouseEntry };

function withStock(stockLines: readonly BondedStockLine[]): DeclarationInput {
  return { ...base, documents: [{ ...entryDoc, doc: { ...entryDoc.doc, stockLines } }] };
}

const LINES: BondedStockLine[] = [
  { ownerCode: '3301960002', itemNo: 'SKU-0001', qty: '120', unit: '122', gcode: '1901101000' },
  { itemNo: 'A&B "quoted" <1>', qty: '0.5' },
];

/** A CEB711 whose ExtendMessage is written by hand. */
function withExtension(name: string, version: string, message: string): string {
  const xml = writeDeclaration(base);
  const ext = `<ceb:ExtendMessage><ceb:name>${name}</ceb:name><ceb:version>${version}</ceb:version><ceb:Message>${message}</ceb:Message></ceb:ExtendMessage>`;
  return withPlaceholder(xml.replace('</ceb:BaseTransfer>', `</ceb:BaseTransfer>${ext}`), 'CEB711');
}

describe('Crossgate extension: bonded stock lines in the CEB711 ExtendMessage', () => {
  it('writes them as CrossgateBondedStock 1.0, valid against the official XSD', () => {
    const xml = writeDeclaration(withStock(LINES));
    expect(xml).toContain('<ceb:name>CrossgateBondedStock</ceb:name>');
    expect(xml).toContain('<ceb:version>1.0</ceb:version>');
    expect(xml).toContain(
      '<StockLines xmlns="urn:crossgate:bonded-stock:1"><Line owner="3301960002" itemNo="SKU-0001" qty="120" unit="122" gcode="1901101000"/>' +
        '<Line itemNo="A&amp;B &quot;quoted&quot; &lt;1&gt;" qty="0.5"/></StockLines>',
    );
    expect(validateCeb(withPlaceholder(xml, 'CEB711')).errors).toEqual([]);
  });

  it('round-trips through XML to the same warehouse entry', () => {
    const back = readDeclaration(writeDeclaration(withStock(LINES)), { unsigned: true });
    expect(back.documents[0]?.doc).toEqual({ ...entryDoc.doc, stockLines: LINES });
    expect(back.extension).toBeUndefined();
    const empty = readDeclaration(writeDeclaration(withStock([])), { unsigned: true });
    expect(empty.documents[0]?.doc).toEqual({ ...entryDoc.doc, stockLines: [] });
  });

  it('a CEB711 without the extension has no stockLines', () => {
    expect('stockLines' in entryDoc.doc).toBe(false);
  });

  it('reads a prefixed namespace and ignores unknown attributes', () => {
    const message = `<cg:StockLines xmlns:cg="${BONDED_STOCK_EXTENSION.namespace}"><cg:Line itemNo="X" qty="2" batch="7"/></cg:StockLines>`;
    const doc = readDeclaration(withExtension('CrossgateBondedStock', '1.0', message)).documents[0]?.doc;
    expect(doc && 'stockLines' in doc && doc.stockLines).toEqual([{ itemNo: 'X', qty: '2' }]);
  });

  it('refuses malformed stock lines with ceb.extension_invalid', () => {
    const ns = BONDED_STOCK_EXTENSION.namespace;
    const bad: [string, string, string][] = [
      ['2.0', `<StockLines xmlns="${ns}"/>`, 'unsupported version'],
      ['1.0', '', 'no StockLines'],
      ['1.0', '<StockLines xmlns="urn:other"/>', 'expected StockLines'],
      ['1.0', `<StockLines xmlns="${ns}"><Line qty="1"/></StockLines>`, 'no itemNo'],
      ['1.0', `<StockLines xmlns="${ns}"><Line itemNo="X"/></StockLines>`, 'no qty'],
      ['1.0', `<StockLines xmlns="${ns}"><Line itemNo="X" qty="many"/></StockLines>`, 'not a decimal'],
      ['1.0', `<StockLines xmlns="${ns}"><Item itemNo="X" qty="1"/></StockLines>`, 'unexpected element'],
    ];
    for (const [version, message, reason] of bad) {
      const error = errorOf(() => readDeclaration(withExtension('CrossgateBondedStock', version, message)));
      expect(error.code).toBe('ceb.extension_invalid');
      expect(error.message).toContain(reason);
    }
  });

  it('refuses to write bad lines, or stock lines next to another extension', () => {
    expect(errorOf(() => writeDeclaration(withStock([{ itemNo: 'X', qty: '1,5' }]))).code).toBe('ceb.extension_invalid');
    expect(errorOf(() => writeDeclaration(withStock([{ itemNo: '', qty: '1' }]))).code).toBe('ceb.extension_invalid');
    const both = { ...withStock(LINES), extension: { name: 'other', version: '1', message: '' } };
    expect(errorOf(() => writeDeclaration(both)).code).toBe('ceb.encode_shape');
  });

  it('another extension on a CEB711 is kept verbatim, not read as stock', () => {
    const decl = readDeclaration(withExtension('other', '1', '<o xmlns="urn:o">1</o>'));
    expect(decl.extension).toEqual({ name: 'other', version: '1', message: '<o xmlns="urn:o">1</o>' });
    expect('stockLines' in (decl.documents[0]?.doc ?? {})).toBe(false);
  });
});
