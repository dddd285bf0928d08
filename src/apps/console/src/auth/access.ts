import type { MessageKey } from '../i18n/en.js';
import type { Role } from '../api/types.js';

/** The console's pages, who may open them (as the API allows), and where they sit in the navigation. */
export type PageId =
  | 'review'
  | 'inspection'
  | 'inventories'
  | 'dashboard'
  | 'quota'
  | 'calculator'
  | 'stock'
  | 'jobs'
  | 'participants'
  | 'deals'
  | 'products'
  | 'connectors'
  | 'deliveries'
  | 'failures';

export type NavGroup = 'work' | 'insight' | 'tools' | 'hub' | 'admin';

export interface PageSpec {
  readonly path: string;
  readonly label: MessageKey;
  readonly group: NavGroup;
  readonly roles: readonly Role[];
}

const ALL: readonly Role[] = ['ebp', 'ebc', 'payment', 'logistics', 'warehouse', 'customs', 'admin'];
const OFFICIALS: readonly Role[] = ['customs', 'admin'];

export const PAGES: Readonly<Record<PageId, PageSpec>> = {
  review: { path: '/review', label: 'nav.review', group: 'work', roles: OFFICIALS },
  inspection: { path: '/inspection', label: 'nav.inspection', group: 'work', roles: OFFICIALS },
  inventories: { path: '/inventories', label: 'nav.inventories', group: 'work', roles: ALL },
  dashboard: { path: '/dashboard', label: 'nav.dashboard', group: 'insight', roles: OFFICIALS },
  quota: { path: '/quota', label: 'nav.quota', group: 'insight', roles: ['customs', 'admin', 'ebp', 'ebc'] },
  stock: { path: '/stock', label: 'nav.stock', group: 'insight', roles: ['customs', 'admin', 'warehouse', 'ebc'] },
  calculator: { path: '/calculator', label: 'nav.calculator', group: 'tools', roles: ALL },
  jobs: { path: '/jobs', label: 'nav.jobs', group: 'admin', roles: ['admin'] },
  participants: { path: '/participants', label: 'nav.participants', group: 'admin', roles: ['admin'] },
  // Issue 5 (the integration hub) brings these; until then they say so and claim nothing.
  deals: { path: '/deals', label: 'nav.deals', group: 'hub', roles: ['ebp', 'ebc', 'logistics', 'warehouse', 'admin'] },
  products: { path: '/products', label: 'nav.products', group: 'hub', roles: ['ebp', 'ebc', 'logistics', 'warehouse'] },
  connectors: { path: '/connectors', label: 'nav.connectors', group: 'hub', roles: ['ebp', 'ebc', 'logistics', 'warehouse'] },
  deliveries: { path: '/deliveries', label: 'nav.deliveries', group: 'hub', roles: ['ebp', 'ebc', 'logistics', 'warehouse', 'admin'] },
  failures: { path: '/failures', label: 'nav.failures', group: 'hub', roles: ['ebp', 'ebc', 'logistics', 'warehouse', 'admin'] },
};

export const NAV_GROUPS: readonly NavGroup[] = ['work', 'insight', 'tools', 'hub', 'admin'];

export const canOpen = (role: Role, page: PageId): boolean => PAGES[page].roles.includes(role);

/** Only officers decide on inventories (the API allows customs alone). */
export const canDecide = (role: Role): boolean => role === 'customs';

/** Where a participant lands after signing in. */
export function homeOf(role: Role): string {
  if (role === 'customs') return PAGES.review.path;
  if (role === 'admin') return PAGES.dashboard.path;
  return PAGES.inventories.path;
}
