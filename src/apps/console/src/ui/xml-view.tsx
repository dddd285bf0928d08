import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Modal } from './dialog.js';
import { Icon } from './icons.js';

/** The raw message exactly as sent (it is signed: not reformatted), with copy. */
export function XmlButton({ xml, title, label }: { readonly xml: string; readonly title: string; readonly label: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard?.writeText(xml).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <>
      <button type="button" className="btn btn-small" aria-label={label} onClick={() => setOpen(true)}>
        <Icon name="code" size={16} />
        {t('receipts.viewXml')}
      </button>
      <Modal
        open={open}
        wide
        title={title}
        onClose={() => {
          setOpen(false);
          setCopied(false);
        }}
      >
        <div className="xml-toolbar">
          <button type="button" className="btn btn-small" onClick={copy}>
            {copied ? t('common.copied') : t('common.copy')}
          </button>
        </div>
        <pre className="xml" data-testid="raw-xml">
          <code>{xml}</code>
        </pre>
      </Modal>
    </>
  );
}
