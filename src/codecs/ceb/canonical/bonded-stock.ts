import type { BondedStockLine } from '../../../domain/model/index.js';
import { AppError } from '../../../kernel/errors/index.js';
import { isDecimalString } from '../decimal.js';
import type { ExtendMessage } from '../generated/202205/import.types.js';
import { escapeAttr, hasForbiddenChars } from '../xml/escape.js';
import { childElements, parseTree, type XmlElement } from '../xml/tree.js';

/**
 * CROSSGATE EXTENSION (not part of the GACC standard) — bonded stock lines carried by a CEB711.
 *
 * The standard's CEB711 (入库明细单) lists only parcels (`DeliveryList/logisticsNo`). For bonded (1210) stock
 * Crossgate also needs what entered the warehouse, item by item. It travels in the standard's extension point,
 * `ceb:ExtendMessage`, whose `Message` the official XSD accepts with any content (a wildcard element,
 * `processContents="skip"`), so the message stays valid against the official XSD and receivers that do not
 * know the extension simply ignore it:
 *
 * ```xml
 * <ceb:ExtendMessage>
 *   <ceb:name>CrossgateBondedStock</ceb:name>
 *   <ceb:version>1.0</ceb:version>
 *   <ceb:Message><StockLines xmlns="urn:crossgate:bonded-stock:1"><Line itemNo="SKU-0001" qty="120" unit="122" gcode="1901101000"/></StockLines></ceb:Message>
 * </ceb:ExtendMessage>
 * ```
 *
 * `Line` attributes: `owner` (optional: the enterprise whose goods they are, its ebcCode; absent, the site
 * operator), `itemNo` (required: the item the stock is booked under), `qty` (required, decimal),
 * `unit` and `gcode` (optional). Other attributes are ignored; any other element is an error. Maps to
 * `WarehouseEntry.stockLines` in both directions.
 */
export const BONDED_STOCK_EXTENSION = {
  name: 'CrossgateBondedStock',
  version: '1.0',
  namespace: 'urn:crossgate:bonded-stock:1',
} as const;

function invalid(reason: string, version: string = BONDED_STOCK_EXTENSION.version): AppError {
  return new AppError('ceb.extension_invalid', { name: BONDED_STOCK_EXTENSION.name, version, reason });
}

export function isBondedStockExtension(ext: Pick<ExtendMessage, 'name'>): boolean {
  return ext.name === BONDED_STOCK_EXTENSION.name;
}

function attr(name: string, value: string | undefined, index: number): string {
  if (value === undefined) return '';
  if (hasForbiddenChars(value)) throw invalid(`line ${index + 1}: ${name} holds characters XML cannot carry`);
  return ` ${name}="${escapeAttr(value)}"`;
}

function checkLine(line: BondedStockLine, index: number): void {
  if (line.itemNo === '') throw invalid(`line ${index + 1}: itemNo is empty`);
  if (!isDecimalString(line.qty)) throw invalid(`line ${index + 1}: qty "${line.qty}" is not a decimal number`);
}

/** The `ExtendMessage` carrying the stock lines. */
export function stockLinesExtension(lines: readonly BondedStockLine[]): ExtendMessage {
  let body = '';
  lines.forEach((line, i) => {
    checkLine(line, i);
    body += `<Line${attr('owner', line.ownerCode, i)}${attr('itemNo', line.itemNo, i)}${attr('qty', line.qty, i)}${attr('unit', line.unit, i)}${attr('gcode', line.gcode, i)}/>`;
  });
  return {
    name: BONDED_STOCK_EXTENSION.name,
    version: BONDED_STOCK_EXTENSION.version,
    Message: `<StockLines xmlns="${BONDED_STOCK_EXTENSION.namespace}">${body}</StockLines>`,
  };
}

function lineOf(el: XmlElement, index: number): BondedStockLine {
  if (el.uri !== BONDED_STOCK_EXTENSION.namespace || el.local !== 'Line') throw invalid(`unexpected element ${el.qname}`);
  const value = (name: string): string | undefined => el.attrs.find((a) => a.uri === '' && a.local === name)?.value;
  const itemNo = value('itemNo');
  const qty = value('qty');
  if (itemNo === undefined) throw invalid(`line ${index + 1} has no itemNo`);
  if (qty === undefined) throw invalid(`line ${index + 1} has no qty`);
  const unit = value('unit');
  const gcode = value('gcode');
  const owner = value('owner');
  const line: BondedStockLine = {
    ...(owner !== undefined ? { ownerCode: owner } : {}),
    itemNo,
    qty,
    ...(unit !== undefined ? { unit } : {}),
    ...(gcode !== undefined ? { gcode } : {}),
  };
  checkLine(line, index);
  return line;
}

/** The stock lines of a `CrossgateBondedStock` extension (already screened and XSD-validated with its message). */
export function readStockLines(ext: ExtendMessage): BondedStockLine[] {
  if (ext.version !== BONDED_STOCK_EXTENSION.version) throw invalid('unsupported version', ext.version);
  let root: XmlElement;
  try {
    root = parseTree(ext.Message);
  } catch {
    throw invalid('Message holds no StockLines element');
  }
  if (root.uri !== BONDED_STOCK_EXTENSION.namespace || root.local !== 'StockLines') {
    throw invalid(`expected StockLines in ${BONDED_STOCK_EXTENSION.namespace}, found ${root.qname}`);
  }
  return childElements(root).map(lineOf);
}
