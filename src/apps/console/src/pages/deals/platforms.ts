import type { Declaration } from '../../api/deals.js';

/**
 * The four platforms of a deal (and the hub between them), each with its colour: the e-commerce platform
 * (storefront), the payment institution, logistics (carrier and bonded warehouse) and customs.
 */
export const PLATFORMS = ['storefront', 'payment', 'carrier', 'warehouse', 'customs', 'hub'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export const isPlatform = (value: string): value is PlatformId => (PLATFORMS as readonly string[]).includes(value);

/** Whose document a declaration carries: the order the platform's, the payment the institution's, and so on. */
export function platformOfDeclaration(d: Pick<Declaration, 'type'>): PlatformId {
  if (d.type === 'CEB311') return 'storefront';
  if (d.type === 'CEB411') return 'payment';
  if (d.type === 'CEB511' || d.type === 'CEB513') return 'carrier';
  return 'customs';
}
