import { useState } from 'react';
import { useDelivery } from '../../api/hub-hooks.js';
import type { Delivery } from '../../api/hub-types.js';
import { useI18n } from '../../i18n/i18n.js';
import { Modal } from '../../ui/dialog.js';
import { Empty, QueryState } from '../../ui/states.js';

/** Every attempt of one delivery: when, the answer's status code or the error, and how long it took. */
export function AttemptsButton({ delivery }: { readonly delivery: Delivery }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-small btn-ghost" aria-label={t('deliveries.attemptsOf', { event: delivery.eventId })} onClick={() => setOpen(true)}>
        {t('deliveries.attempts')}
      </button>
      <Modal open={open} wide title={t('deliveries.attemptsOf', { event: delivery.eventId })} onClose={() => setOpen(false)}>
        {open && <Attempts id={delivery.id} />}
      </Modal>
    </>
  );
}

function Attempts({ id }: { readonly id: string }) {
  const { t, dateTime } = useI18n();
  const detail = useDelivery(id);
  const col = { n: '#', at: t('deliveries.col.at'), response: t('deliveries.col.response'), duration: t('deliveries.col.duration') };
  return (
    <QueryState query={detail}>
      {(d) =>
        d.attempts_log.length === 0 ? (
          <Empty title={t('deliveries.noAttempts')} />
        ) : (
          <div className="table-wrap">
            <table className="table table-cards">
              <caption className="sr-only">{t('deliveries.attempts')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {col.n}
                  </th>
                  <th scope="col">{col.at}</th>
                  <th scope="col">{col.response}</th>
                  <th scope="col" className="num">
                    {col.duration}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.attempts_log.map((a) => (
                  <tr key={a.attempt}>
                    <td data-label={col.n} className="num">
                      {a.attempt}
                    </td>
                    <td data-label={col.at}>{dateTime(a.at)}</td>
                    <td data-label={col.response} className="cell-wrap">
                      {a.statusCode !== null && <span className="mono">HTTP {a.statusCode} </span>}
                      {a.error && <span className="cell-sub">{a.error}</span>}
                    </td>
                    <td data-label={col.duration} className="num">
                      {a.durationMs !== null ? `${a.durationMs} ms` : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryState>
  );
}
