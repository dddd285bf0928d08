import { type ReactNode, useState } from 'react';
import { type DealDetail, type DealEvent, type DealReceipt, type DealWebhook, type Declaration, dealXmlPath } from '../../api/deals.js';
import type { MessageKey } from '../../i18n/en.js';
import { isMessageKey, useI18n } from '../../i18n/i18n.js';
import { Chip, StatusChip, type Tone } from '../../ui/chips.js';
import { Card } from '../../ui/layout.js';
import { XmlAtButton } from '../../ui/xml-view.js';
import { isPlatform, PLATFORMS, type PlatformId, platformOfDeclaration } from './platforms.js';
import { ReasonList } from './reason-notice.js';

/** Events the declaration entries already show (a send, its receipts, the inventory's customs statuses). */
const SHOWN_BY_DECLARATIONS = new Set(['declaration.sent', 'declaration.receipt', 'customs.status', 'declaration.refused']);

type Entry =
  | { readonly kind: 'event'; readonly at: string; readonly platform: PlatformId; readonly event: DealEvent }
  | { readonly kind: 'declaration'; readonly at: string; readonly platform: PlatformId; readonly declaration: Declaration }
  | { readonly kind: 'webhook'; readonly at: string; readonly platform: PlatformId; readonly webhook: DealWebhook };

/** Everything that happened to the deal, on every platform, oldest first. */
export function timelineEntries(detail: DealDetail): Entry[] {
  const hasDeclarations = detail.declarations.length > 0;
  const entries: Entry[] = [
    ...detail.timeline
      .filter((e) => !(hasDeclarations && SHOWN_BY_DECLARATIONS.has(e.kind)))
      .map((event): Entry => ({ kind: 'event', at: event.at, platform: isPlatform(event.platform) ? event.platform : 'hub', event })),
    ...detail.declarations.map((declaration): Entry => ({ kind: 'declaration', at: declaration.sentAt ?? declaration.createdAt, platform: platformOfDeclaration(declaration), declaration })),
    ...detail.webhooks.map((webhook): Entry => ({ kind: 'webhook', at: webhook.createdAt, platform: 'storefront', webhook })),
  ];
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

const refused = (status: string) => status === '100' || /^-\d+$/.test(status);

function ReceiptStatus({ receipt }: { readonly receipt: DealReceipt }) {
  if (receipt.type === 'CEB622' && /^\d+$/.test(receipt.status)) return <StatusChip status={receipt.status} />;
  const tone: Tone = refused(receipt.status) ? 'danger' : receipt.status === '120' || receipt.status === '399' ? 'success' : 'neutral';
  return <Chip tone={tone}>{receipt.status}</Chip>;
}

function ReceiptRow({ dealId, declaration, receipt, n }: { readonly dealId: string; readonly declaration: Declaration; readonly receipt: DealReceipt; readonly n: number }) {
  const { t, dateTime } = useI18n();
  return (
    <li className="deal-receipt" data-testid="deal-receipt">
      <div className="deal-receipt-head">
        <span className="mono">{receipt.type}</span>
        <ReceiptStatus receipt={receipt} />
        <time dateTime={receipt.at} className="timeline-time">
          {dateTime(receipt.at)}
        </time>
        {receipt.xml && receipt.id && (
          <XmlAtButton
            path={dealXmlPath(dealId, declaration.id, receipt.id)}
            title={t('deal.xml.receiptTitle', { type: receipt.type })}
            label={t('deal.xml.receiptLabel', { type: receipt.type, n })}
          />
        )}
      </div>
      {refused(receipt.status) ? <ReasonList text={receipt.info} code={receipt.status} /> : <p className="deal-receipt-info">{receipt.info}</p>}
    </li>
  );
}

function DeclarationBody({ dealId, declaration }: { readonly dealId: string; readonly declaration: Declaration }) {
  const { t } = useI18n();
  const name = `dealDoc.${declaration.type}`;
  return (
    <>
      <div className="timeline-head">
        <strong>{isMessageKey(name) ? t(name as MessageKey) : declaration.type}</strong>
        <span className="mono muted">
          {declaration.type}
          {declaration.seq > 1 ? ` #${declaration.seq}` : ''}
        </span>
        <Chip tone={declaration.status === 'rejected' ? 'danger' : declaration.status === 'prepared' ? 'neutral' : declaration.final ? 'success' : 'progress'}>
          {isMessageKey(`declStatus.${declaration.status}`) ? t(`declStatus.${declaration.status}` as MessageKey) : declaration.status}
        </Chip>
        {declaration.xml && (
          <XmlAtButton
            path={dealXmlPath(dealId, declaration.id, null)}
            title={t('deal.xml.declarationTitle', { type: declaration.type })}
            label={t('deal.xml.declarationLabel', { type: declaration.type })}
          />
        )}
      </div>
      <p className="timeline-meta">{t(declaration.declaredBy === 'hub' ? 'deal.declaredByHub' : 'deal.declaredByInstitution')}</p>
      {declaration.receipts.length > 0 ? (
        <ol className="deal-receipts" aria-label={t('deal.receiptsOf', { type: declaration.type })}>
          {declaration.receipts.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: receipts are append-only; older ones may have no id
            <ReceiptRow key={`${r.id ?? ''}-${i}`} dealId={dealId} declaration={declaration} receipt={r} n={i + 1} />
          ))}
        </ol>
      ) : (
        <p className="timeline-meta">{t(declaration.sentAt ? 'deal.noReceiptYet' : 'deal.notSentYet')}</p>
      )}
    </>
  );
}

