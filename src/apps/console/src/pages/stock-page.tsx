import { type FormEvent, useId, useState } from 'react';
import { useStock } from '../api/hooks.js';
import { useSignedIn } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { Card, PageHeader } from '../ui/layout.js';
import { Empty, QueryState } from '../ui/states.js';

/** Bonded (1210) stock per enterprise and item; a merchant sees its own, officers and warehouses filter. */
export function StockPage() {
  const { t, shortDateTime } = useI18n();
  const { participant } = useSignedIn();
  const own = participant.role === 'ebc';
  const [draft, setDraft] = useState('');
  const [owner, setOwner] = useState<string | undefined>(undefined);
  const stock = useStock(own ? undefined : owner);
  const ownerField = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOwner(draft.trim() || undefined);
  };
  const col = { owner: t('stock.col.owner'), item: t('stock.col.item'), qty: t('stock.col.qty'), updated: t('stock.col.updated') };

  return (
    <>
      <PageHeader title={t('stock.title')} subtitle={t(own ? 'stock.subtitle.own' : 'stock.subtitle.all')} />
      <Card>
        {!own && (
          <form className="toolbar" onSubmit={submit}>
            <label htmlFor={ownerField} className="label-inline">
              {t('stock.owner')}
            </label>
            <input id={ownerField} className="input input-inline mono" maxLength={18} value={draft} onChange={(e) => setDraft(e.target.value)} />
            <button type="submit" className="btn btn-small">
              {t('stock.filter')}
            </button>
          </form>
        )}
        <QueryState query={stock}>
          {({ items }) =>
            items.length === 0 ? (
              <Empty title={t('stock.emptyTitle')} hint={t('stock.emptyHint')} />
            ) : (
              <div className="table-wrap">
                <table className="table table-cards">
                  <caption className="sr-only">{t('stock.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{col.owner}</th>
                      <th scope="col">{col.item}</th>
                      <th scope="col" className="num">
                        {col.qty}
                      </th>
                      <th scope="col">{col.updated}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((row) => (
                      <tr key={`${row.ownerCode}|${row.itemKey}`}>
                        <td data-label={col.owner} className="mono">
                          {row.ownerCode}
                        </td>
                        <td data-label={col.item} className="mono">
                          {row.itemKey}
                        </td>
                        <td data-label={col.qty} className="num">
                          {row.qty}
                        </td>
                        <td data-label={col.updated}>{shortDateTime(row.updatedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
