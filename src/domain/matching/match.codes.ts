import type { Reason } from '../../kernel/result.js';

/**
 * Every check of the three-document matching has a stable dotted rule id. Where the standard gives a business
 * error code (shared/reference/ceb/codes/error-codes-202205.json, table 7-2 of the 202205 spec), `code` is that
 * code; otherwise `code` is the rule id itself. Checks that have no standard code are business rejections:
 * the single window answers them with returnStatus 100 (海关退单) and the message in returnInfo.
 */
export type DocumentKind = 'order' | 'payment' | 'waybill' | 'inventory';

export interface CheckReason extends Reason {
  readonly code: string;
  /** Stable dotted id of the check (also for statistics by rejection cause). */
  readonly rule: string;
  /** The document at fault. */
  readonly document: DocumentKind;
  /** Path of the field at fault, e.g. "payment.amountPaid", "inventory.lines[0].gname". */
  readonly field: string;
}

/** Rules that carry a standard code, and the code's text in the table. */
export const STANDARD_CODES: Readonly<Record<string, { readonly code: string; readonly text: string }>> = {
  'enterprise.unknown': { code: '-10102', text: '无效企业代码 (invalid enterprise code)' },
  'enterprise.wrong_role': { code: '-10101', text: '无效企业类型 (invalid enterprise type)' },
  'order.no_lines': { code: '-301001', text: '订单商品表体信息不存在 (order has no goods lines)' },
  'order.duplicate_gnum': { code: '-301002', text: '订单商品信息内有重复商品序号 (duplicate line number)' },
  /* −301003/−301004/−301005 share the text "订单信息查询不存在"; −301005 puts the key first ("[*]订单…"). */
  'order.missing': { code: '-301005', text: '[*]订单信息查询不存在 (order not found)' },
  'payment.missing': { code: '-401004', text: '[*]对应支付凭证查询不存在 (no payment for [order])' },
  'inventory.no_lines': { code: '-621000', text: '清单表体为空 (inventory has no lines)' },
  /* −621027 appears twice in the table; this is the "请确认表体 gnum 无重复" entry. */
  'inventory.duplicate_gnum': { code: '-621027', text: '请确认表体 gnum 无重复 (duplicate gnum)' },
  'quota.order_limit': { code: '-621005', text: '购买金额超过单笔限额 (over the single-transaction limit)' },
  'quota.annual_limit': { code: '-621018', text: '本次购买将超过年度限额 (would exceed the annual limit)' },
};

/** Builds a reason for a rule, with the standard code when there is one. */
export function checkReason(rule: string, document: DocumentKind, field: string, message: string): CheckReason {
  return { code: STANDARD_CODES[rule]?.code ?? rule, rule, document, field, message };
}
