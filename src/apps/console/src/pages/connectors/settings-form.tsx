import { useId } from 'react';
import { Chip } from '../../ui/chips.js';
import { useI18n } from '../../i18n/i18n.js';
import type { FieldIssue } from './field-errors.js';
import { describedBy, FieldShell } from './field-shell.js';
import type { FieldValue, FormField, FormSection, FormValues } from './schema-form.js';

/** The fields of a connector's settings, generated from its JSON Schema; secrets write-only with a "set" indicator. */
export function SettingsForm({
  sections,
  values,
  errors,
  secretsSet,
  onChange,
}: {
  readonly sections: readonly FormSection[];
  readonly values: FormValues;
  readonly errors: Readonly<Record<string, FieldIssue>>;
  readonly secretsSet: readonly string[];
  readonly onChange: (path: string, value: FieldValue) => void;
}) {
  const { t } = useI18n();
  const base = useId();
  return (
    <>
      {sections.map((section) => {
        const fields = (
          <div key="fields" className="form-grid">
            {section.fields.map((f) => (
              <SettingField key={f.path} id={`${base}-${f.path.replace(/\W/g, '-')}`} field={f} value={values[f.path]} issue={errors[`settings.${f.path}`]} isSet={secretsSet.includes(f.path)} onChange={(v) => onChange(f.path, v)} />
            ))}
          </div>
        );
        return section.path === '' ? (
          <div key="root">{fields}</div>
        ) : (
          <fieldset key={section.path} className="settings-group">
            <legend className="settings-legend">
              <span className="mono">{section.path}</span>
              {section.description && (
                <span className="settings-legend-hint" lang="en">
                  {section.description}
                </span>
              )}
            </legend>
            {fields}
          </fieldset>
        );
      })}
      <p className="field-hint">
        <span aria-hidden="true">* </span>
        {t('connectors.requiredLegend')}
      </p>
    </>
  );
}

function SettingField({
  id,
  field,
  value,
  issue,
  isSet,
  onChange,
}: {
  readonly id: string;
  readonly field: FormField;
  readonly value: FieldValue | undefined;
  readonly issue: FieldIssue | undefined;
  readonly isSet: boolean;
  readonly onChange: (value: FieldValue) => void;
}) {
  const { t } = useI18n();
  const hasHint = field.description !== undefined;
  const aria = {
    'aria-invalid': issue !== undefined,
    'aria-describedby': describedBy(id, hasHint, issue !== undefined),
    'aria-required': field.required && !(field.kind === 'secret' && isSet),
  };
  const text = typeof value === 'string' ? value : '';
  const fallback = field.defaultValue !== undefined && field.defaultValue !== '' ? t('connectors.default', { value: String(field.defaultValue) }) : undefined;
  const required = field.required && !(field.kind === 'secret' && isSet);

  if (field.kind === 'boolean') {
    return (
      <div className="field field-check" data-field={id}>
        <label className="check">
          <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} {...aria} />
          <span>{field.name}</span>
        </label>
        {field.description && (
          <p id={`${id}-hint`} className="field-hint" lang="en">
            {field.description}
          </p>
        )}
        {issue && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {issue.message}
          </p>
        )}
      </div>
    );
  }

  if (field.kind === 'multi') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field field-multi" aria-describedby={describedBy(id, hasHint, issue !== undefined)}>
        <legend className="label">
          {field.name}
          {required && <span className="required-mark" aria-hidden="true"> *</span>}
        </legend>
        <div className="checks">
          {field.options.map((option) => (
            <label key={option} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(option)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
              />
              <span className="mono">{option}</span>
            </label>
          ))}
        </div>
        {field.description && (
          <p id={`${id}-hint`} className="field-hint" lang="en">
            {field.description}
          </p>
        )}
        {issue && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {issue.message}
          </p>
        )}
      </fieldset>
    );
  }

  return (
    <FieldShell
      id={id}
      label={field.name}
      required={required}
      description={field.description}
      issue={issue}
      extra={
        field.kind === 'secret' &&
        (isSet ? (
          <Chip tone="success">{t('connectors.secretSet')}</Chip>
        ) : (
          <Chip tone="neutral">{t('connectors.secretNotSet')}</Chip>
        ))
      }
    >
      {field.kind === 'enum' ? (
        <select id={id} className="input" value={text} onChange={(e) => onChange(e.target.value)} {...aria}>
          <option value="">{fallback ?? (field.required ? t('connectors.choose') : t('connectors.none'))}</option>
          {field.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          className={`input ${field.kind === 'text' || field.kind === 'secret' ? '' : 'mono'}`}
          type={field.kind === 'secret' ? 'password' : field.kind === 'url' ? 'url' : 'text'}
          inputMode={field.kind === 'integer' ? 'numeric' : field.kind === 'number' ? 'decimal' : undefined}
          autoComplete={field.kind === 'secret' ? 'new-password' : 'off'}
          spellCheck={false}
          value={text}
          placeholder={field.kind === 'secret' ? (isSet ? t('connectors.secretKeep') : t('connectors.secretEnter')) : fallback}
          {...(field.schema.maxLength !== undefined && { maxLength: field.schema.maxLength })}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      )}
    </FieldShell>
  );
}
