import { AppError } from '../../kernel/errors/index.js';
import { type Fen, parseDecimal, parseFen, type Rational } from '../../kernel/money.js';

/**
 * Reading configured policy values (limits, rates, tolerances). A policy is configuration, so a bad value is a
 * fault of the operator's setup, thrown as `config.invalid`, not a business outcome.
 */
export function fenSetting(name: string, text: string): Fen {
  const r = parseFen(text);
  if (!r.ok) throw new AppError('config.invalid', { name, reason: r.reasons[0]?.message ?? 'not an amount' });
  return r.value;
}

/** A non-negative exact decimal setting (rates, factors, tolerances, quantities). */
export function decimalSetting(name: string, text: string): Rational {
  const r = parseDecimal(text);
  if (!r.ok) throw new AppError('config.invalid', { name, reason: r.reasons[0]?.message ?? 'not a decimal' });
  return r.value;
}
