import { type FormEvent, useId, useState } from 'react';
import { useProductImport, useProductImports, useStartImport } from '../../api/hub-hooks.js';
import type { ProductImport } from '../../api/hub-types.js';
import type { UploadProgress } from '../../api/upload.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip, type Tone } from '../../ui/chips.js';
import { Icon } from '../../ui/icons.js';
import { Card } from '../../ui/layout.js';
import { ErrorNotice } from '../../ui/states.js';
import { download, TEMPLATE_CSV } from './csv.js';
import { ImportReport } from './import-report.js';
import { ProgressBar } from './progress-bar.js';

const MAX_BYTES = 16 * 1024 * 1024;
const STATUS_TONE: Readonly<Record<ProductImport['status'], Tone>> = { queued: 'neutral', running: 'progress', done: 'success', failed: 'danger' };

/** CSV import: choose a file, watch it upload and the server check and write its rows, read the error report. */
export function ImportCard() {
  const { t, number } = useI18n();
  const fileField = useId();
  const [file, setFile] = useState<File | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const [upload, setUpload] = useState<UploadProgress | null>(null);
  const [importId, setImportId] = useState<string | undefined>(undefined);
  const start = useStartImport(setUpload);
  const current = useProductImport(importId);
  const recent = useProductImports();
  const report = current.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooBig(true);
      return;
    }
    setImportId(undefined);
    setUpload({ loaded: 0, total: file.size });
    start.mutate(file, { onSuccess: (created) => setImportId(created.id) });
  };

  const uploading = start.isPending;
  return (
    <Card
      title={t('imports.title')}
      id="import"
      aside={
        <button type="button" className="btn btn-small btn-ghost" onClick={() => download('crossgate-products-template.csv', TEMPLATE_CSV)}>
          {t('imports.template')}
        </button>
      }
    >
      <form className="import-form" onSubmit={submit}>
        <div className="field field-grow">
          <label htmlFor={fileField} className="label">
            {t('imports.file')}
          </label>
          <input
            id={fileField}
            className="input file-input"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${fileField}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setTooBig(false);
            }}
          />
          <p id={`${fileField}-hint`} className="field-hint">
            {t('imports.fileHint')}
          </p>
          {tooBig && <p className="field-error">{t('imports.tooBig')}</p>}
        </div>
        <div className="import-actions">
          <button type="submit" className="btn btn-primary" disabled={!file || uploading || current.data?.status === 'running' || current.data?.status === 'queued'}>
            {t('imports.start')}
          </button>
        </div>
      </form>

      {(upload || report) && (
        <div className="import-progress" data-testid="import-progress">
          <ProgressBar
            label={t('imports.upload')}
            value={upload ? (upload.total === 0 ? 1 : upload.loaded / upload.total) : 1}
            text={upload ? t('imports.bytes', { done: sizeOf(upload.loaded), total: sizeOf(upload.total) }) : t('imports.uploaded')}
            tone={start.error ? 'danger' : 'info'}
          />
          {report && <ProcessingBar report={report} />}
        </div>
      )}
      {start.error !== null && <ErrorNotice error={start.error} />}
      {current.error !== null && <ErrorNotice error={current.error} onRetry={() => void current.refetch()} />}
      <div aria-live="polite" className="live-region">
        {report?.status === 'done' && (
          <p className={`notice ${report.rejected > 0 ? 'notice-warning' : 'notice-success'}`} data-testid="import-summary">
            <Icon name={report.rejected > 0 ? 'alert' : 'check'} />
            <span>
              {t('imports.summary', { imported: number(report.imported), rejected: number(report.rejected) })}
              {report.notListed > 0 && ` ${t('imports.notListed', { n: number(report.notListed) })}`}
            </span>
          </p>
        )}
        {report?.status === 'failed' && (
          <p className="notice notice-error" role="alert">
            <Icon name="alert" /> {t('imports.failed', { reason: report.failure ?? '' })}
          </p>
        )}
      </div>
      {report?.status === 'done' && <ImportReport report={report} />}

      {recent.data && recent.data.items.length > 0 && (
        <details className="recent-imports">
          <summary>{t('imports.recent')}</summary>
          <ul className="recent-list">
            {recent.data.items.map((i) => (
              <li key={i.id}>
                <span className="recent-name">{i.fileName}</span>
                <Chip tone={STATUS_TONE[i.status]}>{t(`imports.status.${i.status}`)}</Chip>
                <span className="muted small">{t('imports.counts', { imported: number(i.imported), rejected: number(i.rejected) })}</span>
                <button type="button" className="btn btn-small btn-ghost" aria-label={t('imports.showNamed', { name: i.fileName })} onClick={() => {
                  setUpload(null);
                  setImportId(i.id);
                }}>
                  {t('imports.show')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}

function ProcessingBar({ report }: { readonly report: ProductImport }) {
  const { t, number } = useI18n();
  const label = t('imports.processing');
  if (report.status === 'queued' || report.totalRows === null) return <ProgressBar label={label} value={null} text={t('imports.waiting')} />;
  const total = report.totalRows;
  const value = report.status === 'done' ? 1 : total === 0 ? 0 : report.doneRows / total;
  const text =
    report.status === 'failed'
      ? t('imports.status.failed')
      : report.status === 'done'
        ? t('imports.rowsDone', { total: number(total) })
        : t('imports.rows', { done: number(report.doneRows), total: number(total) });
  return <ProgressBar label={label} value={value} text={text} tone={report.status === 'failed' ? 'danger' : report.status === 'done' ? 'success' : 'info'} />;
}

function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
