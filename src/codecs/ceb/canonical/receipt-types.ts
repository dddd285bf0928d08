import type { DecimalString } from '../../../domain/model/index.js';
import type { Edition } from '../schema-model.js';

/**
 * What customs (or E-Port) answers an import declaration with, keyed as ceb-messages.md §2.1 lists: the
 * business keys of the document, plus status, time and text. Inputs of the builders; `readReceipt` gives the
 * same shapes back with the guid filled in.
 */

/** The receipts answering a declaration (CEB312 answers CEB311, …, CEB712 answers CEB711). */
export const RECEIPT_TYPES = ['CEB312', 'CEB412', 'CEB512', 'CEB514', 'CEB622', 'CEB624', 'CEB626', 'CEB712'] as const;
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

export function isReceiptType(type: string): type is ReceiptType {
  return (RECEIPT_TYPES as readonly string[]).includes(type);
}

export interface ReceiptCommon {
  /** Receipt guid; generated (36 characters, uppercase) when absent. */
  readonly guid?: string;
  /** 2 accepted, 120 stored, 100 rejected, 800 released… negative on processing errors (§3). */
  readonly returnStatus: string;
  /** Written as YYYYMMDDhhmmssSSS in China time (UTC+8). */
  readonly returnTime: Date;
  /** Reason text; cut to the XSD's maximum length (1000 characters). */
  readonly returnInfo: string;
}

/** The keys of CEB622/624/626: copNo and preNo always (the XSD requires both), the rest when known. */
interface InventoryReceiptKeys {
  readonly copNo: string;
  readonly preNo: string;
  readonly customsCode?: string;
  readonly ebpCode?: string;
  readonly ebcCode?: string;
  readonly agentCode?: string;
  readonly invtNo?: string;
}

export type ReceiptInput = ReceiptCommon &
  (
    | { readonly type: 'CEB312'; readonly ebpCode: string; readonly ebcCode: string; readonly orderNo: string }
    | { readonly type: 'CEB412'; readonly payCode: string; readonly payTransactionId: string }
    | { readonly type: 'CEB512'; readonly logisticsCode: string; readonly logisticsNo: string }
    | { readonly type: 'CEB514'; readonly logisticsCode: string; readonly logisticsNo: string; readonly logisticsStatus: string }
    | ({ readonly type: 'CEB622' } & InventoryReceiptKeys)
    | ({ readonly type: 'CEB624' } & InventoryReceiptKeys)
    | ({ readonly type: 'CEB626' } & InventoryReceiptKeys)
    | {
        readonly type: 'CEB712';
        readonly copNo?: string;
        readonly preNo?: string;
        readonly rkdNo?: string;
        readonly customsCode?: string;
        readonly operatorCode?: string;
      }
  );

/** A receipt as read back: the input shape with its guid. */
export type Receipt = ReceiptInput & { readonly guid: string };

/** CEB900 format-check receipt: the platform could not parse or validate a message. */
export interface FormatReceiptInput {
  readonly guid?: string;
  /** Negative: format error. */
  readonly returnStatus: string;
  /** Cut to the XSD's maximum length (5000 characters). */
  readonly returnInfo: string;
  readonly returnTime: Date;
  /** CopMsgId of the rejected DxpMsg; empty when unknown. */
  readonly oriCopMsgId?: string;
  /** e.g. `CEB311Message`, or `Unknown` (at most 15 characters). */
  readonly oriMessageType: string;
  /** The original message, written as CDATA. */
  readonly oriBizMessage: string;
}

export type FormatReceipt = Omit<FormatReceiptInput, 'guid' | 'oriCopMsgId'> & { readonly guid: string; readonly oriCopMsgId: string };

export interface TaxBillLine {
  readonly gnum: number;
  readonly gcode: string;
  /** Dutiable value of the line. */
  readonly taxPrice: DecimalString;
  readonly customsTax: DecimalString;
  readonly valueAddedTax: DecimalString;
  readonly consumptionTax: DecimalString;
}

/** CEB816 electronic tax bill of one inventory. */
export interface TaxBillInput {
  readonly guid?: string;
  readonly returnTime: Date;
  readonly invtNo: string;
  readonly taxNo: string;
  readonly customsTax: DecimalString;
  readonly valueAddedTax: DecimalString;
  readonly consumptionTax: DecimalString;
  /** 1 generated, 2 aggregated, 3 void. */
  readonly status: string;
  readonly entDutyNo?: string;
  readonly assureCode?: string;
  readonly ebcCode?: string;
  readonly logisticsCode?: string;
  readonly agentCode?: string;
  readonly customsCode?: string;
  readonly note?: string;
  readonly lines: readonly TaxBillLine[];
}

export type TaxBill = TaxBillInput & { readonly guid: string };

/** CEB818 status of an electronic tax bill. */
export interface TaxStatusInput {
  readonly guid?: string;
  readonly returnTime: Date;
  readonly invtNo: string;
  readonly taxNo: string;
  readonly status: string;
  readonly entDutyNo?: string;
  readonly assureCode?: string;
}

export type TaxStatus = TaxStatusInput & { readonly guid: string };

/** What `readReceipt` returns: the message's type, edition and root guid, and its documents. */
export type ReceiptMessage =
  | {
      [T in ReceiptType]: {
        readonly type: T;
        readonly edition: Edition;
        readonly guid: string;
        readonly receipts: readonly Extract<Receipt, { type: T }>[];
      };
    }[ReceiptType]
  | { readonly type: 'CEB900'; readonly edition: Edition; readonly guid: string; readonly receipt: FormatReceipt }
  | { readonly type: 'CEB816'; readonly edition: Edition; readonly guid: string; readonly taxBills: readonly TaxBill[] }
  | { readonly type: 'CEB818'; readonly edition: Edition; readonly guid: string; readonly taxStatuses: readonly TaxStatus[] };
