/**
 * Masking of personal data for display and logs. The masks have a fixed width, so they do not reveal the
 * length of what they hide.
 */
const MASK = '********';

/**
 * Identity numbers: keep the first 4 and last 4 characters, e.g. 11010519491231002X → 1101********002X.
 * Values too short to keep both ends without revealing most of them are fully masked.
 */
export function maskIdNumber(value: string, keepStart = 4, keepEnd = 4): string {
  const v = value.trim();
  if (v.length <= keepStart + keepEnd + 2) return MASK;
  return `${v.slice(0, keepStart)}${MASK}${v.slice(v.length - keepEnd)}`;
}

/**
 * Telephone numbers: spaces and hyphens are dropped, a leading +86 / 0086 is kept as "+86", then the first 3 and
 * last 4 digits stay: 13812345678 → 138****5678. Numbers with fewer than 8 digits keep only their last 2.
 */
export function maskPhone(value: string): string {
  let digits = value.replace(/[\s-]/g, '');
  let prefix = '';
  const international = /^(?:\+|00)86(\d{8,})$/.exec(digits);
  if (international !== null) {
    prefix = '+86 ';
    digits = international[1] ?? '';
  }
  if (digits.length < 8) return `${prefix}****${digits.slice(-2)}`;
  return `${prefix}${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Personal names: keep the first character, e.g. 张三丰 → 张**, "Li Lei" → L*****. */
export function maskName(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length === 0) return '';
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}
