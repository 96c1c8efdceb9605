import { useState } from 'react';

type CopyButtonProps = {
  /** What goes to the clipboard. */
  value: string;
  /** The button's text, e.g. "Zugangscode kopieren". */
  label: string;
  /** Announced and shown after copying, e.g. "Zugangscode kopiert". */
  copiedText: string;
  /** Shown when the browser does not let the page copy. */
  failedText: string;
};

/**
 * Copies a value with the Clipboard API; the result is shown next to the button and announced
 * politely, so people who cannot see the button still learn that it worked.
 */
export function CopyButton({ value, label, copiedText, failedText }: CopyButtonProps) {
  const [message, setMessage] = useState('');

  const copy = async () => {
    setMessage('');
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setMessage(copiedText);
    } catch {
      setMessage(failedText);
    }
  };

  return (
    <span className="kn-inline kn-copy">
      <button
        type="button"
        className="kern-btn kern-btn--secondary kern-btn--x-small"
        onClick={() => void copy()}
      >
        <span className="kern-icon kern-icon--content-copy" aria-hidden="true" />
        <span className="kern-label">{label}</span>
      </button>
      <span className="kern-body kern-body--small" role="status" aria-live="polite">
        {message}
      </span>
    </span>
  );
}
