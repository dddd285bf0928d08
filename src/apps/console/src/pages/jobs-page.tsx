import { useState } from 'react';
import { useJobCounts, useJobs, useReplayJob } from '../api/hooks.js';
import type { JobStatus } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Card, PageHeader, Pager } from '../ui/layout.js';
import { Empty, ErrorNotice, QueryState } from '../ui/states.js';
import { StatusTabs, SuccessNotice } from '../ui/status-tabs.js';
import { useKeyset } from '../ui/use-keyset.js';

const STATUSES: readonly JobStatus[] = ['dead', 'pending', 'running', 'done'];

/** Background jobs by status; the dead-letter list (default) with replay. */
export function JobsPage() {
  const { t, shortDateTime, number } = useI18n();
  const [status, setStatus] = useState<JobStatus>('dead');
  const keyset = useKeyset();
  const jobs = useJobs(status, keyset.after);
  const counts = useJobCounts();
  const replay = useReplayJob();
  const [message, setMessage] = useState<string | null>(null);
  const col = {
    queue: t('jobs.col.queue'),
    attempts: t('jobs.col.attempts'),
    error: t('jobs.col.error'),
    created: t('jobs.col.created'),
    action: t('jobs.col.action'),
  };

  return (
    <>
      <PageHeader title={t('jobs.title')} subtitle={t('jobs.subtitle')} />
      <StatusTabs
        legend={t('jobs.status')}
        options={STATUSES}
        value={status}
        label={(s) => (
          <>
            {t(`jobs.status.${s}`)}
            <span className="tab-count">{counts.data ? number(counts.data[s] ?? 0) : '…'}</span>
          </>
        )}
        onChange={(s) => {
          setStatus(s);
          keyset.reset();
        }}
      />
      <SuccessNotice message={message} />
      {replay.error && <ErrorNotice error={replay.error} />}
      <Card>
        <QueryState query={jobs}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title={status === 'dead' ? t('jobs.emptyDead') : t('jobs.empty')} />
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table table-cards">
                    <caption className="sr-only">{t('jobs.title')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{col.queue}</th>
                        <th scope="col" className="num">
                          {col.attempts}
                        </th>
                        <th scope="col">{col.error}</th>
                        <th scope="col">{col.created}</th>
                        {status === 'dead' && <th scope="col">{col.action}</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {page.items.map((job) => (
                        <tr key={job.id}>
                          <td data-label={col.queue}>
                            <span className="mono">{job.queue}</span>
                            <span className="cell-sub mono">{job.id}</span>
                          </td>
                          <td data-label={col.attempts} className="num">
                            {job.attempts} / {job.maxAttempts}
                          </td>
                          <td data-label={col.error} className="cell-wrap">
                            {job.lastError ?? '—'}
                          </td>
                          <td data-label={col.created}>{shortDateTime(job.createdAt)}</td>
                          {status === 'dead' && (
                            <td data-label={col.action}>
                              <button
                                type="button"
                                className="btn btn-small"
                                aria-label={t('jobs.replayJob', { id: job.id })}
                                disabled={replay.isPending}
                                onClick={() => replay.mutate(job.id, { onSuccess: () => setMessage(t('jobs.replayed', { id: job.id })) })}
                              >
                                {t('jobs.replay')}
                              </button>
                            </td>
                          )}
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
