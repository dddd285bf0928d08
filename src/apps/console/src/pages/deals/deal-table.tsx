import { Link } from 'wouter';
import type { DealSummary } from '../../api/deals.js';
import { useI18n } from '../../i18n/i18n.js';
import { DealStatusChip } from './deal-status.js';

/** Deals as a table at desktop width and as stacked cards on a phone (each cell carries its label). */
export function DealTable({ items, channelName }: { readonly items: readonly DealSummary[]; readonly channelName: (id: string) => string }) {
  const { t, money, dateTime, shortDateTime } = useI18n();
  const col = {
    order: t('deals.col.order'),
    status: t('deals.col.status'),
    channel: t('deals.col.channel'),
    amount: t('deals.col.amount'),
    created: t('deals.col.created'),
  };
  return (
    <div className="table-wrap">
      <table className="table table-cards" data-testid="deals-table">
        <caption className="sr-only">{t('deals.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{col.order}</th>
            <th scope="col">{col.status}</th>
            <th scope="col">{col.channel}</th>
            <th scope="col" className="num">
              {col.amount}
            </th>
            <th scope="col">{col.created}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((deal) => (
            <tr key={deal.id}>
              <td data-label={col.order} className="cell-primary">
                <Link href={`/deals/${deal.id}`} className="row-link" aria-label={t('deals.open', { orderNo: deal.orderNo })}>
                  <span className="mono">{deal.orderNo}</span>
                </Link>
                {deal.logisticsNo && <span className="cell-sub mono">{deal.logisticsNo}</span>}
              </td>
              <td data-label={col.status}>
                <DealStatusChip status={deal.status} />
                {deal.reason && <span className="cell-sub mono">{deal.reason.code}</span>}
              </td>
              <td data-label={col.channel}>
                <span className="deal-channel">{channelName(deal.storefrontConnectionId)}</span>
                <span className="cell-sub">{t('deals.mode', { mode: deal.tradeMode })}</span>
              </td>
              <td data-label={col.amount} className="num">
                {money(deal.amount)}
              </td>
              <td data-label={col.created} className="cell-date" title={dateTime(deal.createdAt)}>
                {shortDateTime(deal.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
