import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

export function PageHeader({ title, subtitle, actions, children }: { readonly title: string; readonly subtitle?: string; readonly actions?: ReactNode; readonly children?: ReactNode }) {
  return (
    <header className="page-header">
      <div className="page-heading">
        {children}
        <h1>{title}</h1>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

export function Card({ title, children, className, aside, id }: { readonly title?: string; readonly children: ReactNode; readonly className?: string; readonly aside?: ReactNode; readonly id?: string }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={`card ${className ?? ''}`} {...(headingId && { 'aria-labelledby': headingId })}>
      {(title || aside) && (
        <div className="card-head">
          {title && <h2 id={headingId}>{title}</h2>}
          {aside}
        </div>
      )}
      {children}
    </section>
  );
}

/** Label–value pairs as a description list. */
export function Facts({ items }: { readonly items: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <dl className="facts">
      {items.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Keyset pagination: forward with the server's cursor, back along the cursors already seen. */
export function Pager({ page, hasNext, onPrevious, onNext }: { readonly page: number; readonly hasNext: boolean; readonly onPrevious: () => void; readonly onNext: () => void }) {
  const { t } = useI18n();
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t('common.pagination')}>
      <button type="button" className="btn btn-small" onClick={onPrevious} disabled={page === 1}>
        {t('common.previous')}
      </button>
      <span className="pager-page" aria-current="page">
        {t('common.page', { n: page })}
      </span>
      <button type="button" className="btn btn-small" onClick={onNext} disabled={!hasNext}>
        {t('common.next')}
      </button>
    </nav>
  );
}
