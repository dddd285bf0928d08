import type { ReactNode } from 'react';
import { statusLabel } from '../i18n/codes.js';
import { useI18n } from '../i18n/i18n.js';

export type Tone = 'neutral' | 'info' | 'progress' | 'attention' | 'warning' | 'success' | 'done' | 'danger' | 'hold';

/** One colour per customs status family, the same everywhere (lists, timeline, dashboard). */
const STATUS_TONES: Readonly<Record<string, Tone>> = {
  '2': 'neutral',
  '120': 'info',
  '300': 'attention',
  '500': 'warning',
  '399': 'progress',
  '800': 'success',
  '899': 'done',
  '100': 'danger',
  '501': 'hold',
  '502': 'hold',
  '503': 'hold',
  '599': 'hold',
  '700': 'neutral',
};

export const toneOfStatus = (status: string): Tone => STATUS_TONES[status] ?? 'neutral';

export function Chip({ tone = 'neutral', children, title }: { readonly tone?: Tone; readonly children: ReactNode; readonly title?: string }) {
  return (
    <span className={`chip chip-${tone}`} {...(title && { title })}>
      <span className="chip-dot" aria-hidden="true" />
      {children}
    </span>
  );
}

export function StatusChip({ status }: { readonly status: string }) {
  const { t } = useI18n();
  return (
    <Chip tone={toneOfStatus(status)} title={`${t('common.code')} ${status}`}>
      {statusLabel(t, status)}
    </Chip>
  );
}

/** Personal data as the API gives it: already masked; the lock says so to eyes and screen readers. */
export function Masked({ value }: { readonly value: string | null }) {
  const { t } = useI18n();
  if (value === null) return <span className="muted">—</span>;
  return (
    <span className="masked" title={t('common.masked')}>
      <span className="sr-only">{t('common.masked')}: </span>
      {value}
    </span>
  );
}
