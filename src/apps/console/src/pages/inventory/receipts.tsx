import type { Receipt } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip, StatusChip } from '../../ui/chips.js';
import { Card } from '../../ui/layout.js';
import { XmlButton } from '../../ui/xml-view.js';

/** An inventory receipt's returnStatus is a clearance status; other receipts, and negative error codes, show as they are. */
function ReturnStatus({ type, value }: { readonly type: string; readonly value: string }) {
  if (type === 'CEB622' && /^\d+$/.test(value)) return <StatusChip status={value} />;
  return <Chip tone={value.startsWith('-') ? 'danger' : 'neutral'}>{value}</Chip>;
}

export function ReceiptsCard({ receipts }: { readonly receipts: readonly Receipt[] }) {
  const { t, dateTime, shortDateTime } = useI18n();
  const col = {
    type: t('receipts.col.type'),
    status: t('receipts.col.status'),
    info: t('receipts.col.info'),
    at: t('receipts.col.at'),
    delivered: t('receipts.col.delivered'),
    xml: t('receipts.col.xml'),
  };
  return (
    <Card title={t('receipts.title')} id="receipts">
      {receipts.length === 0 ? (
        <p className="muted">{t('receipts.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-cards">
            <caption className="sr-only">{t('receipts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{col.type}</th>
                <th scope="col">{col.status}</th>
                <th scope="col">{col.info}</th>
                <th scope="col">{col.at}</th>
                <th scope="col">{col.delivered}</th>
                <th scope="col">{col.xml}</th>
              </tr>
            </thead>
            <tbody>
              {receipts.map((r, i) => (
                <tr key={r.id}>
                  <td data-label={col.type} className="mono">
                    {r.messageType}
                  </td>
                  <td data-label={col.status}>
                    <ReturnStatus type={r.messageType} value={r.returnStatus} />
                  </td>
                  <td data-label={col.info} className="cell-wrap">
                    {r.returnInfo}
                  </td>
                  <td data-label={col.at} className="cell-date" title={dateTime(r.createdAt)}>
                    {shortDateTime(r.createdAt)}
                  </td>
                  <td data-label={col.delivered}>
                    <Chip tone={r.delivered ? 'success' : 'neutral'}>{r.delivered ? t('receipts.delivered') : t('receipts.pending')}</Chip>
                  </td>
                  <td data-label={col.xml}>
                    <XmlButton
                      xml={r.xml}
                      title={t('receipts.xmlTitle', { type: r.messageType })}
                      label={t('receipts.viewXmlOf', { type: r.messageType, n: i + 1 })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
