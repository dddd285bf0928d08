import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey } from './en.js';
import { zh } from './zh.js';

export type Locale = 'en' | 'zh';
export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const DICTIONARIES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, zh };
const STORAGE_KEY = 'crossgate.locale';
const TIME_ZONE = 'Asia/Shanghai';

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh') return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export interface I18n {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly t: Translate;
  /** Date and time in China time, e.g. "21 Nov 2025, 13:05" / "2025年11月21日 13:05". */
  readonly dateTime: (iso: string | null) => string;
  /** Shorter, for tables: the year only when it is not this year ("21 Nov, 14:51"). */
  readonly shortDateTime: (iso: string | null) => string;
  readonly day: (isoDay: string) => string;
  readonly number: (n: number) => string;
  readonly percent: (ratio: number) => string;
  /** Yuan from the API's decimal strings ("1234.50" → "¥1,234.50"), exact: no floating point. */
  readonly money: (yuan: string | null) => string;
  readonly duration: (seconds: number | null) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** "1234567.5" → "1,234,567.50", on the digits themselves. */
export function groupDecimal(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const dict = DICTIONARIES[locale];
    const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
    const t: Translate = (key, vars) => {
      const text = dict[key];
      return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
    };
    const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
    const shortFormat = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
    const thisYear = new Date().getUTCFullYear();
    const dayFormat = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const numberFormat = new Intl.NumberFormat(tag);
    const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
    return {
      locale,
      setLocale,
      t,
      dateTime: (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : '—'),
      shortDateTime: (iso) => {
        if (!iso) return '—';
        const at = new Date(iso);
        return (at.getUTCFullYear() === thisYear ? shortFormat : dateTimeFormat).format(at);
      },
      day: (isoDay) => dayFormat.format(new Date(`${isoDay}T00:00:00Z`)),
      number: (n) => numberFormat.format(n),
      percent: (ratio) => percentFormat.format(Number.isFinite(ratio) ? ratio : 0),
      money: (yuan) => (yuan === null ? '—' : `¥${groupDecimal(yuan)}`),
      duration: (seconds) => {
        if (seconds === null) return '—';
        if (seconds < 10) return t('time.s', { n: Math.round(seconds * 10) / 10 });
        if (seconds < 90) return t('time.s', { n: Math.round(seconds) });
        if (seconds < 5400) return t('time.min', { n: Math.round(seconds / 60) });
        if (seconds < 172_800) return t('time.h', { n: Math.round(seconds / 360) / 10 });
        return t('time.d', { n: Math.round(seconds / 8640) / 10 });
      },
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
