import { Link } from 'wouter';
import { type DealDetail, useDeal, useStorefronts } from '../../api/deals.js';
import { modeLabel } from '../../i18n/codes.js';
import { useI18n } from '../../i18n/i18n.js';
import { Masked } from '../../ui/chips.js';
import { Icon } from '../../ui/icons.js';
import { Card, Facts, PageHeader } from '../../ui/layout.js';
import { QueryState } from '../../ui/states.js';
import { DealActions } from './deal-actions.js';
import { DealStatusChip } from './deal-status.js';
import { DealTimeline } from './deal-timeline.js';
import { DeliveryProgress } from './delivery-progress.js';
import { DealReasonNotice } from './reason-notice.js';
import './deals.css';

const mono = (value: string | null | undefined) => <span className="mono">{value || '—'}</span>;

function DealFacts({ detail }: { readonly detail: DealDetail }) {
  const { t, money, dateTime } = useI18n();
  const storefronts = useStorefronts();
  const { deal, documents } = detail;
  const channel = storefronts.data?.items.find((c) => c.id === deal.storefrontConnectionId)?.label ?? deal.storefrontConnectionId;
  return (
    <div className="grid grid-2">
      <Card title={t('deal.facts')}>
        <Facts
          items={[
            [t('deal.orderNo'), mono(deal.orderNo)],
            [t('deal.id'), mono(deal.id)],
            [t('deals.channel'), channel],
            [t('inventory.mode'), modeLabel(t, deal.tradeMode)],
            [t('deal.waybill'), mono(deal.logisticsNo)],
            [t('inventory.invtNo'), mono(deal.invtNo)],
            [t('deal.created'), dateTime(deal.createdAt)],
            [t('deal.released'), dateTime(deal.releasedAt)],
          ]}
        />
        <h3 className="deal-delivery-title">{t('deal.delivery')}</h3>
        <DeliveryProgress detail={detail} />
      </Card>
      <div className="stack">
        <Card title={t('deal.money')}>
          <Facts
            items={[
              [t('deal.paid'), <strong key="paid">{money(documents.order.actualPaid)}</strong>],
              [t('inventory.goodsValue'), money(documents.order.goodsValue)],
              [t('deal.freight'), money(documents.order.freight)],
              [t('deal.estimatedTax'), money(deal.estimatedTax)],
              [t('deal.customsTax'), money(deal.customsTax)],
              [t('deal.stock'), t(`deal.stock.${deal.stock}` as 'deal.stock.none')],
            ]}
          />
        </Card>
        <Card
          title={t('inventory.buyer')}
          aside={
            <span className="masked-badge">
              <Icon name="lock" size={14} />
              {t('common.masked')}
            </span>
          }
        >
          <Facts
            items={[
              [t('inventory.buyerName'), <Masked key="n" value={documents.order.buyer.name} />],
              [t('inventory.buyerId'), <Masked key="i" value={documents.order.buyer.idNumber} />],
              [t('inventory.buyerPhone'), <Masked key="p" value={documents.order.buyer.telephone} />],
            ]}
          />
        </Card>
      </div>
    </div>
  );
}

/** One deal: where it stands, why it stopped if it did, what may be done, and its timeline across the platforms. */
export function DealPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const detail = useDeal(id);
  return (
    <QueryState query={detail} rows={8}>
      {(d) => (
        <>
          <PageHeader title={t('deal.title', { orderNo: d.deal.orderNo })} actions={<DealStatusChip status={d.deal.status} />}>
            <Link href="/deals" className="back-link">
              <Icon name="arrowLeft" size={16} />
              {t('deal.back')}
            </Link>
          </PageHeader>
          <DealReasonNotice status={d.deal.status} reason={d.deal.reason} />
          <DealActions detail={d} />
          <DealFacts detail={d} />
          <DealTimeline detail={d} />
        </>
      )}
    </QueryState>
  );
}