function eventTitle(t: (k: MessageKey, v?: Record<string, string>) => string, kind: string): string {
  const exact = `dealEvent.${kind}`;
  if (isMessageKey(exact)) return t(exact as MessageKey);
  const [family, rest = ''] = kind.split('.');
  const generic = `dealEvent.${family}.*`;
  return isMessageKey(generic) ? t(generic as MessageKey, { what: rest }) : kind;
}

function EntryBody({ entry, dealId }: { readonly entry: Entry; readonly dealId: string }): ReactNode {
  const { t, dateTime } = useI18n();
  if (entry.kind === 'declaration') return <DeclarationBody dealId={dealId} declaration={entry.declaration} />;
  if (entry.kind === 'webhook') {
    const w = entry.webhook;
    const tone: Tone = w.status === 'delivered' ? 'success' : w.status === 'failed' ? 'danger' : 'attention';
    return (
      <>
        <div className="timeline-head">
          <strong>{t('deal.webhook', { status: w.told === null ? '—' : isMessageKey(`dealStatus.${w.told}`) ? t(`dealStatus.${w.told}` as MessageKey) : w.told })}</strong>
          <Chip tone={tone}>{t(`deal.webhook.${w.status}` as MessageKey)}</Chip>
        </div>
        <p className="timeline-meta">
          {t('deal.webhook.meta', { attempts: w.attempts, code: w.lastStatusCode ?? '—' })}
          {w.deliveredAt && ` · ${dateTime(w.deliveredAt)}`}
        </p>
        {w.lastError && <p className="timeline-reason">{w.lastError}</p>}
      </>
    );
  }
  const e = entry.event;
  const explained = e.kind === 'preflight.refused' || e.kind === 'customs.rejected';
  return (
    <>
      <div className="timeline-head">
        <strong>{eventTitle(t, e.kind)}</strong>
      </div>
      {explained ? <ReasonList text={e.summary.replace(/^[^[]*(?=\[)/, '')} code={e.kind} /> : <p className="timeline-reason">{e.summary}</p>}
    </>
  );
}

/**
 * One timeline across the platforms: the storefront's order, the payment, the waybill, each declaration with its
 * receipts (raw XML one click away), stock movements, customs' decisions and the webhooks the storefront was sent.
 * Each platform has its colour; the legend shows or hides a platform.
 */
export function DealTimeline({ detail }: { readonly detail: DealDetail }) {
  const { t, dateTime } = useI18n();
  const entries = timelineEntries(detail);
  const present = PLATFORMS.filter((p) => entries.some((e) => e.platform === p));
  const [hidden, setHidden] = useState<ReadonlySet<PlatformId>>(new Set());
  const shown = entries.filter((e) => !hidden.has(e.platform));
  return (
    <Card title={t('deal.timeline')} id="deal-timeline" aside={<span className="hint">{t('common.chinaTime')}</span>}>
      <fieldset className="platform-legend">
        <legend className="sr-only">{t('deal.platforms')}</legend>
        {present.map((p) => (
          <button
            key={p}
            type="button"
            className={`platform-toggle platform-${p}`}
            aria-pressed={!hidden.has(p)}
            onClick={() =>
              setHidden((h) => {
                const next = new Set(h);
                if (next.has(p)) next.delete(p);
                else next.add(p);
                return next;
              })
            }
          >
            <span className="platform-swatch" aria-hidden="true" />
            {t(`platform.${p}`)} <span className="platform-count">{entries.filter((e) => e.platform === p).length}</span>
          </button>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="muted">{t('deal.timelineEmpty')}</p>
      ) : (
        <ol className="timeline deal-timeline" data-testid="deal-timeline">
          {shown.map((entry, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries of one deal in time order; no shared id across kinds
            <li key={i} className={`timeline-item platform-${entry.platform}`} data-kind={entry.kind}>
              <span className="timeline-dot" aria-hidden="true" />
              <div className="timeline-body">
                <p className="deal-entry-meta">
                  <span className="platform-tag">{t(`platform.${entry.platform}`)}</span>
                  <time dateTime={entry.at} className="timeline-time">
                    {dateTime(entry.at)}
                  </time>
                </p>
                <EntryBody entry={entry} dealId={detail.deal.id} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
