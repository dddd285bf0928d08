import { type FormEvent, useId, useRef, useState } from 'react';
import { type DealAction, type DealDetail, useDealAction } from '../../api/deals.js';
import type { Role } from '../../api/types.js';
import { useSignedIn } from '../../auth/session.js';
import { useI18n } from '../../i18n/i18n.js';
import { Modal } from '../../ui/dialog.js';
import { Icon } from '../../ui/icons.js';
import { ErrorNotice } from '../../ui/states.js';

type ActionKind = DealAction['kind'];

/** Who acts on deals: the merchant and platform that own them, and the administrator (others see them only). */
const ACTORS: readonly Role[] = ['ebp', 'ebc', 'admin'];

/** What the hub accepts from each status (workflows/hub/commands.ts); the server has the last word. */
export function dealActions(role: Role, detail: DealDetail): readonly ActionKind[] {
  if (!ACTORS.includes(role)) return [];
  const { status, invtNo } = detail.deal;
  const out: ActionKind[] = [];
  if (status === 'needs-attention' || status === 'blocked') out.push('resume');
  if (['received', 'awaiting-payment', 'declaring', 'needs-attention'].includes(status) || (['declared', 'released'].includes(status) && invtNo)) out.push('cancel');
  if ((status === 'released' || status === 'returned') && (detail.documents.inventory?.lines.length ?? 0) > 0) out.push('return');
  return out;
}

const BUTTON: Readonly<Record<ActionKind, string>> = { resume: 'btn btn-primary', cancel: 'btn btn-danger', return: 'btn btn-warning' };

function ActionDialog({ detail, kind, onClose, onDone }: { readonly detail: DealDetail; readonly kind: ActionKind; readonly onClose: () => void; readonly onDone: (message: string) => void }) {
  const { t } = useI18n();
  const action = useDealAction(detail.deal.id);
  const id = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const lines = detail.documents.inventory?.lines ?? [];
  const [reason, setReason] = useState('');
  const [qty, setQty] = useState<Record<number, string>>(() => Object.fromEntries(lines.map((l) => [l.gnum, l.qty])));
  const [missing, setMissing] = useState(false);
  const orderNo = detail.deal.orderNo;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (kind !== 'resume' && !text) {
      setMissing(true);
      return;
    }
    const body: DealAction =
      kind === 'resume'
        ? { kind }
        : kind === 'cancel'
          ? { kind, reason: text }
          : { kind, reason: text, lines: lines.map((l) => ({ gnum: l.gnum, qty: (qty[l.gnum] ?? '').trim() })).filter((l) => l.qty !== '' && Number(l.qty) > 0) };
    action.mutate(body, { onSuccess: () => onDone(t(`deal.action.done.${kind}`, { orderNo })) });
  };
  return (
    <Modal open title={t(`deal.action.title.${kind}`, { orderNo })} onClose={onClose} {...(kind !== 'resume' && { initialFocus: reasonRef })}>
      <form onSubmit={submit} noValidate className="form">
        <p className="muted">{t(`deal.action.explain.${kind}`)}</p>
        {kind === 'return' && (
          <fieldset className="deal-return-lines">
            <legend className="label">{t('deal.action.returnLines')}</legend>
            {lines.map((l) => (
              <div key={l.gnum} className="deal-return-line">
                <label htmlFor={`${id}-qty-${l.gnum}`}>
                  {l.gnum}. {l.gname} <span className="muted">({t('deal.action.declaredQty', { qty: l.qty })})</span>
                </label>
                <input
                  id={`${id}-qty-${l.gnum}`}
                  className="input input-inline mono"
                  inputMode="decimal"
                  value={qty[l.gnum] ?? ''}
                  onChange={(e) => setQty((q) => ({ ...q, [l.gnum]: e.target.value }))}
                />
              </div>
            ))}
          </fieldset>
        )}
        {kind !== 'resume' && (
          <>
            <label htmlFor={`${id}-reason`} className="label">
              {t('decision.reason')} <span aria-hidden="true">*</span>
            </label>
            <textarea
              id={`${id}-reason`}
              ref={reasonRef}
              className="input textarea"
              rows={3}
              maxLength={500}
              required
              aria-required="true"
              aria-invalid={missing}
              aria-describedby={`${id}-hint`}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim()) setMissing(false);
              }}
            />
            <p id={`${id}-hint`} className="hint">
              {missing ? <span className="field-error">{t('decision.reasonRequired')}</span> : t('deal.action.reasonHint')}
            </p>
          </>
        )}
        {action.error && <ErrorNotice error={action.error} />}
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="submit" className={BUTTON[kind]} disabled={action.isPending}>
            {action.isPending ? t('decision.working') : t(`deal.action.${kind}`)}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The actions the signed-in participant may take on the deal now, each confirmed in a dialog. */
export function DealActions({ detail }: { readonly detail: DealDetail }) {
  const { t } = useI18n();
  const { participant } = useSignedIn();
  const [open, setOpen] = useState<ActionKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = dealActions(participant.role, detail);
  return (
    <>
      {done && (
        <p className="notice notice-success" role="status">
          <Icon name="check" /> {done}
        </p>
      )}
      {actions.length > 0 && (
        <fieldset className="actions deal-actions">
          <legend className="sr-only">{t('deal.actionsFor', { orderNo: detail.deal.orderNo })}</legend>
          {actions.map((a) => (
            <button key={a} type="button" className={`${BUTTON[a]} btn-small`} onClick={() => setOpen(a)}>
              {t(`deal.action.${a}`)}
            </button>
          ))}
        </fieldset>
      )}
      {open && (
        <ActionDialog
          detail={detail}
          kind={open}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setDone(message);
          }}
        />
      )}
    </>
  );
}
