import { useState } from 'react';
import { useMessageXml } from '../../api/deals.js';
import { ErrorNotice, Loading } from '../../ui/states.js';
import { XmlModal, XmlOpenButton } from '../../ui/xml-view.js';

/** "View XML" of a declaration or receipt of the deal: fetched when opened, shown as signed. */
export function MessageXmlButton({
  dealId,
  declarationId,
  receiptId,
  title,
  label,
}: {
  readonly dealId: string;
  readonly declarationId: string;
  readonly receiptId: string | null;
  readonly title: string;
  readonly label: string;
}) {
  const [open, setOpen] = useState(false);
  const xml = useMessageXml(dealId, declarationId, receiptId, open);
  return (
    <>
      <XmlOpenButton label={label} onOpen={() => setOpen(true)} />
      <XmlModal open={open} title={title} onClose={() => setOpen(false)}>
        {xml.data ?? (xml.error ? <ErrorNotice error={xml.error} onRetry={() => void xml.refetch()} /> : <Loading rows={6} />)}
      </XmlModal>
    </>
  );
}
