import type { OutgoingValidation } from '../codec/codec.js';
import { DEFAULT_EDITION, type Edition } from '../schema-model.js';
import { newGuid } from './guid.js';
import type { TaxBillInput, TaxStatusInput } from './receipt-types.js';
import { batch, encodeWire, formatReturnTime, presentFields } from './receipt-wire.js';

/**
 * CEB816 electronic tax bill and CEB818 tax-bill status, issued by customs per inventory (`invtNo`). Several
 * bills (statuses) may share one message; the root guid is the first one's. Validated against the official XSD
 * (or, with `{ validate: 'values' }`, its values only: see `EncodeOptions.validate`).
 */

function taxHead(input: TaxBillInput | TaxStatusInput, type: 'CEB816' | 'CEB818'): Record<string, unknown> {
  return {
    guid: input.guid ?? newGuid(),
    returnTime: formatReturnTime(input.returnTime, type),
    ...presentFields(input, ['guid', 'returnTime', 'lines']),
  };
}

export function buildTaxBill(
  input: TaxBillInput | readonly TaxBillInput[],
  edition: Edition = DEFAULT_EDITION,
  options: { readonly validate?: OutgoingValidation } = {},
): string {
  const tax = batch(input, 'CEB816').map((bill) => ({
    TaxHeadRd: taxHead(bill, 'CEB816'),
    TaxListRd: bill.lines.map((l) => ({ ...l, gnum: String(l.gnum) })),
  }));
  return encodeWire('CEB816', edition, { guid: tax[0]?.TaxHeadRd['guid'], version: '1.0', Tax: tax }, options);
}

export function buildTaxStatus(
  input: TaxStatusInput | readonly TaxStatusInput[],
  edition: Edition = DEFAULT_EDITION,
  options: { readonly validate?: OutgoingValidation } = {},
): string {
  const tax = batch(input, 'CEB818').map((status) => ({ TaxHeadStatus: taxHead(status, 'CEB818') }));
  return encodeWire('CEB818', edition, { guid: tax[0]?.TaxHeadStatus['guid'], version: '1.0', Tax: tax }, options);
}
