import type { TaxQuote } from '../../api/types.js';
import { labelOf } from '../../i18n/codes.js';
import { useI18n } from '../../i18n/i18n.js';
import { Chip, type Tone } from '../../ui/chips.js';
import { Card } from '../../ui/layout.js';
import { fromFen, toFen } from './money.js';

const CHANNEL_TONE: Readonly<Record<TaxQuote['channel'], Tone>> = { cbec: 'success', general: 'attention', refused: 'danger' };
const pct = (rate: string) => `${Number((Number(rate) * 100).toFixed(4))} %`;

export function QuoteResult({ quote, freight, insurance }: { readonly quote: TaxQuote; readonly freight: string; readonly insurance: string }) {
  const { t, money } = useI18n();
  const goods = quote.lines.reduce((sum, line) => sum + toFen(line.goodsValue), 0);
  const landed = fromFen(goods + toFen(freight || '0') + toFen(insurance || '0') + toFen(quote.total));
  const figures = [
    ['calc.dutiable', quote.dutiableValue],
    ['calc.duty', quote.customsDuty],
    ['calc.vat', quote.vat],
    ['calc.consumption', quote.consumptionTax],
    ['calc.total', quote.total],
    ['calc.quotaAmount', quote.quotaAmount],
  ] as const;
  return (
    <Card
      title={t('calc.result')}
      aside={<Chip tone={CHANNEL_TONE[quote.channel]}>{labelOf(t, 'channel', quote.channel)}</Chip>}
      className="quote-result"
    >
      <div className="landed" data-testid="landed-cost">
        <span className="landed-label">{t('calc.landed')}</span>
        <span className="landed-value">{quote.channel === 'refused' ? '—' : money(landed)}</span>
        <span className="hint">{t('calc.landedHint')}</span>
      </div>
      <dl className="facts">
        <div className="fact">
          <dt>{t('calc.treatment')}</dt>
          <dd>{labelOf(t, 'treatment', quote.treatment)}</dd>
        </div>
        {figures.map(([key, value]) => (
          <div key={key} className={`fact ${key === 'calc.total' ? 'fact-strong' : ''}`}>
            <dt>{t(key)}</dt>
            <dd>{money(value)}</dd>
          </div>
        ))}
      </dl>
      {quote.reasons.length > 0 && (
        <>
          <h3 className="subhead">{t('calc.reasons')}</h3>
          <ul className="reasons reasons-boxed">
            {quote.reasons.map((r) => (
              <li key={`${r.code}-${r.field ?? ''}`}>
                <code>{r.code}</code> {r.message}
                {r.field && <span className="hint"> · {t('calc.field', { field: r.field })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {quote.lines.length > 0 && (
        <>
          <h3 className="subhead">{t('calc.lines')}</h3>
          <ul className="quote-lines">
            {quote.lines.map((line) => (
              <li key={line.gnum}>
                <div className="quote-line-head">
                  <span>
                    {line.gnum}. {line.name} <span className="mono muted">{line.hsCode}</span>
                  </span>
                  <strong>{money(line.total)}</strong>
                </div>
                <p className="hint">
                  {t('calc.rates', { duty: pct(line.rates.duty), vat: pct(line.rates.vat), ct: pct(line.rates.consumptionTax) })}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">{t('calc.rounding', { mode: labelOf(t, 'rounding', quote.rounding.mode), step: labelOf(t, 'roundingStep', quote.rounding.step) })}</p>
    </Card>
  );
}
