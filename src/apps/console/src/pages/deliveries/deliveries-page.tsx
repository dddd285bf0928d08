import { useState } from 'react';
import { useDeliveries, useReplayDelivery } from '../../api/hub-hooks.js';
import type { Delivery, DeliveryStatus } from '../../api/hub-types.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip, type Tone } from '../../ui/chips.js';
import { Card, PageHeader, Pager } from '../../ui/layout.js';
import { Empty, ErrorNotice, QueryState } from '../../ui/states.js';
import { StatusTabs, SuccessNotice } from '../../ui/status-tabs.js';
import { useKeyset } from '../../ui/use-keyset.js';
import { AttemptsButton } from './attempts-dialog.js';
import '../hub.css';

type Filter = DeliveryStatus | 'all';
const FILTERS: readonly Filter[] = ['failed', 'pending', 'delivered', 'all'];
export const DELIVERY_TONE: Readonly<Record<DeliveryStatus, Tone>> = { pending: 'progress', delivered: 'success', failed: 'danger' };

/** Status webhooks sent to the merchant's storefronts: how each went, and a replay for the failed ones. */
export function DeliveriesPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>('failed');
  const keyset = useKeyset();
  const deliveries = useDeliveries(filter === 'all' ? undefined : filter, keyset.after);
  const replay = useReplayDelivery();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('deliveries.title')} subtitle={t('deliveries.subtitle')} />
      <StatusTabs
        legend={t('deliveries.filter')}
        options={FILTERS}
        value={filter}
        label={(f) => t(`deliveries.status.${f}`)}
        onChange={(f) => {
          setFilter(f);
          keyset.reset();
          setMessage(null);
        }}
      />
      <SuccessNotice message={message} />
      {replay.error !== null && <ErrorNotice error={replay.error} />}
      <Card>
        <QueryState query={deliveries}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title={t(filter === 'failed' ? 'deliveries.emptyFailed' : 'deliveries.empty')} hint={t('deliveries.emptyHint')} />
            ) : (
              <>
                <DeliveriesTable
                  items={page.items}
                  replaying={replay.isPending}
                  onReplay={(d) => replay.mutate(d.id, { onSuccess: () => setMessage(t('deliveries.replayed', { event: d.eventId })) })}
                />
                <Pager page={keyset.page} hasNext={page.next !== null} onPrevious={keyset.previous} onNext={() => keyset.next(page.next)} />
              </>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}

function DeliveriesTable({ items, replaying, onReplay }: { readonly items: readonly Delivery[]; readonly replaying: boolean; readonly onReplay: (d: Delivery) => void }) {
  const { t, shortDateTime } = useI18n();
  const col = {
    event: t('deliveries.col.event'),
    status: t('deliveries.col.status'),
    attempts: t('deliveries.col.attempts'),
    response: t('deliveries.col.response'),
    next: t('deliveries.col.next'),
    created: t('deliveries.col.created'),
    action: t('deliveries.col.action'),
  };
  return (
    <div className="table-wrap">
      <table className="table table-cards deliveries-table" data-testid="deliveries">
        <caption className="sr-only">{t('deliveries.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{col.event}</th>
            <th scope="col">{col.status}</th>
            <th scope="col" className="num">
              {col.attempts}
            </th>
            <th scope="col">{col.response}</th>
            <th scope="col">{col.next}</th>
            <th scope="col">{col.created}</th>
            <th scope="col">{col.action}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id}>
              <td data-label={col.event}>
                <span className="mono">{d.eventId}</span>
                <span className="cell-sub">
                  {d.dealId && <span className="mono">{d.dealId} · </span>}
                  <span className="mono url">{d.url}</span>
                </span>
              </td>
              <td data-label={col.status}>
                <Chip tone={DELIVERY_TONE[d.status]}>{t(`deliveries.status.${d.status}`)}</Chip>
              </td>
              <td data-label={col.attempts} className="num">
                {d.attempts}
              </td>
              <td data-label={col.response} className="cell-wrap">
                {d.lastStatusCode !== null ? <span className="mono">HTTP {d.lastStatusCode}</span> : <span className="muted">{t('deliveries.noResponse')}</span>}
                {d.lastError && <span className="cell-sub">{d.lastError}</span>}
              </td>
              <td data-label={col.next} className="cell-date">
                {d.nextRetryAt ? shortDateTime(d.nextRetryAt) : '—'}
              </td>
              <td data-label={col.created} className="cell-date">
                {shortDateTime(d.createdAt)}
              </td>
              <td data-label={col.action} className="cell-actions">
                <div className="actions">
                  <AttemptsButton delivery={d} />
                  {d.status === 'failed' && (
                    <button type="button" className="btn btn-small" disabled={replaying} aria-label={t('deliveries.replayNamed', { event: d.eventId })} onClick={() => onReplay(d)}>
                      {t('deliveries.replay')}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
