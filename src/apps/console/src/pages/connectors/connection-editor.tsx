import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useConnection, useConnectors, useSaveConnection } from '../../api/hub-hooks.js';
import type { Connection, ConnectionDraft, Connector, SenderRole } from '../../api/hub-types.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip } from '../../ui/chips.js';
import { Icon } from '../../ui/icons.js';
import { Card, PageHeader } from '../../ui/layout.js';
import { ErrorNotice, Loading } from '../../ui/states.js';
import { connectionErrors } from './field-errors.js';
import { describedBy, FieldShell } from './field-shell.js';
import { formSections, initialValues, settingsOf, type FieldValue, type FormValues } from './schema-form.js';
import { SettingsForm } from './settings-form.js';

const SENDERS: readonly SenderRole[] = ['ebp', 'ebc', 'payment', 'logistics', 'warehouse'];

/** A new connection of a connector (`kind`/`connectorId`), or a change to one (`id`). */
export function ConnectionEditorPage(props: { readonly id: string } | { readonly kind: string; readonly connectorId: string }) {
  const { t } = useI18n();
  const connectors = useConnectors();
  const existing = useConnection('id' in props ? props.id : undefined);
  const connection = 'id' in props ? existing.data : undefined;
  const key = connection ? `${connection.kind}/${connection.connectorId}` : 'kind' in props ? `${props.kind}/${props.connectorId}` : '';
  const connector = connectors.data?.items.find((c) => c.key === key);
  const back = (
    <Link href="/" className="back-link">
      <Icon name="arrowLeft" size={16} /> {t('connectors.back')}
    </Link>
  );
  if (connectors.error || existing.error) {
    return (
      <>
        <PageHeader title={t('connectors.title')}>{back}</PageHeader>
        <ErrorNotice error={connectors.error ?? existing.error} onRetry={() => void (connectors.error ? connectors.refetch() : existing.refetch())} />
      </>
    );
  }
  if (!connectors.data || ('id' in props && !connection)) return <Loading rows={8} />;
  if (!connector) {
    return (
      <>
        <PageHeader title={t('connectors.title')}>{back}</PageHeader>
        <p className="notice notice-warning">{t('connectors.unknown', { key })}</p>
      </>
    );
  }
  return <Editor key={connection?.id ?? key} connector={connector} connection={connection} back={back} />;
}

