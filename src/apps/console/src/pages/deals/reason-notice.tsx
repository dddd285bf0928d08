import { useI18n } from '../../i18n/i18n.js';
import { Icon } from '../../ui/icons.js';
import { explainReasons } from './reasons.js';

/** A refusal explained: each reason in words with the field at fault, its code, and the server's own sentence. */
export function ReasonList({ text, code }: { readonly text: string; readonly code: string }) {
  const { t } = useI18n();
  const reasons = explainReasons(t, text, code);
  return (
    <ul className="reasons deal-reasons">
      {reasons.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one reason text, in its order
        <li key={i}>
          <p className="deal-reason-sentence">
            {r.sentence ?? t('dealReason.unknown')} <code className="error-code">{r.code}</code>
          </p>
          {(r.fieldLabel || r.field) && (
            <p className="deal-reason-field">
              {t('deal.reason.field')}: <strong>{r.fieldLabel ?? r.field}</strong>
              {r.fieldLabel && r.field && <span className="mono muted"> ({r.field})</span>}
            </p>
          )}
          {r.server && (
            <p className="deal-reason-server">
              {t('deal.reason.server')}: <q>{r.server}</q>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

const TITLE = {
  stopped: 'deal.reason.title.stopped',
  rejected: 'deal.reason.title.rejected',
  blocked: 'deal.reason.title.blocked',
  'needs-attention': 'deal.reason.title.attention',
  cancelled: 'deal.reason.title.cancelled',
} as const;

/** Why the deal stands where it stands, when it stopped (pre-flight), was refused (customs) or waits for a person. */
export function DealReasonNotice({ status, reason }: { readonly status: string; readonly reason: { readonly code: string; readonly message: string } | null }) {
  const { t } = useI18n();
  if (!reason) return null;
  const title = TITLE[status as keyof typeof TITLE] ?? 'deal.reason.title.other';
  const soft = status === 'cancelled' || status === 'needs-attention' || status === 'blocked';
  return (
    <div className={`notice ${soft ? 'notice-warning' : 'notice-error'} deal-reason`} role={soft ? 'status' : 'alert'} data-testid="deal-reason">
      <Icon name="alert" />
      <div>
        <p className="notice-title">{t(title)}</p>
        <ReasonList text={reason.message} code={reason.code} />
      </div>
    </div>
  );
}
