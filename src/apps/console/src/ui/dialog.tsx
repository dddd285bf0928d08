import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.js';

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes it, focus returns to the opener.
 * Open while `open` is true; `onClose` is called however it closes.
 */
export function Modal({
  open,
  title,
  onClose,
  children,
  wide = false,
  initialFocus,
}: {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly wide?: boolean;
  /** The field to focus once open (default: the browser's choice, the first focusable element). */
  readonly initialFocus?: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      initialFocus?.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initialFocus]);
  return (
    <dialog ref={ref} className={`modal ${wide ? 'modal-wide' : ''}`} aria-labelledby="modal-title" onClose={onClose}>
      {open && (
        <>
          <div className="modal-head">
            <h2 id="modal-title">{title}</h2>
            <button type="button" className="btn btn-ghost btn-small" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
          <div className="modal-body">{children}</div>
        </>
      )}
    </dialog>
  );
}
