import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { LanguageSwitch } from '../shell.js';
import { ErrorNotice } from '../ui/states.js';
import { useSession } from './session.js';

export function SignInPage({ expired }: { readonly expired: boolean }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [key, setKey] = useState('');
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const inputId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = key.trim();
    setMissing(trimmed === '');
    if (!trimmed) return;
    setBusy(true);
    setError(null);
    try {
      await signIn(trimmed);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <div className="signin-lang">
        <LanguageSwitch />
      </div>
      <form className="signin-card" onSubmit={submit} noValidate>
        <div className="signin-brand">
          <img src="/favicon.svg" alt="" width="40" height="40" />
          <div>
            <p className="brand-name">{t('app.name')}</p>
            <p className="muted">{t('app.tagline')}</p>
          </div>
        </div>
        <h1>{t('signin.title')}</h1>
        <p className="muted">{t('signin.intro')}</p>
        {expired && (
          <p className="notice notice-warning" role="status">
            {t('session.expired')}
          </p>
        )}
        <label htmlFor={inputId} className="label">
          {t('signin.key')}
        </label>
        <div className="input-with-button">
          <input
            id={inputId}
            className="input mono"
            type={visible ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            value={key}
            onChange={(event) => setKey(event.target.value)}
            aria-invalid={missing}
            aria-describedby={`${inputId}-hint`}
          />
          <button type="button" className="btn btn-ghost btn-small" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
            {t('signin.show')}
          </button>
        </div>
        <p id={`${inputId}-hint`} className="hint">
          {missing ? <span className="field-error">{t('signin.required')}</span> : t('signin.keyHint')}
        </p>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('signin.checking') : t('signin.submit')}
        </button>
        <p className="hint">{t('signin.session')}</p>
      </form>
    </main>
  );
}
