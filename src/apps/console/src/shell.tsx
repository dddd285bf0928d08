import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { canOpen, NAV_GROUPS, PAGES, type PageId } from './auth/access.js';
import { useSession, useSignedIn } from './auth/session.js';
import type { MessageKey } from './i18n/en.js';
import { type Locale, useI18n } from './i18n/i18n.js';
import { Icon } from './ui/icons.js';
import { useNarrow } from './ui/use-narrow.js';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const options: readonly Locale[] = ['en', 'zh'];
  return (
    <fieldset className="segmented lang-switch">
      <legend className="sr-only">{t('lang.label')}</legend>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="segment"
          aria-pressed={locale === option}
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          onClick={() => setLocale(option)}
        >
          {t(option === 'en' ? 'lang.en' : 'lang.zh')}
        </button>
      ))}
    </fieldset>
  );
}

function Navigation() {
  const { t, locale } = useI18n();
  const { participant } = useSignedIn();
  const [location] = useLocation();
  const ids = Object.keys(PAGES) as PageId[];
  const ref = useRef<HTMLElement>(null);
  const narrow = useNarrow();
  // On a phone the navigation is one scrolling row: keep the current page's link in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again on every navigation and language change, on purpose
  useEffect(() => {
    if (!narrow) return;
    const frame = requestAnimationFrame(() => {
      const nav = ref.current;
      const link = nav?.querySelector('[aria-current="page"]');
      if (!nav || !link) return;
      // sideways only: scrollIntoView would also scroll the page under the sticky bar
      const box = nav.getBoundingClientRect();
      const item = link.getBoundingClientRect();
      if (item.left < box.left) nav.scrollLeft -= box.left - item.left + 12;
      else if (item.right > box.right) nav.scrollLeft += item.right - box.right + 12;
    });
    return () => cancelAnimationFrame(frame);
  }, [location, narrow, locale]);
  return (
    <nav className="nav" aria-label={t('nav.label')} ref={ref}>
      {NAV_GROUPS.map((group) => {
        const pages = ids.filter((id) => PAGES[id].group === group && canOpen(participant.role, id));
        if (pages.length === 0) return null;
        return (
          <div key={group} className={`nav-group nav-group-${group}`}>
            <p className="nav-group-title">{t(`nav.group.${group}` as MessageKey)}</p>
            <ul>
              {pages.map((id) => {
                const { path, label } = PAGES[id];
                const active = location === path || location.startsWith(`${path}/`);
                return (
                  <li key={id}>
                    <Link href={path} className="nav-link" aria-current={active ? 'page' : undefined}>
                      <span>{t(label)}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

/** The frame around every page once signed in: who you are, the language, the navigation your role allows. */
export function Shell({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  const { participant } = useSignedIn();
  const { signOut } = useSession();
  const [location] = useLocation();
  const shown = useRef(location);
  // A new page: start at its top, and move focus to it so the keyboard and screen readers start there too.
  useEffect(() => {
    if (shown.current === location) return;
    shown.current = location;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <div className="topbar-right">
          <section className="account" aria-label={t('session.account')}>
            <span className="account-name" title={participant.name}>
              {participant.name}
            </span>
            <span className="account-role">
              {t(`role.${participant.role}` as MessageKey)} · {participant.code}
            </span>
          </section>
          <LanguageSwitch />
          <button type="button" className="btn btn-ghost btn-small" onClick={signOut}>
            <Icon name="logout" size={16} />
            <span className="signout-label">{t('session.signOut')}</span>
          </button>
        </div>
      </header>
      <div className="body">
        <Navigation />
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
