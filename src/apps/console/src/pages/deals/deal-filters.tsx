import { type FormEvent, useId, useState } from 'react';
import { type Connection, DEAL_STATUS_ORDER, type DealFilters } from '../../api/deals.js';
import { useI18n } from '../../i18n/i18n.js';
import { dealStatusKey } from './deal-status.js';

/**
 * The list's filters: status, channel (storefront connection), creation dates (China calendar days) and a search.
 * Choices apply at once; the search applies when submitted (Enter or the button).
 */
export function DealFilterBar({
  filters,
  channels,
  onChange,
}: {
  readonly filters: DealFilters;
  readonly channels: readonly Connection[];
  readonly onChange: (next: DealFilters) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(filters.q ?? '');
  const set = (patch: Partial<DealFilters>) => onChange({ ...filters, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ q: text.trim() || undefined });
  };
  const active = Object.values(filters).some((v) => v !== undefined && v !== '');
  return (
    <div className="deal-filters">
      <search className="deal-search">
        <form onSubmit={submit}>
        <label htmlFor={`${id}-q`} className="label">
          {t('deals.search')}
        </label>
        <div className="input-with-button">
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            value={text}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-q-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="btn btn-primary">
            {t('deals.searchButton')}
          </button>
        </div>
        <p id={`${id}-q-hint`} className="hint">
          {t('deals.searchHint')}
        </p>
        </form>
      </search>
      <div className="deal-filter-grid">
        <div className="field">
          <label htmlFor={`${id}-status`} className="label">
            {t('deals.status')}
          </label>
          <select id={`${id}-status`} className="select" value={filters.status ?? ''} onChange={(e) => set({ status: (e.target.value || undefined) as DealFilters['status'] })}>
            <option value="">{t('common.all')}</option>
            {DEAL_STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(dealStatusKey(s))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`} className="label">
            {t('deals.channel')}
          </label>
          <select id={`${id}-channel`} className="select" value={filters.storefront ?? ''} onChange={(e) => set({ storefront: e.target.value || undefined })}>
            <option value="">{t('common.all')}</option>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`} className="label">
            {t('deals.from')}
          </label>
          <input id={`${id}-from`} className="input" type="date" value={filters.from ?? ''} max={filters.to} onChange={(e) => set({ from: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`} className="label">
            {t('deals.to')}
          </label>
          <input id={`${id}-to`} className="input" type="date" value={filters.to ?? ''} min={filters.from} onChange={(e) => set({ to: e.target.value || undefined })} />
        </div>
        {active && (
          <div className="field deal-filter-clear">
            <button
              type="button"
              className="btn"
              onClick={() => {
                setText('');
                onChange({});
              }}
            >
              {t('deals.clear')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
