/**
 * The statuses of an import inventory (CEB621) in customs, named by the CEB622 receipt `returnStatus` value that
 * reports them. Meanings from ceb-messages.md §3 and shared/reference/ceb/codes/receipt-return-status.json.
 *
 * | status | CEB name        | meaning in this machine                                                        |
 * |--------|-----------------|--------------------------------------------------------------------------------|
 * | 2      | 电子口岸申报中  | declared: received and being declared, not yet checked                          |
 * | 120    | 海关入库        | accepted: stored by customs, logical checks (matching, quota, tax) passed       |
 * | 300    | 人工审核        | manual review by an officer                                                     |
 * | 500    | 查验            | physical inspection                                                             |
 * | 399    | 海关审结        | review concluded: cleared, tax assessed (e-tax bill CEB816 issued)              |
 * | 800    | 放行            | released                                                                        |
 * | 899    | 结关            | closed                                                                          |
 * | 100    | 海关退单        | rejected by customs (reason in returnInfo)                                      |
 * | 501    | 扣留移送通关    | detained, transferred to clearance department                                    |
 * | 502    | 扣留移送缉私    | detained, transferred to anti-smuggling                                          |
 * | 503    | 扣留移送法规    | detained, transferred to legal department                                        |
 * | 599    | 其它扣留        | other detention                                                                  |
 * | 700    | 退运            | returned (shipped back)                                                          |
 *
 * Not states of this machine: 1 / 3 / 4 (E-Port draft, sent to customs, sending failed) are transport states of
 * E-Port; negative values are processing-error receipts (a business error code), not a status. The order
 * 2 → 120 → (300 | 500) → 399 → 800 → 899 is implied by the meanings but not specified (ceb-messages §3,
 * UNCONFIRMED), so the transition table is data (clearance.machine.ts) and can be replaced.
 */
export const CLEARANCE_STATUSES = [
  '2',
  '120',
  '300',
  '500',
  '399',
  '800',
  '899',
  '100',
  '501',
  '502',
  '503',
  '599',
  '700',
] as const;
export type ClearanceStatus = (typeof CLEARANCE_STATUSES)[number];

export const STATUS_NAMES: Readonly<Record<ClearanceStatus, { readonly zh: string; readonly en: string }>> = {
  '2': { zh: '电子口岸申报中', en: 'declared' },
  '120': { zh: '海关入库', en: 'accepted (logical checks passed)' },
  '300': { zh: '人工审核', en: 'manual review' },
  '500': { zh: '查验', en: 'inspection' },
  '399': { zh: '海关审结', en: 'review concluded (cleared, tax assessed)' },
  '800': { zh: '放行', en: 'released' },
  '899': { zh: '结关', en: 'closed' },
  '100': { zh: '海关退单', en: 'rejected' },
  '501': { zh: '扣留移送通关', en: 'detained, transferred to clearance' },
  '502': { zh: '扣留移送缉私', en: 'detained, transferred to anti-smuggling' },
  '503': { zh: '扣留移送法规', en: 'detained, transferred to legal' },
  '599': { zh: '其它扣留', en: 'other detention' },
  '700': { zh: '退运', en: 'returned' },
};

/** Statuses with no way out. */
export const TERMINAL_STATUSES: readonly ClearanceStatus[] = ['899', '100', '501', '502', '503', '599', '700'];

export function isClearanceStatus(value: string): value is ClearanceStatus {
  return (CLEARANCE_STATUSES as readonly string[]).includes(value);
}
