import type { LimitDecision } from '../quota/limits.rules.js';
import type { LimitPolicy } from '../quota/quota.policy.js';
import type { Channel, Treatment } from './quote.types.js';

/**
 * From the limit decision to the channel (rules.md A2):
 * - within the limits                  → cbec, preferential (duty 0, VAT and consumption tax at 70%);
 * - one indivisible item over 5,000     → cbec (or general, by policy), full-rate tax, counted in the year;
 * - over the limits                     → general trade, full MFN duty + VAT + consumption tax.
 * "refused" is decided before this (input, identity, positive list, missing rates).
 */
export function channelFor(
  decision: LimitDecision,
  policy: LimitPolicy,
): { channel: Exclude<Channel, 'refused'>; treatment: Exclude<Treatment, 'none'> } {
  switch (decision.route) {
    case 'within-limits':
      return { channel: 'cbec', treatment: 'preferential' };
    case 'single-item-full-rate':
      return { channel: policy.singleItem.channel, treatment: 'full-rate' };
    case 'over-limits':
      return { channel: 'general', treatment: 'full-rate' };
  }
}
