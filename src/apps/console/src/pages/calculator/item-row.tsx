import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.js';

export interface ItemDraft {
  readonly key: number;
  readonly hsCode: string;
  readonly name: string;
  readonly qty: string;
  readonly unitPrice: string;
}

type Field = 'hsCode' | 'name' | 'qty' | 'unitPrice';

/** One order line: HS code (suggested from the tariff), name, quantity, unit price; errors under each field. */
export function ItemRow({
  item,
  index,
  errors,
  canRemove,
  tariffListId,
  onChange,
  onRemove,
}: {
  readonly item: ItemDraft;
  readonly index: number;
  readonly errors: Readonly<Record<string, string>>;
  readonly canRemove: boolean;
  readonly tariffListId: string;
  readonly onChange: (patch: Partial<Omit<ItemDraft, 'key'>>) => void;
  readonly onRemove: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const fields: readonly { name: Field; label: string; className: string; mode: 'numeric' | 'decimal' | 'text' }[] = [
    { name: 'hsCode', label: t('calc.hsCode'), className: 'field-hs', mode: 'numeric' },
    { name: 'name', label: t('calc.name'), className: 'field-grow', mode: 'text' },
    { name: 'qty', label: t('calc.qty'), className: 'field-qty', mode: 'decimal' },
    { name: 'unitPrice', label: t('calc.unitPrice'), className: 'field-price', mode: 'decimal' },
  ];
  return (
    <fieldset className="item-row">
      <legend className="item-legend">{t('calc.item', { n: index + 1 })}</legend>
      {fields.map((f) => {
        const error = errors[`items.${index}.${f.name}`];
        const fieldId = `${id}-${f.name}`;
        return (
          <div key={f.name} className={`field ${f.className}`}>
            <label htmlFor={fieldId} className="label">
              {f.label}
            </label>
            <input
              id={fieldId}
              className={`input ${f.name === 'name' ? '' : 'mono'}`}
              inputMode={f.mode}
              autoComplete="off"
              value={item[f.name]}
              {...(f.name === 'hsCode' && { list: tariffListId, maxLength: 10 })}
              onChange={(event) => onChange({ [f.name]: event.target.value })}
              aria-invalid={error !== undefined}
              {...(error && { 'aria-describedby': `${fieldId}-error` })}
            />
            {error && (
              <p id={`${fieldId}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div className="field field-action">
        <button type="button" className="btn btn-ghost btn-small" onClick={onRemove} disabled={!canRemove}>
          {t('calc.removeItem', { n: index + 1 })}
        </button>
      </div>
    </fieldset>
  );
}
