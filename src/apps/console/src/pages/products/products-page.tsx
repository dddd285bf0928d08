import { type FormEvent, useId, useState } from 'react';
import { useProducts } from '../../api/hub-hooks.js';
import type { PositiveList } from '../../api/hub-types.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip, type Tone } from '../../ui/chips.js';
import { Card, PageHeader, Pager } from '../../ui/layout.js';
import { Empty, QueryState } from '../../ui/states.js';
import { useKeyset } from '../../ui/use-keyset.js';
import { ImportCard } from './import-card.js';
import '../hub.css';

const LIST_TONE: Readonly<Record<PositiveList, Tone>> = { listed: 'success', 'not-listed': 'warning', unknown: 'neutral' };

/** The product registry: what customs is told about each SKU; searched, paged, filled from CSV. */
export function ProductsPage() {
  const { t, shortDateTime } = useI18n();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const keyset = useKeyset();
  const products = useProducts(q, keyset.after);
  const searchField = useId();
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
    keyset.reset();
  };
  const col = {
    product: t('products.col.product'),
    hs: t('products.col.hsCode'),
    origin: t('products.col.origin'),
    unit: t('products.col.unit'),
    list: t('products.col.positiveList'),
    updated: t('products.col.updated'),
  };
  return (
    <>
      <PageHeader title={t('products.title')} subtitle={t('products.subtitle')} />
      <ImportCard />
      <Card title={t('products.registry')} id="registry">
        <form className="toolbar" onSubmit={search}>
          <label htmlFor={searchField} className="label-inline">
            {t('products.search')}
          </label>
          <input id={searchField} className="input input-inline" type="search" maxLength={60} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" className="btn btn-small">
            {t('products.searchButton')}
          </button>
          {q && (
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => {
                setDraft('');
                setQ('');
                keyset.reset();
              }}
            >
              {t('products.clear')}
            </button>
          )}
        </form>
        <QueryState query={products}>
          {(page) =>
            page.items.length === 0 ? (
              q ? <Empty title={t('products.noMatch', { q })} /> : <Empty title={t('products.emptyTitle')} hint={t('products.emptyHint')} />
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table table-cards" data-testid="products">
                    <caption className="sr-only">{t('products.registry')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{col.product}</th>
                        <th scope="col">{col.hs}</th>
                        <th scope="col">{col.origin}</th>
                        <th scope="col">{col.unit}</th>
                        <th scope="col">{col.list}</th>
                        <th scope="col">{col.updated}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {page.items.map((p) => (
                        <tr key={p.sku}>
                          <td data-label={col.product}>
                            <span className="cell-primary">{p.name}</span>
                            <span className="cell-sub mono">
                              {p.sku}
                              {p.model && ` · ${p.model}`}
                            </span>
                          </td>
                          <td data-label={col.hs} className="mono">
                            {p.hsCode}
                          </td>
                          <td data-label={col.origin} className="mono">
                            {p.originCountry}
                          </td>
                          <td data-label={col.unit} className="mono">
                            {p.declaredUnit}
                          </td>
                          <td data-label={col.list}>
                            <Chip tone={LIST_TONE[p.positiveList]}>{t(`products.list.${p.positiveList}`)}</Chip>
                          </td>
                          <td data-label={col.updated} className="cell-date">
                            {shortDateTime(p.updatedAt)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Pager page={keyset.page} hasNext={page.next !== null} onPrevious={keyset.previous} onNext={() => keyset.next(page.next)} />
              </>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
