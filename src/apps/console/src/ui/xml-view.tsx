import { type ReactNode, useState } from 'react';
import { useXmlAt } from '../api/hooks.js';
import { useI18n } from '../i18n/i18n.js';
import { Modal } from './dialog.js';
import { Icon } from './icons.js';
import { ErrorNotice, Loading } from './states.js';

/** The raw message exactly as sent (it is signed: not reformatted), with copy. */
export function XmlButton({ xml, title, label }: { readonly xml: string; readonly title: string; readonly label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <XmlOpenButton label={label} onOpen={() => setOpen(true)} />
      <XmlModal open={open} title={title} onClose={() => setOpen(false)}>
        {xml}
      </XmlModal>
    </>
  );
}

/** "View XML" of a message served at `path`: fetched when opened, shown as signed. */
export function XmlAtButton({ path, title, label }: { readonly path: string; readonly title: string; readonly label: string }) {
  const [open, setOpen] = useState(false);
  const xml = useXmlAt(path, open);
  return (
    <>
      <XmlOpenButton label={label} onOpen={() => setOpen(true)} />
      <XmlModal open={open} title={title} onClose={() => setOpen(false)}>
        {xml.data ?? (xml.error ? <ErrorNotice error={xml.error} onRetry={() => void xml.refetch()} /> : <Loading rows={6} />)}
      </XmlModal>
    </>
  );
}

/** The "View XML" button alone (for a message fetched when it is opened). */
export function XmlOpenButton({ label, onOpen }: { readonly label: string; readonly onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="btn btn-small" aria-label={label} onClick={onOpen}>
      <Icon name="code" size={16} />
      {t('receipts.viewXml')}
    </button>
  );
}

/** The viewer: the XML as given (a string), or what stands in for it while it loads (any other content). */
export function XmlModal({ open, title, onClose, children }: { readonly open: boolean; readonly title: string; readonly onClose: () => void; readonly children: ReactNode }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const xml = typeof children === 'string' ? children : null;
  const copy = () => {
    if (xml === null) return;
    navigator.clipboard?.writeText(xml).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <Modal
      open={open}
      wide
      title={title}
      onClose={() => {
        onClose();
        setCopied(false);
      }}
    >
      {xml === null ? (
        children
      ) : (
        <>
          <div className="xml-toolbar">
            <button type="button" className="btn btn-small" onClick={copy}>
              {copied ? t('common.copied') : t('common.copy')}
            </button>
          </div>
          <pre className="xml" data-testid="raw-xml">
            <code>{xml}</code>
          </pre>
        </>
      )}
    </Modal>
  );
}
