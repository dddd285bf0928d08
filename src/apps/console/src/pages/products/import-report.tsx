import type { ImportRowError, ProductImport } from '../../api/hub-types.js';
import type { MessageKey } from '../../i18n/en.js';
import { isMessageKey, type Translate, useI18n } from '../../i18n/i18n.js';
import { download, toCsv } from './csv.js';

const SHOWN = 100;

/** A bad row's reason in words: by code and column when the console knows it, else the server's sentence. */
export function reasonOf(t: Translate, e: ImportRowError): string {
  for (const key of [`imports.reason.${e.code}.${e.field}`, `imports.reason.${e.code}`]) if (isMessageKey(key)) return t(key as MessageKey);
  return e.message;
}

export function reportCsv(t: Translate, errors: readonly ImportRowError[]): string {
  return toCsv([
    [t('imports.col.line'), t('imports.col.field'), t('imports.col.code'), t('imports.col.reason'), t('imports.col.detail')],
    ...errors.map((e) => [e.line, e.field, e.code, reasonOf(t, e), e.message]),
  ]);
}

/** Every bad row of an import (the first hundred on screen), downloadable as CSV in the language shown. */
export function ImportReport({ report }: { readonly report: ProductImport }) {
  const { t, number, locale } = useI18n();
  const { errors } = report;
  if (errors.length === 0) return null;
  const col = { line: t('imports.col.line'), field: t('imports.col.field'), reason: t('imports.col.reason') };
  const base = report.fileName.replace(/\.csv$/i, '');
  return (
    <section className="import-report" aria-labelledby={`report-${report.id}`} data-testid="import-report">
      <div className="card-head">
        <h3 id={`report-${report.id}`} className="subhead">
          {t('imports.reportTitle', { n: number(errors.length) })}
        </h3>
        <button type="button" className="btn btn-small" onClick={() => download(`${base}-errors.${locale}.csv`, reportCsv(t, errors))}>
          {t('imports.downloadReport')}
        </button>
      </div>
      <div className="table-wrap">
        <table className="table table-cards">
          <caption className="sr-only">{t('imports.reportTitle', { n: number(errors.length) })}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {col.line}
              </th>
              <th scope="col">{col.field}</th>
              <th scope="col">{col.reason}</th>
            </tr>
          </thead>
          <tbody>
            {errors.slice(0, SHOWN).map((e) => (
              <tr key={`${e.line}|${e.field}|${e.code}`}>
                <td data-label={col.line} className="num">
                  {e.line}
                </td>
                <td data-label={col.field} className="mono">
                  {e.field || '—'}
                </td>
                <td data-label={col.reason} className="cell-wrap">
                  <div>
                    {reasonOf(t, e)} <code className="error-code">{e.code}</code>
                    <span className="cell-sub" lang="en">
                      {e.message}
                    </span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > SHOWN && <p className="field-hint">{t('imports.moreInReport', { shown: SHOWN, n: number(errors.length) })}</p>}
    </section>
  );
}
