import type { ReactNode } from 'react';
import { isMessageKey, useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import type { FieldIssue } from './field-errors.js';

/** A server issue in words: "required" and the zod issue kinds translated; the server's own sentence kept in English. */
export function useIssueText(): (issue: FieldIssue) => { readonly text: string; readonly detail: string | null } {
  const { t, locale } = useI18n();
  return (issue) => {
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return { text: t('connectors.issue.required'), detail: null };
    if (locale === 'en') return { text: issue.message, detail: null };
    const key = `connectors.issue.${issue.code ?? ''}`;
    return isMessageKey(key) ? { text: t(key as MessageKey), detail: issue.message } : { text: issue.message, detail: null };
  };
}

/** Label, required marker, the control, its description and its error (tied to the control by aria-describedby). */
export function FieldShell({
  id,
  label,
  required,
  description,
  issue,
  extra,
  children,
  className,
}: {
  readonly id: string;
  readonly label: string;
  readonly required: boolean;
  readonly description?: string | undefined;
  readonly issue?: FieldIssue | undefined;
  readonly extra?: ReactNode;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  const { t } = useI18n();
  const words = useIssueText();
  const shown = issue && words(issue);
  return (
    <div className={`field ${className ?? ''}`} data-field={id}>
      <div className="field-head">
        <label htmlFor={id} className="label">
          {label}
          {required && (
            <span className="required-mark" title={t('connectors.required')}>
              <span aria-hidden="true"> *</span>
              <span className="sr-only"> ({t('connectors.required')})</span>
            </span>
          )}
        </label>
        {extra}
      </div>
      {children}
      {description && (
        <p id={`${id}-hint`} className="field-hint" lang="en">
          {description}
        </p>
      )}
      {shown && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {shown.text}
          {shown.detail && (
            <span className="field-error-detail" lang="en">
              {' '}
              ({shown.detail})
            </span>
          )}
        </p>
      )}
    </div>
  );
}

/** aria-describedby of a control: its hint and its error, when shown. */
export const describedBy = (id: string, hasHint: boolean, hasError: boolean): string | undefined =>
  [hasHint && `${id}-hint`, hasError && `${id}-error`].filter(Boolean).join(' ') || undefined;
