import { type FormEvent, useId, useState } from 'react';
import { useQuotaLookup } from '../api/hooks.js';
import type { BuyerQuota } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Chip } from '../ui/chips.js';
import { Card, PageHeader } from '../ui/layout.js';
import { Empty, ErrorNotice } from '../ui/states.js';

const ID_FORMAT = /^[0-9]{17}[0-9Xx]$/;

function QuotaResult({ quota }: { readonly quota: BuyerQuota }) {
  const { t, money, shortDateTime, percent } = useI18n();
  const limit = Number(quota.limit);
  const ratio = limit > 0 ? Math.min(1, Number(quota.used) / limit) : 0;
  const meterId = useId();
  return (
    <Card
      title={t('quota.result', { id: quota.idNumber, year: quota.year })}
      className="quota-result"
      aside={<Chip tone={quota.valid ? 'success' : 'danger'}>{quota.valid ? t('quota.validYes') : t('quota.validNo')}</Chip>}
    >
      <meter className="meter" id={meterId} min={0} max={1} low={0.7} high={0.9} optimum={0} value={ratio} aria-describedby={`${meterId}-text`} />
      <p className="hint" id={`${meterId}-text`}>
        {t('quota.usedPct', { pct: percent(ratio) })}
      </p>
      <dl className="kpis kpis-small">
        {(
          [
            ['limit', quota.limit],
            ['used', quota.used],
            ['remaining', quota.remaining],
            ['consumed', quota.consumed],
            ['restored', quota.restored],
          ] as const
        ).map(([id, value]) => (
          <div key={id} className="kpi" data-testid={`quota-${id}`}>
            <dt>{t(`quota.${id}`)}</dt>
            <dd>
              <span className="kpi-value">{money(value)}</span>
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="subhead">{t('quota.releases')}</h3>
      {quota.releases.length === 0 ? (
        <p className="muted">{t('quota.releasesEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-cards">
            <caption className="sr-only">{t('quota.releases')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('quota.col.invtNo')}</th>
                <th scope="col">{t('quota.col.at')}</th>
                <th scope="col" className="num">
                  {t('quota.col.amount')}
                </th>
                <th scope="col" className="num">
                  {t('quota.col.counted')}
                </th>
              </tr>
            </thead>
            <tbody>
              {quota.releases.map((r) => (
                <tr key={`${r.invtNo}-${r.at}`}>
                  <td data-label={t('quota.col.invtNo')} className="mono">
                    {r.invtNo}
                  </td>
                  <td data-label={t('quota.col.at')}>{shortDateTime(r.at)}</td>
                  <td data-label={t('quota.col.amount')} className="num">
                    {money(r.amount)}
                  </td>
                  <td data-label={t('quota.col.counted')} className="num">
                    {money(r.counted)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

/** A buyer's annual quota. The number is typed hidden, sent once, and only shown back masked. */
export function QuotaPage() {
  const { t } = useI18n();
  const lookup = useQuotaLookup();
  const [idNumber, setIdNumber] = useState('');
  const [visible, setVisible] = useState(false);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [invalid, setInvalid] = useState(false);
  const idField = useId();
  const yearField = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = idNumber.trim().toUpperCase();
    const bad = !ID_FORMAT.test(value);
    setInvalid(bad);
    if (!bad) lookup.mutate({ idNumber: value, year });
  };

  return (
    <>
      <PageHeader title={t('quota.title')} subtitle={t('quota.subtitle')} />
      <Card>
        <form className="form form-row" onSubmit={submit} noValidate>
          <div className="field field-grow">
            <label htmlFor={idField} className="label">
              {t('quota.idNumber')}
            </label>
            <div className="input-with-button">
              <input
                id={idField}
                className="input mono"
                type={visible ? 'text' : 'password'}
                inputMode="text"
                autoComplete="off"
                spellCheck={false}
                maxLength={18}
                value={idNumber}
                onChange={(event) => setIdNumber(event.target.value)}
                aria-invalid={invalid}
                aria-describedby={`${idField}-hint`}
              />
              <button type="button" className="btn btn-ghost btn-small" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
                {t('common.show')}
              </button>
            </div>
            <p id={`${idField}-hint`} className="hint">
              {invalid ? <span className="field-error">{t('quota.invalidFormat')}</span> : t('quota.idHint')}
            </p>
          </div>
          <div className="field field-narrow">
            <label htmlFor={yearField} className="label">
              {t('quota.year')}
            </label>
            <input
              id={yearField}
              className="input"
              type="number"
              min={2016}
              max={2100}
              value={year}
              onChange={(event) => setYear(Number(event.target.value))}
            />
          </div>
          <div className="field field-action">
            <button type="submit" className="btn btn-primary" disabled={lookup.isPending}>
              {lookup.isPending ? t('quota.working') : t('quota.lookup')}
            </button>
          </div>
        </form>
      </Card>
      {lookup.error && <ErrorNotice error={lookup.error} />}
      {lookup.data ? (
        <QuotaResult quota={lookup.data} />
      ) : (
        !lookup.error && (
          <Card>
            <Empty title={t('quota.title')} hint={t('quota.emptyHint')} />
          </Card>
        )
      )}
    </>
  );
}
