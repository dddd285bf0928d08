import type { DealDetail } from '../../api/deals.js';
import { useI18n } from '../../i18n/i18n.js';

type DeliveryState = DealDetail['deal']['delivery']['state'];

const RANK: Readonly<Record<DeliveryState, number>> = { none: 0, 'in-transit': 1, 'out-for-delivery': 2, delivered: 3, 'returned-to-sender': 3 };
/** The carrier's tracking statuses that reach each state (the hub's own rule, see delivery-state.ts). */
const TRACKING: Readonly<Record<string, DeliveryState>> = {
  'in-transit': 'in-transit',
  'out-for-delivery': 'out-for-delivery',
  'available-for-pickup': 'out-for-delivery',
  delivered: 'delivered',
  returned: 'returned-to-sender',
};

/** When the parcel first reached a state: the carrier's `delivery.<state>` event, else its first tracking event of it. */
function reachedAt(detail: DealDetail, state: DeliveryState): string | null {
  const carrier = detail.timeline.filter((e) => e.platform === 'carrier');
  const moved = carrier.find((e) => e.kind === `delivery.${state}`);
  if (moved) return moved.at;
  const tracked = carrier.find((e) => e.kind.startsWith('tracking.') && TRACKING[e.kind.slice('tracking.'.length)] === state);
  return tracked?.at ?? (state === 'delivered' ? detail.deal.delivery.deliveredAt : null);
}

/** In transit → out for delivery → delivered (or returned to sender), from the carrier's tracking. */
export function DeliveryProgress({ detail }: { readonly detail: DealDetail }) {
  const { t, shortDateTime } = useI18n();
  const { state, deliveredAt } = detail.deal.delivery;
  if (state === 'none') {
    return (
      <p className="muted deal-delivery-none" data-testid="delivery-progress">
        {t('deal.delivery.none')}
      </p>
    );
  }
  const last: DeliveryState = state === 'returned-to-sender' ? 'returned-to-sender' : 'delivered';
  const steps: readonly DeliveryState[] = ['in-transit', 'out-for-delivery', last];
  const rank = RANK[state];
  return (
    <ol className="progress-steps deal-delivery" aria-label={t('deal.delivery')} data-testid="delivery-progress">
      {steps.map((s, i) => {
        const done = RANK[s] <= rank;
        const stopped = done && s === 'returned-to-sender';
        const cls = stopped ? 'stopped' : done ? 'done' : i === rank ? 'current' : 'todo';
        const at = done ? (s === 'delivered' && deliveredAt ? deliveredAt : reachedAt(detail, s)) : null;
        return (
          <li key={s} className={`progress-step ${cls}`} {...(s === state && { 'aria-current': 'step' as const })}>
            <span className="progress-marker" aria-hidden="true" />
            <span className="progress-label">{t(`deal.delivery.${s}`)}</span>
            <span className="progress-time">{at ? shortDateTime(at) : ''}</span>
          </li>
        );
      })}
    </ol>
  );
}
