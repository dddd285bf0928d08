import { useId } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useInventories } from '../api/hooks.js';
import type { ClearanceStatus } from '../api/types.js';
import { useSignedIn } from '../auth/session.js';
import { statusLabel } from '../i18n/codes.js';
import { useI18n } from '../i18n/i18n.js';
import { Card, PageHeader, Pager } from '../ui/layout.js';
import { Empty, QueryState } from '../ui/states.js';
import { useKeyset } from '../ui/use-keyset.js';
import { InventoryTable } from './inventory-table.js';

/** Every status, in the order an inventory goes through them (the filter lists them so). */
export const STATUS_ORDER: readonly ClearanceStatus[] = ['2', '120', '300', '500', '399', '800', '899', '100', '501', '502', '503', '599', '700'];

const isStatus = (value: string | null): value is ClearanceStatus =>
  value !== null && (STATUS_ORDER as readonly string[]).includes(value);

export function InventoriesPage() {
  const { t } = useI18n();
  const { participant } = useSignedIn();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const given = search.get('status');
  const status = isStatus(given) ? given : undefined;
  const keyset = useKeyset();
  const inventories = useInventories(status, keyset.after);
  const filterId = useId();
  const official = participant.role === 'customs' || participant.role === 'admin';

  return (
    <>
      <PageHeader title={t('inventories.title')} subtitle={t(official ? 'inventories.subtitle.all' : 'inventories.subtitle.own')} />
      <Card>
        <div className="toolbar">
          <label htmlFor={filterId} className="label-inline">
            {t('inventories.status')}
          </label>
          <select
            id={filterId}
            className="select"
            value={status ?? ''}
            onChange={(event) => {
              keyset.reset();
              navigate(event.target.value ? `/inventories?status=${event.target.value}` : '/inventories', { replace: true });
            }}
          >
            <option value="">{t('common.all')}</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {statusLabel(t, s)} ({s})
              </option>
            ))}
          </select>
        </div>
        <QueryState query={inventories} rows={6}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title={t('inventories.emptyTitle')} hint={status ? t('inventories.emptyFiltered') : t('inventories.emptyHint')} />
            ) : (
              <>
                <InventoryTable items={page.items} caption={t('inventories.title')} />
                <Pager page={keyset.page} hasNext={page.next !== null} onPrevious={keyset.previous} onNext={() => keyset.next(page.next)} />
                <p className="hint">{t('common.chinaTime')}</p>
              </>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
