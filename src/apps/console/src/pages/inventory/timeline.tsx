import type { InventoryEvent } from '../../api/types.js';
import { labelOf, statusLabel } from '../../i18n/codes.js';
import { useI18n } from '../../i18n/i18n.js';
import { StatusChip, toneOfStatus } from '../../ui/chips.js';
import { Card } from '../../ui/layout.js';

/** The state history, newest last: each move with who made it, when and why (officers' reasons included). */
export function Timeline({ events }: { readonly events: readonly InventoryEvent[] }) {
  const { t, dateTime } = useI18n();
  return (
    <Card title={t('timeline.title')} id="timeline" aside={<span className="hint">{t('common.chinaTime')}</span>}>
      {events.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {events.map((event, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: history entries are append-only and have no id
            <li key={i} className={`timeline-item tone-${toneOfStatus(event.to)}`}>
              <span className="timeline-dot" aria-hidden="true" />
              <div className="timeline-body">
                <div className="timeline-head">
                  <StatusChip status={event.to} />
                  <time dateTime={event.at} className="timeline-time">
                    {dateTime(event.at)}
                  </time>
                </div>
                <p className="timeline-reason">{event.reason}</p>
                <p className="timeline-meta">
                  {t('timeline.by', { actor: labelOf(t, 'actor', event.actor) })}
                  {event.from && event.from !== event.to && ` · ${t('timeline.from', { status: statusLabel(t, event.from) })}`}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
