import { useState } from 'react';
import { Link } from 'wouter';
import { type FailedStep, type FailedStepStatus, useFailedSteps, useReplayStep } from '../../api/failure-hooks.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip } from '../../ui/chips.js';
import { Card, PageHeader, Pager } from '../../ui/layout.js';
import { Empty, ErrorNotice, QueryState } from '../../ui/states.js';
import { StatusTabs, SuccessNotice } from '../../ui/status-tabs.js';
import { useKeyset } from '../../ui/use-keyset.js';
import '../hub.css';
import './failures.css';

const FILTERS: readonly FailedStepStatus[] = ['dead', 'failed'];

/** Steps of the merchant's deals that failed in the background: the error (no personal data), a link to the deal, a replay. */
export function FailedStepsPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<FailedStepStatus>('dead');
  const keyset = useKeyset();
  const steps = useFailedSteps(filter, keyset.after);
  const replay = useReplayStep();
  const [message, setMessage] = useState<string | null>(null);
  const stepName = (s: FailedStep) => t(`failures.step.${s.step}` as MessageKey);
  const subject = (s: FailedStep) => s.orderNo ?? s.id;
  return (
    <>
      <PageHeader title={t('failures.title')} subtitle={t('failures.subtitle')} />
      <StatusTabs
        legend={t('failures.filter')}
        options={FILTERS}
        value={filter}
        label={(f) => t(`failures.status.${f}`)}
        onChange={(f) => {
          setFilter(f);
          keyset.reset();
          setMessage(null);
        }}
      />
      <SuccessNotice message={message} />
      {replay.error !== null && <ErrorNotice error={replay.error} />}
      <Card>
        <QueryState query={steps}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title={t(filter === 'dead' ? 'failures.emptyDead' : 'failures.emptyFailed')} hint={t('failures.emptyHint')} />
            ) : (
              <>
                <StepsTable
                  items={page.items}
                  stepName={stepName}
                  subject={subject}
                  replaying={replay.isPending}
                  onReplay={(s) => {
                    setMessage(null);
                    replay.mutate(s.id, { onSuccess: () => setMessage(t('failures.replayed', { step: stepName(s), subject: subject(s) })) });
                  }}
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

interface TableProps {
  readonly items: readonly FailedStep[];
  readonly stepName: (s: FailedStep) => string;
  readonly subject: (s: FailedStep) => string;
  readonly replaying: boolean;
  readonly onReplay: (s: FailedStep) => void;
}

function StepsTable({ items, stepName, subject, replaying, onReplay }: TableProps) {
  const { t, shortDateTime } = useI18n();
  const col = {
    step: t('failures.col.step'),
    deal: t('failures.col.deal'),
    attempts: t('failures.col.attempts'),
    error: t('failures.col.error'),
    when: t('failures.col.when'),
    action: t('failures.col.action'),
  };
  return (
    <div className="table-wrap">
      <table className="table table-cards failures-table" data-testid="failed-steps">
        <caption className="sr-only">{t('failures.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{col.step}</th>
            <th scope="col">{col.deal}</th>
            <th scope="col" className="num">
              {col.attempts}
            </th>
            <th scope="col">{col.error}</th>
            <th scope="col">{col.when}</th>
            <th scope="col">{col.action}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <td data-label={col.step}>
                <strong>{stepName(s)}</strong>
                <span className="cell-sub mono">{s.id}</span>
              </td>
              <td data-label={col.deal}>
                {s.dealId && s.orderNo ? (
                  <Link href={`/deals/${encodeURIComponent(s.dealId)}`} className="mono" aria-label={t('failures.openDeal', { orderNo: s.orderNo })}>
                    {s.orderNo}
                  </Link>
                ) : (
                  <span className="muted">{t('failures.noDeal')}</span>
                )}
              </td>
              <td data-label={col.attempts} className="num">
                {t('failures.attempts', { n: s.attempts, max: s.maxAttempts })}
              </td>
              <td data-label={col.error} className="cell-wrap">
                {s.status === 'dead' ? <Chip tone="danger">{t('failures.status.dead')}</Chip> : <Chip tone="progress">{t('failures.status.failed')}</Chip>}
                {s.lastError && <span className="cell-sub failure-error">{s.lastError}</span>}
              </td>
              <td data-label={col.when} className="cell-date">
                {shortDateTime(s.failedAt)}
                {s.nextAttemptAt && <span className="cell-sub">{t('failures.nextAttempt', { at: shortDateTime(s.nextAttemptAt) })}</span>}
              </td>
              <td data-label={col.action} className="cell-actions">
                {s.status === 'dead' && (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={replaying}
                    aria-label={t('failures.replayNamed', { step: stepName(s), subject: subject(s) })}
                    onClick={() => onReplay(s)}
                  >
                    {t('failures.replay')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
