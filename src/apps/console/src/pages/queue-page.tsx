import { useState } from 'react';
import { useQueue } from '../api/hooks.js';
import { canDecide } from '../auth/access.js';
import { useSignedIn } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { Chip } from '../ui/chips.js';
import { Icon } from '../ui/icons.js';
import { Card, PageHeader, Pager } from '../ui/layout.js';
import { Empty, QueryState } from '../ui/states.js';
import { useKeyset } from '../ui/use-keyset.js';
import { DecisionButtons } from './decision.js';
import { InventoryTable } from './inventory-table.js';

/** The manual-review (300) or inspection (500) queue, oldest first, with the officer's actions on each row. */
export function QueuePage({ queue }: { readonly queue: 'review' | 'inspection' }) {
  const { t } = useI18n();
  const { participant } = useSignedIn();
  const keyset = useKeyset();
  const items = useQueue(queue, keyset.after);
  const [message, setMessage] = useState<string | null>(null);
  const decides = canDecide(participant.role);
  const title = t(`queue.${queue}.title`);

  return (
    <>
      <PageHeader
        title={title}
        subtitle={t(`queue.${queue}.subtitle`)}
        actions={items.data && <Chip tone={queue === 'review' ? 'attention' : 'warning'}>{t('queue.count', { n: items.data.items.length + (items.data.next ? '+' : '') })}</Chip>}
      />
      <div aria-live="polite" className="live-region">
        {message && (
          <p className="notice notice-success">
            <Icon name="check" /> {message}
          </p>
        )}
      </div>
      {!decides && <p className="notice notice-info">{t('queue.readOnly')}</p>}
      <Card>
        <QueryState query={items} rows={5}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title={t('queue.emptyTitle')} hint={t('queue.emptyHint')} />
            ) : (
              <>
                <InventoryTable
                  items={page.items}
                  caption={title}
                  showStatus={false}
                  {...(decides && { actions: (inv) => <DecisionButtons inventory={inv} onDone={setMessage} /> })}
                />
                <Pager page={keyset.page} hasNext={page.next !== null} onPrevious={keyset.previous} onNext={() => keyset.next(page.next)} />
              </>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
