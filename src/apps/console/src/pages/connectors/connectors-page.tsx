import { Link, Route, Switch } from 'wouter';
import { useConnections, useConnectors, useSetConnectionDisabled } from '../../api/hub-hooks.js';
import type { Connection, ConnectionKind, Connector } from '../../api/hub-types.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip } from '../../ui/chips.js';
import { Card, PageHeader } from '../../ui/layout.js';
import { Empty, ErrorNotice, QueryState } from '../../ui/states.js';
import { ConnectionEditorPage } from './connection-editor.js';
import '../hub.css';

const KINDS: readonly ConnectionKind[] = ['storefront', 'payment', 'carrier', 'warehouse', 'single-window'];

/** /connectors, nested: the list, a new connection of a connector, one connection. */
export function ConnectorsRoutes() {
  return (
    <Switch>
      <Route path="/">
        <ConnectorsPage />
      </Route>
      <Route path="/new/:kind/:connectorId">{(p) => <ConnectionEditorPage kind={p.kind} connectorId={p.connectorId} />}</Route>
      <Route path="/:id">{(p) => <ConnectionEditorPage id={p.id} />}</Route>
    </Switch>
  );
}

/** The merchant's connections, and every connector Crossgate ships to set up a new one. */
function ConnectorsPage() {
  const { t } = useI18n();
  const connections = useConnections();
  const connectors = useConnectors();
  return (
    <>
      <PageHeader title={t('connectors.title')} subtitle={t('connectors.subtitle')} />
      <Card title={t('connectors.yours')} id="connections">
        <QueryState query={connections}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title={t('connectors.emptyTitle')} hint={t('connectors.emptyHint')} />
            ) : (
              <ConnectionsTable items={page.items} catalogue={connectors.data?.items ?? []} />
            )
          }
        </QueryState>
      </Card>
      <Card title={t('connectors.available')} id="catalogue">
        <QueryState query={connectors}>
          {({ items }) => (
            <div className="catalogue">
              {KINDS.map((kind) => {
                const ofKind = items.filter((c) => c.kind === kind);
                if (ofKind.length === 0) return null;
                return (
                  <section key={kind} className="catalogue-kind" aria-labelledby={`kind-${kind}`}>
                    <h3 id={`kind-${kind}`} className="subhead">
                      {t(`connectors.kind.${kind}` as MessageKey)}
                    </h3>
                    <ul className="catalogue-list">
                      {ofKind.map((c) => (
                        <ConnectorItem key={c.key} connector={c} />
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
          )}
        </QueryState>
      </Card>
    </>
  );
}

function ConnectorItem({ connector }: { readonly connector: Connector }) {
  const { t } = useI18n();
  return (
    <li className="catalogue-item">
      <div className="catalogue-head">
        <span className="cell-primary">{connector.label}</span>
        <span className="muted small mono">v{connector.version}</span>
      </div>
      <p className="catalogue-desc" lang="en">
        {connector.description}
      </p>
      <Link href={`/new/${connector.kind}/${connector.id}`} className="btn btn-small" aria-label={t('connectors.setUpNamed', { connector: connector.label })}>
        {t('connectors.setUp')}
      </Link>
    </li>
  );
}

function ConnectionsTable({ items, catalogue }: { readonly items: readonly Connection[]; readonly catalogue: readonly Connector[] }) {
  const { t, shortDateTime } = useI18n();
  const toggle = useSetConnectionDisabled();
  const col = {
    label: t('connectors.col.label'),
    kind: t('connectors.col.kind'),
    secrets: t('connectors.col.secrets'),
    status: t('connectors.col.status'),
    updated: t('connectors.col.updated'),
    action: t('connectors.col.action'),
  };
  return (
    <>
      {toggle.error !== null && <ErrorNotice error={toggle.error} />}
      <div className="table-wrap">
        <table className="table table-cards">
          <caption className="sr-only">{t('connectors.yours')}</caption>
          <thead>
            <tr>
              <th scope="col">{col.label}</th>
              <th scope="col">{col.kind}</th>
              <th scope="col">{col.secrets}</th>
              <th scope="col">{col.status}</th>
              <th scope="col">{col.updated}</th>
              <th scope="col">{col.action}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => {
              const connector = catalogue.find((k) => k.key === `${c.kind}/${c.connectorId}`);
              const secretCount = connector?.secretFields.length ?? c.secretsSet.length;
              return (
                <tr key={c.id}>
                  <td data-label={col.label}>
                    <Link href={`/${c.id}`} className="row-link cell-primary" aria-label={t('connectors.open', { label: c.label })}>
                      {c.label}
                    </Link>
                    <span className="cell-sub">{connector?.label ?? c.connectorId}</span>
                  </td>
                  <td data-label={col.kind}>{t(`connectors.kind.${c.kind}` as MessageKey)}</td>
                  <td data-label={col.secrets}>
                    {t('connectors.secretsCount', { set: c.secretsSet.length + (c.signingKey?.set ? 1 : 0), total: secretCount + (c.kind === 'single-window' ? 1 : 0) })}
                  </td>
                  <td data-label={col.status}>{c.disabled ? <Chip tone="neutral">{t('connectors.disabled')}</Chip> : <Chip tone="success">{t('connectors.active')}</Chip>}</td>
                  <td data-label={col.updated} className="cell-date">
                    {shortDateTime(c.updatedAt)}
                  </td>
                  <td data-label={col.action} className="cell-actions">
                    <div className="actions">
                      <Link href={`/${c.id}`} className="btn btn-small">
                        {t('connectors.edit')}
                      </Link>
                      <button
                        type="button"
                        className="btn btn-small btn-ghost"
                        disabled={toggle.isPending}
                        aria-label={t(c.disabled ? 'connectors.enableNamed' : 'connectors.disableNamed', { label: c.label })}
                        onClick={() => toggle.mutate({ id: c.id, disabled: !c.disabled })}
                      >
                        {t(c.disabled ? 'connectors.enable' : 'connectors.disable')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
