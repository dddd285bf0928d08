import type { Role } from './roles.js';

/**
 * Checks a participant's registered code. Enterprises carry their customs registration code (or the E-Port
 * platform id): the CEB schemas allow 1–18 characters; we accept upper-case letters and digits, as issued.
 * Customs is identified by its 4-digit customs district code (关区代码). Admin codes are local names.
 * Returns the reason the code is invalid, or undefined when it is valid.
 */
export function participantCodeProblem(role: Role, code: string): string | undefined {
  if (role === 'customs') return /^\d{4}$/.test(code) ? undefined : 'a customs district code is 4 digits';
  if (role === 'admin') {
    return /^[A-Za-z0-9_-]{1,32}$/.test(code) ? undefined : 'use 1–32 letters, digits, "_" or "-"';
  }
  return /^[0-9A-Z]{1,18}$/.test(code)
    ? undefined
    : 'a registered enterprise code is 1–18 upper-case letters or digits';
}
