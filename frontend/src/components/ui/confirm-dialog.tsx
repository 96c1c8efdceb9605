import { useEffect, useId, useRef } from 'react';

type ConfirmDialogProps = {
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal question with two answers. The safe answer (cancel) has the focus; Escape cancels.
 * Rendered only while the question is open.
 */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    cancelRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      previous?.focus?.();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="kern-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <header className="kern-dialog__header">
        <h2 id={`${id}-title`} className="kern-title kern-title--large">
          {title}
        </h2>
      </header>
      <section className="kern-dialog__body">
        <p id={`${id}-text`} className="kern-body">
          {text}
        </p>
      </section>
      <footer className="kern-dialog__footer">
        <button
          ref={cancelRef}
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={onCancel}
        >
          <span className="kern-label">{cancelLabel}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onConfirm}>
          <span className="kern-label">{confirmLabel}</span>
        </button>
      </footer>
    </dialog>
  );
}
