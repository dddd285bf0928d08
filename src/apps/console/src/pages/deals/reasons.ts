import type { MessageKey } from '../../i18n/en.js';
import { isMessageKey, type Translate } from '../../i18n/i18n.js';

/**
 * Why a deal was stopped or refused, in words. The hub and customs word a refusal as "[code] field: message; …"
 * (codes are the matching's rule ids, the standard's negative business codes, or a partner's code). Each part is
 * explained by its code and names the field at fault; the server's own sentence is kept beside it.
 */
export interface ExplainedReason {
  readonly code: string;
  /** The field path as the server gave it (e.g. "payment.amountPaid", "inventory.lines[0].gname"). */
  readonly field: string | null;
  /** The field in words, when known. */
  readonly fieldLabel: string | null;
  /** The explanation in the reader's language, when the code is known. */
  readonly sentence: string | null;
  /** The server's words. */
  readonly server: string;
}

const PART = /^\[([^\]\s]{1,80})\]\s*(?:([A-Za-z][\w.[\]]*):\s)?([\s\S]*)$/;

/** The field at fault, without line indexes: "inventory.lines[2].gname" → "inventory.lines.gname". */
const fieldKey = (field: string) => `dealField.${field.replace(/\[\d+\]/g, '')}`;

/** Standard codes (negative) to the rule that uses them, so both explain alike. */
const STANDARD: Readonly<Record<string, string>> = {
  '-10102': 'enterprise.unknown',
  '-10101': 'enterprise.wrong_role',
  '-301001': 'order.no_lines',
  '-301002': 'order.duplicate_gnum',
  '-301005': 'order.missing',
  '-401004': 'payment.missing',
  '-621000': 'inventory.no_lines',
  '-621027': 'inventory.duplicate_gnum',
  '-621005': 'quota.order_limit',
  '-621018': 'quota.annual_limit',
};

export function explainCode(t: Translate, code: string): string | null {
  const key = `dealReason.${STANDARD[code] ?? code}`;
  return isMessageKey(key) ? t(key as MessageKey) : null;
}

/** Splits a reason text into its coded parts (a text without codes is one part under `fallbackCode`). */
export function explainReasons(t: Translate, text: string, fallbackCode: string): ExplainedReason[] {
  const parts = text.split(/;\s(?=\[)/).filter((p) => p.trim() !== '');
  if (parts.length === 0) parts.push('');
  return parts.map((part) => {
    const match = PART.exec(part.trim());
    const code = match?.[1] ?? fallbackCode;
    const field = match?.[2] ?? null;
    const key = field ? fieldKey(field) : null;
    return {
      code,
      field,
      fieldLabel: key && isMessageKey(key) ? t(key as MessageKey) : null,
      sentence: explainCode(t, code),
      server: (match ? (match[3] ?? '') : part).trim(),
    };
  });
}
