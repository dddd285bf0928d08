import { useLocation, useSearch } from 'wouter';
import { DEAL_STATUS_ORDER, type DealFilters, type DealStatus, useDeals, useStorefronts } from '../../api/deals.js';
import { useI18n } from '../../i18n/i18n.js';
import { Card, PageHeader, Pager } from '../../ui/layout.js';
import { Empty, QueryState } from '../../ui/states.js';
import { useKeyset } from '../../ui/use-keyset.js';
import { DealFilterBar } from './deal-filters.js';
import { DealTable } from './deal-table.js';
import './deals.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters as the address shows them (shareable): /deals?status=…&channel=…&from=…&to=…&q=… */
export function filtersFromUrl(search: string): DealFilters {
  const p = new URLSearchParams(search);
  const status = p.get('status');
  const day = (name: string) => {
    const v = p.get(name);
    return v && DAY.test(v) ? v : undefined;
  };
  return {
    status: status && (DEAL_STATUS_ORDER as readonly string[]).includes(status) ? (status as DealStatus) : undefined,
    storefront: p.get('channel') || undefined,
    from: day('from'),
    to: day('to'),
    q: p.get('q')?.trim().slice(0, 100) || undefined,
  };
}

export function urlOfFilters(f: DealFilters): string {
  const p = new URLSearchParams();
  for (const [name, value] of [
    ['status', f.status],
    ['channel', f.storefront],
    ['from', f.from],
    ['to', f.to],
    ['q', f.q],
  ] as const) {
    if (value) p.set(name, value);
  }
  const text = p.toString();
  return text ? `/deals?${text}` : '/deals';
}

function DealList({ filters }: { readonly filters: DealFilters }) {
  const { t, number } = useI18n();
  const [, navigate] = useLocation();
  const keyset = useKeyset();
  const deals = useDeals(filters, keyset.after);
  const storefronts = useStorefronts();
  const channels = storefronts.data?.items ?? [];
  const channelName = (id: string) => channels.find((c) => c.id === id)?.label ?? id;
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <Card>
      <DealFilterBar filters={filters} channels={channels} onChange={(next) => navigate(urlOfFilters(next), { replace: true })} />
      <QueryState query={deals} rows={6}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={t(filtered ? 'deals.emptyFilteredTitle' : 'deals.emptyTitle')} hint={t(filtered ? 'deals.emptyFiltered' : 'deals.emptyHint')} />
          ) : (
            <>
              <p className="deal-count" aria-live="polite">
                {page.total.capped ? t('deals.countCapped', { n: number(page.total.count) }) : t('deals.count', { n: number(page.total.count) })}
              </p>
              <DealTable items={page.items} channelName={channelName} />
              <Pager page={keyset.page} hasNext={page.next !== null} onPrevious={keyset.previous} onNext={() => keyset.next(page.next)} />
              <p className="hint">{t('common.chinaTime')}</p>
            </>
          )
        }
      </QueryState>
    </Card>
  );
}

/** The hub's deals, newest first: one per storefront order, with where each stands across the four platforms. */
export function DealsPage() {
  const { t } = useI18n();
  const search = useSearch();
  const filters = filtersFromUrl(search);
  return (
    <>
      <PageHeader title={t('deals.title')} subtitle={t('deals.subtitle')} />
      {/* a new filter starts again at the first page */}
      <DealList key={urlOfFilters(filters)} filters={filters} />
    </>
  );
}
