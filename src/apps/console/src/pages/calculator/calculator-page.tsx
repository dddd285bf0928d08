import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useTariff, useTaxQuote } from '../../api/hooks.js';
import type { QuoteRequest } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { Card, PageHeader } from '../../ui/layout.js';
import { Empty, ErrorNotice } from '../../ui/states.js';
import { type ItemDraft, ItemRow } from './item-row.js';
import { QuoteResult } from './quote-result.js';

/** Field errors of a `request.validation` answer, keyed without the `body.` prefix ("items.0.hsCode"). */
function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'request.validation') return {};
  const issues = error.details.issues;
  if (!Array.isArray(issues)) return {};
  const out: Record<string, string> = {};
  for (const issue of issues as { field?: unknown; message?: unknown }[]) {
    if (typeof issue.field === 'string' && typeof issue.message === 'string') out[issue.field.replace(/^body\./, '')] = issue.message;
  }
  return out;
}

function MoneyField({ label, value, onChange, error }: { readonly label: string; readonly value: string; readonly onChange: (v: string) => void; readonly error?: string | undefined }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="label">
        {label}
      </label>
      <input id={id} className="input mono" inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error !== undefined} />
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}

/** The landed-cost calculator over POST /v1/tax/quote: channel, duty, VAT, consumption tax, total and reasons. */
export function CalculatorPage() {
  const { t } = useI18n();
  const quote = useTaxQuote();
  const tariff = useTariff();
  const nextKey = useRef(2);
  const [items, setItems] = useState<readonly ItemDraft[]>([{ key: 1, hsCode: '1901101000', name: '婴儿配方奶粉 900克', qty: '2', unitPrice: '199.00' }]);
  const [freight, setFreight] = useState('10.00');
  const [insurance, setInsurance] = useState('0.00');
  const [buyerId, setBuyerId] = useState('');
  const [showId, setShowId] = useState(false);
  const [annualUsed, setAnnualUsed] = useState('0.00');
  const [submitted, setSubmitted] = useState({ freight: '0', insurance: '0' });
  const tariffListId = useId();
  const buyerField = useId();
  const errors = fieldErrors(quote.error);

  const update = (key: number, patch: Partial<Omit<ItemDraft, 'key'>>) =>
    setItems((list) =>
      list.map((item) => {
        if (item.key !== key) return item;
        const next = { ...item, ...patch };
        const row = patch.hsCode ? tariff.data?.items.find((r) => r.hsCode === patch.hsCode) : undefined;
        return row && !item.name ? { ...next, name: row.name } : next;
      }),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: QuoteRequest = {
      items: items.map((i) => ({ hsCode: i.hsCode.trim(), name: i.name.trim(), qty: i.qty.trim(), unitPrice: i.unitPrice.trim() })),
      freight: freight.trim() || '0.00',
      insurance: insurance.trim() || '0.00',
      buyer: { idNumber: buyerId.trim().toUpperCase(), annualUsed: annualUsed.trim() || '0.00' },
    };
    setSubmitted({ freight: body.freight ?? '0', insurance: body.insurance ?? '0' });
    quote.mutate(body);
  };

  return (
    <>
      <PageHeader title={t('calc.title')} subtitle={t('calc.subtitle')} />
      <div className="grid grid-calc">
        <Card title={t('calc.order')}>
          <form className="form" onSubmit={submit} noValidate>
            <datalist id={tariffListId}>
              {tariff.data?.items.map((row) => (
                <option key={row.hsCode} value={row.hsCode}>
                  {row.name}
                </option>
              ))}
            </datalist>
            <h3 className="subhead">{t('calc.items')}</h3>
            {items.map((item, index) => (
              <ItemRow
                key={item.key}
                item={item}
                index={index}
                errors={errors}
                canRemove={items.length > 1}
                tariffListId={tariffListId}
                onChange={(patch) => update(item.key, patch)}
                onRemove={() => setItems((list) => list.filter((i) => i.key !== item.key))}
              />
            ))}
            <button
              type="button"
              className="btn btn-small btn-start"
              onClick={() => setItems((list) => [...list, { key: nextKey.current++, hsCode: '', name: '', qty: '1', unitPrice: '' }])}
            >
              + {t('calc.addItem')}
            </button>
            <div className="form-grid">
              <MoneyField label={t('calc.freight')} value={freight} onChange={setFreight} error={errors.freight} />
              <MoneyField label={t('calc.insurance')} value={insurance} onChange={setInsurance} error={errors.insurance} />
              <div className="field">
                <label htmlFor={buyerField} className="label">
                  {t('calc.buyerId')}
                </label>
                <div className="input-with-button">
                  <input
                    id={buyerField}
                    className="input mono"
                    type={showId ? 'text' : 'password'}
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={32}
                    value={buyerId}
                    onChange={(e) => setBuyerId(e.target.value)}
                    aria-invalid={errors['buyer.idNumber'] !== undefined}
                  />
                  <button type="button" className="btn btn-ghost btn-small" aria-pressed={showId} onClick={() => setShowId((v) => !v)}>
                    {t('common.show')}
                  </button>
                </div>
                {errors['buyer.idNumber'] && <p className="field-error">{errors['buyer.idNumber']}</p>}
              </div>
              <MoneyField label={t('calc.annualUsed')} value={annualUsed} onChange={setAnnualUsed} error={errors['buyer.annualUsed']} />
            </div>
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" disabled={quote.isPending}>
                {quote.isPending ? t('calc.working') : t('calc.submit')}
              </button>
            </div>
          </form>
        </Card>
        <div className="stack">
          {quote.error !== null && <ErrorNotice error={quote.error} />}
          {quote.data ? (
            <QuoteResult quote={quote.data} freight={submitted.freight} insurance={submitted.insurance} />
          ) : (
            <Card>
              <Empty title={t('calc.emptyTitle')} hint={t('calc.emptyHint')} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
