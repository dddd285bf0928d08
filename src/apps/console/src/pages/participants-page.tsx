import { useId, useState } from 'react';
import { useParticipants } from '../api/hooks.js';
import type { Role } from '../api/types.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { Chip } from '../ui/chips.js';
import { Card, PageHeader, Pager } from '../ui/layout.js';
import { Empty, QueryState } from '../ui/states.js';
import { useKeyset } from '../ui/use-keyset.js';

const ROLES: readonly Role[] = ['ebp', 'ebc', 'payment', 'logistics', 'warehouse', 'customs', 'admin'];
const roleKey = (role: Role) => `role.${role}` as MessageKey;

/** Every participant (admin), filtered by role, keyset-paged. */
export function ParticipantsPage() {
  const { t, shortDateTime } = useI18n();
  const [role, setRole] = useState<Role | undefined>(undefined);
  const keyset = useKeyset();
  const participants = useParticipants(role, keyset.after);
  const filterId = useId();
  const col = {
    name: t('participants.col.name'),
    code: t('participants.col.code'),
    role: t('participants.col.role'),
    callback: t('participants.col.callback'),
    created: t('participants.col.created'),
    state: t('participants.col.state'),
  };

  return (
    <>
      <PageHeader title={t('participants.title')} subtitle={t('participants.subtitle')} />
      <Card>
        <div className="toolbar">
          <label htmlFor={filterId} className="label-inline">
            {t('participants.role')}
          </label>
          <select
            id={filterId}
            className="select"
            value={role ?? ''}
            onChange={(event) => {
              keyset.reset();
              const value = event.target.value;
              setRole(ROLES.find((r) => r === value));
            }}
          >
            <option value="">{t('common.all')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(roleKey(r))}
              </option>
            ))}
          </select>
        </div>
        <QueryState query={participants}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title={t('participants.empty')} />
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table table-cards">
                    <caption className="sr-only">{t('participants.title')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{col.name}</th>
                        <th scope="col">{col.code}</th>
                        <th scope="col">{col.role}</th>
                        <th scope="col">{col.callback}</th>
                        <th scope="col">{col.created}</th>
                        <th scope="col">{col.state}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {page.items.map((p) => (
                        <tr key={p.id}>
                          <td data-label={col.name} className="cell-primary">
                            {p.name}
                          </td>
                          <td data-label={col.code} className="mono">
                            {p.code}
                          </td>
                          <td data-label={col.role}>{t(roleKey(p.role))}</td>
                          <td data-label={col.callback} className="cell-wrap mono">
                            {p.callbackUrl ?? '—'}
                          </td>
                          <td data-label={col.created}>{shortDateTime(p.createdAt)}</td>
                          <td data-label={col.state}>
                            <Chip tone={p.disabled ? 'neutral' : 'success'}>{p.disabled ? t('participants.disabled') : t('participants.active')}</Chip>
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
