import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

type FormDialogProps = {
  title: string;
  /** Optional explanation below the title. */
  text?: string;
  submitLabel: string;
  cancelLabel: string;
  /** While true the submit button is disabled (loading the current version, or saving). */
  busy?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
};

/**
 * A modal form (like {@link ConfirmDialog}, with fields): the first field gets the focus, Escape
 * and the cancel button close it, the focus returns to where it was. Rendered only while open.
 */
export function FormDialog({
  title,
  text,
  submitLabel,
  cancelLabel,
  busy = false,
  onSubmit,
  onCancel,
  children,
}: FormDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    const first = dialog.querySelector<HTMLElement>(
      '.kern-dialog__body input, .kern-dialog__body textarea, .kern-dialog__body select',
    );
    (first ?? dialog.querySelector<HTMLElement>('button'))?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      previous?.focus?.();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <dialog
      ref={dialogRef}
      className="kern-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={text ? `${id}-text` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form noValidate onSubmit={submit}>
        <header className="kern-dialog__header">
          <h2 id={`${id}-title`} className="kern-title kern-title--large">
            {title}
          </h2>
        </header>
        <section className="kern-dialog__body kn-stack">
          {text && (
            <p id={`${id}-text`} className="kern-body">
              {text}
            </p>
          )}
          {children}
        </section>
        <footer className="kern-dialog__footer">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
            <span className="kern-label">{cancelLabel}</span>
          </button>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{submitLabel}</span>
          </button>
        </footer>
      </form>
    </dialog>
  );
}