function Editor({ connector, connection, back }: { readonly connector: Connector; readonly connection: Connection | undefined; readonly back: ReactNode }) {
  const { t, shortDateTime } = useI18n();
  const [, navigate] = useLocation();
  const save = useSaveConnection();
  const sections = useMemo(() => formSections(connector.settingsSchema, connector.secretFields), [connector]);
  const [values, setValues] = useState<FormValues>(() => initialValues(sections, connection?.settings));
  const [label, setLabel] = useState(connection?.label ?? connector.label);
  const [declaresAs, setDeclaresAs] = useState<string>(connection?.declaresAs ?? '');
  const [keyName, setKeyName] = useState(connection?.signingKey?.keyName ?? '');
  const [pem, setPem] = useState('');
  // a new connection's first save moves to its own address (a new editor): the message travels in the history state
  const [saved, setSaved] = useState<string | null>(() => {
    const state: unknown = window.history.state;
    return state !== null && typeof state === 'object' && typeof (state as { saved?: unknown }).saved === 'string' ? (state as { saved: string }).saved : null;
  });
  const notice = useRef<HTMLDivElement>(null);
  const ids = { label: useId(), declaresAs: useId(), keyName: useId(), pem: useId() };
  const { byField, unplaced } = connectionErrors(save.error);
  const singleWindow = connector.kind === 'single-window';
  const secretsSet = connection?.secretsSet ?? [];

  // after a failed save, move to the first field at fault (or to the notice naming what no field shows)
  useEffect(() => {
    if (!save.error) return;
    const first = document.querySelector<HTMLElement>('.connection-form [aria-invalid="true"]');
    (first ?? notice.current)?.focus();
  }, [save.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const keyGiven = pem.trim() !== '';
    const draft: ConnectionDraft = {
      label: label.trim(),
      settings: settingsOf(sections, values),
      ...(singleWindow && declaresAs !== '' && { declaresAs: declaresAs as SenderRole }),
      ...(singleWindow && keyGiven && { signingKey: { keyName: keyName.trim(), pem: pem.trim() } }),
    };
    save.mutate(
      { ...(connection && { id: connection.id }), kind: connector.kind, connectorId: connector.id, draft },
      {
        onSuccess: (result) => {
          setPem('');
          setValues((v) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sections.some((s) => s.fields.some((f) => f.path === k && f.kind === 'secret')) ? '' : x])));
          const message = t('connectors.saved', { label: result.label });
          setSaved(message);
          if (!connection) navigate(`/${result.id}`, { replace: true, state: { saved: message } });
        },
      },
    );
  };

  const title = connection ? connection.label : t('connectors.newTitle', { connector: connector.label });
  return (
    <>
      <PageHeader
        title={title}
        subtitle={connector.description}
        actions={
          <>
            <Chip tone="info">{t(`connectors.kind.${connector.kind}` as MessageKey)}</Chip>
            {connection?.disabled && <Chip tone="danger">{t('connectors.disabled')}</Chip>}
          </>
        }
      >
        {back}
      </PageHeader>
      <div aria-live="polite" className="live-region">
        {saved && (
          <p className="notice notice-success">
            <Icon name="check" /> {saved}
          </p>
        )}
      </div>
      <Card title={t('connectors.settings')} aside={connection && <span className="muted small">{t('connectors.updatedAt', { at: shortDateTime(connection.updatedAt) })}</span>}>
        <form className="form connection-form" onSubmit={submit} noValidate>
          <p className="field-hint">{t('connectors.secretsNote')}</p>
          <div className="form-grid">
            <FieldShell id={ids.label} label={t('connectors.label')} required issue={byField.label}>
              <input id={ids.label} className="input" value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} aria-required="true" aria-invalid={byField.label !== undefined} aria-describedby={describedBy(ids.label, false, byField.label !== undefined)} />
            </FieldShell>
          </div>
          {singleWindow && (
            <fieldset className="settings-group">
              <legend className="settings-legend">{t('connectors.declaring')}</legend>
              <div className="form-grid">
                <FieldShell id={ids.declaresAs} label={t('connectors.declaresAs')} required issue={byField.declaresAs}>
                  <select id={ids.declaresAs} className="input" value={declaresAs} onChange={(e) => setDeclaresAs(e.target.value)} aria-required="true" aria-invalid={byField.declaresAs !== undefined} aria-describedby={describedBy(ids.declaresAs, false, byField.declaresAs !== undefined)}>
                    <option value="">{t('connectors.choose')}</option>
                    {SENDERS.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </FieldShell>
                <FieldShell id={ids.keyName} label={t('connectors.keyName')} required={!connection?.signingKey} issue={byField['signingKey.keyName']}>
                  <input id={ids.keyName} className="input mono" value={keyName} maxLength={100} onChange={(e) => setKeyName(e.target.value)} aria-invalid={byField['signingKey.keyName'] !== undefined} />
                </FieldShell>
              </div>
              <FieldShell
                id={ids.pem}
                label={t('connectors.pem')}
                required={!connection?.signingKey}
                issue={byField['signingKey.pem'] ?? byField.signingKey}
                extra={connection?.signingKey ? <Chip tone="success">{t('connectors.secretSet')}</Chip> : <Chip tone="neutral">{t('connectors.secretNotSet')}</Chip>}
              >
                <textarea
                  id={ids.pem}
                  className="input textarea mono"
                  rows={4}
                  spellCheck={false}
                  autoComplete="off"
                  value={pem}
                  placeholder={connection?.signingKey ? t('connectors.secretKeep') : '-----BEGIN PRIVATE KEY-----'}
                  onChange={(e) => setPem(e.target.value)}
                  aria-invalid={(byField['signingKey.pem'] ?? byField.signingKey) !== undefined}
                  aria-describedby={describedBy(ids.pem, false, (byField['signingKey.pem'] ?? byField.signingKey) !== undefined)}
                />
              </FieldShell>
            </fieldset>
          )}
          <h3 className="subhead">{t('connectors.connectorSettings', { connector: connector.label })}</h3>
          <SettingsForm sections={sections} values={values} errors={byField} secretsSet={secretsSet} onChange={(path: string, value: FieldValue) => setValues((v) => ({ ...v, [path]: value }))} />
          {save.error !== null && (
            <div ref={notice} tabIndex={-1} className="form-notice">
              {unplaced ? <ErrorNotice error={save.error} /> : <p className="notice notice-error" role="alert">{t('connectors.fixFields')}</p>}
            </div>
          )}
          <div className="form-actions">
            <Link href="/" className="btn">
              {t('common.cancel')}
            </Link>
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {save.isPending ? t('connectors.saving') : t('connectors.save')}
            </button>
          </div>
        </form>
      </Card>
    </>
  );
}
