import { type FormEvent, useId, useRef, useState } from 'react';
import { useDecision } from '../api/hooks.js';
import type { DecisionAction, Inventory } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Modal } from '../ui/dialog.js';
import { ErrorNotice } from '../ui/states.js';

/** What an officer may do from each queue status (the clearance table: 300 → 399/500/100, 500 → 399/100). */
export function actionsFor(status: string): readonly DecisionAction[] {
  if (status === '300') return ['release', 'inspect', 'reject'];
  if (status === '500') return ['release', 'reject'];
  return [];
}

const BUTTON_CLASS: Readonly<Record<DecisionAction, string>> = {
  release: 'btn btn-small btn-success',
  inspect: 'btn btn-small btn-warning',
  reject: 'btn btn-small btn-danger',
};

/** The buttons of one inventory and the dialog that asks for the reason before acting. */
export function DecisionButtons({ inventory, onDone }: { readonly inventory: Inventory; readonly onDone?: (message: string) => void }) {
  const { t } = useI18n();
  const [action, setAction] = useState<DecisionAction | null>(null);
  const actions = actionsFor(inventory.status);
  if (actions.length === 0) return null;
  return (
    <fieldset className="actions">
      <legend className="sr-only">{t('queue.actionsFor', { orderNo: inventory.orderNo })}</legend>
      {actions.map((a) => (
        <button key={a} type="button" className={BUTTON_CLASS[a]} onClick={() => setAction(a)}>
          {t(`action.${a}`)}
        </button>
      ))}
      {action && (
        <DecisionDialog
          inventory={inventory}
          action={action}
          onClose={() => setAction(null)}
          onDone={(message) => {
            setAction(null);
            onDone?.(message);
          }}
        />
      )}
    </fieldset>
  );
}

function DecisionDialog({
  inventory,
  action,
  onClose,
  onDone,
}: {
  readonly inventory: Inventory;
  readonly action: DecisionAction;
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const decision = useDecision();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const fieldId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const orderNo = inventory.orderNo;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    setMissing(text === '');
    if (!text) return;
    decision.mutate(
      { id: inventory.id, action, reason: text },
      { onSuccess: () => onDone(t(`decision.done.${action}`, { orderNo })) },
    );
  };

  return (
    <Modal open title={t(`decision.title.${action}`, { orderNo })} onClose={onClose} initialFocus={reasonRef}>
      <form onSubmit={submit} noValidate className="form">
        <label htmlFor={fieldId} className="label">
          {t('decision.reason')} <span aria-hidden="true">*</span>
        </label>
        <textarea
          id={fieldId}
          className="input textarea"
          rows={3}
          maxLength={500}
          ref={reasonRef}
          required
          aria-required="true"
          aria-invalid={missing}
          aria-describedby={`${fieldId}-hint`}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            if (event.target.value.trim()) setMissing(false);
          }}
        />
        <p id={`${fieldId}-hint`} className="hint">
          {missing ? <span className="field-error">{t('decision.reasonRequired')}</span> : t('decision.reasonHint')}
        </p>
        {decision.error && <ErrorNotice error={decision.error} />}
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={BUTTON_CLASS[action].replace(' btn-small', '')} disabled={decision.isPending}>
            {decision.isPending ? t('decision.working') : t(`action.${action}`)}
          </button>
        </div>
      </form>
    </Modal>
  );
}
