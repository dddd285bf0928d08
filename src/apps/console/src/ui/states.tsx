import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import type { MessageKey } from '../i18n/en.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { Icon } from './icons.js';

/** An error in words (translated when the code is known), with its code and the server's own sentence. */
export function useErrorText(): (error: unknown) => { readonly text: string; readonly code: string; readonly detail: string | null } {
  const { t } = useI18n();
  return (error) => {
    if (error instanceof ApiError) {
      const key = `error.${error.code}`;
      const text = isMessageKey(key) ? t(key as MessageKey) : error.message;
      return { text, code: error.code, detail: text === error.message ? null : error.message };
    }
    return { text: t('error.unknown'), code: 'client.error', detail: error instanceof Error ? error.message : null };
  };
}

export function ErrorNotice({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }) {
  const { t } = useI18n();
  const { text, code, detail } = useErrorText()(error);
  return (
    <div className="notice notice-error" role="alert">
      <Icon name="alert" />
      <div>
        <p className="notice-title">
          {text} <code className="error-code">{code}</code>
        </p>
        {detail && <p className="notice-detail">{detail}</p>}
        {onRetry && (
          <button type="button" className="btn btn-small" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
      </div>
    </div>
  );
}

export function Loading({ rows = 4, label }: { readonly rows?: number; readonly label?: string }) {
  const { t } = useI18n();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="sr-only">{label ?? t('app.loading')}</span>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
        <div key={i} className="skeleton" style={{ width: `${92 - ((i * 17) % 30)}%` }} />
      ))}
    </div>
  );
}

export function Empty({ title, hint, children }: { readonly title: string; readonly hint?: string; readonly children?: ReactNode }) {
  return (
    <div className="empty">
      <Icon name="inbox" size={32} />
      <p className="empty-title">{title}</p>
      {hint && <p className="empty-hint">{hint}</p>}
      {children}
    </div>
  );
}

/** Loading, error or the content: the three states every list and page goes through. */
export function QueryState<T>({
  query,
  rows,
  children,
}: {
  readonly query: { readonly data: T | undefined; readonly error: unknown; readonly isPending: boolean; readonly refetch: () => unknown };
  readonly rows?: number;
  readonly children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  return <Loading {...(rows !== undefined && { rows })} />;
}
