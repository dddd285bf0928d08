import { receivedMessagePath } from '../../api/hooks.js';
import type { Original } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip } from '../../ui/chips.js';
import { Card } from '../../ui/layout.js';
import { XmlAtButton } from '../../ui/xml-view.js';

/** The four documents the inventory was matched on, each with its signed original where the viewer may open it. */
export function OriginalsCard({ originals }: { readonly originals: readonly Original[] }) {
  const { t } = useI18n();
  const col = { document: t('originals.col.document'), message: t('originals.col.message'), xml: t('originals.col.xml') };
  return (
    <Card title={t('originals.title')} id="originals">
      <p className="muted">{t('originals.hint')}</p>
      <div className="table-wrap">
        <table className="table table-cards">
          <caption className="sr-only">{t('originals.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{col.document}</th>
              <th scope="col">{col.message}</th>
              <th scope="col">{col.xml}</th>
            </tr>
          </thead>
          <tbody>
            {originals.map((o) => (
              <tr key={o.kind}>
                <td data-label={col.document}>{t(`originals.kind.${o.kind}`)}</td>
                <td data-label={col.message} className="mono">
                  {o.messageType}
                </td>
                <td data-label={col.xml}>
                  {o.messageId ? (
                    <XmlAtButton
                      path={receivedMessagePath(o.messageId)}
                      title={t('originals.xmlTitle', { type: o.messageType })}
                      label={t('originals.viewXmlOf', { type: o.messageType })}
                    />
                  ) : (
                    <Chip tone="neutral">{t(`originals.${o.unavailable ?? 'not-received'}`)}</Chip>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
