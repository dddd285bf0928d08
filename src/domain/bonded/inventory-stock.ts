import { fail, ok, type Reason, type Result } from '../../kernel/result.js';
import type { Inventory } from '../model/documents.js';
import type { StockLine } from './stock.rules.js';

/**
 * What a bonded (1210) inventory takes from stock: the goods belong to the e-commerce enterprise (ebcCode); each
 * line names its account-book item (itemRecordNo), or else the enterprise's item number (itemNo).
 */
export function stockDemandOfInventory(
  inv: Inventory,
): Result<{ readonly enterpriseCode: string; readonly lines: readonly StockLine[] }> {
  const problems: Reason[] = [];
  const lines: StockLine[] = [];
  inv.lines.forEach((line, i) => {
    const itemNo = line.itemRecordNo ?? line.itemNo;
    if (itemNo === undefined || itemNo === '') {
      problems.push({
        code: 'bonded.item_unidentified',
        message: `line ${line.gnum} names no account-book item (itemRecordNo) or item number`,
        field: `inventory.lines[${i}].itemRecordNo`,
      });
    } else {
      lines.push({ itemNo, qty: line.qty });
    }
  });
  return problems.length > 0 ? fail(...problems) : ok({ enterpriseCode: inv.ebcCode, lines });
}
