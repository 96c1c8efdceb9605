import { useEffect, useRef } from 'react';

export type SummaryError = {
  /** Id of the field the error belongs to; without one the error is listed but not linked. */
  fieldId?: string;
  message: string;
};

type ErrorSummaryProps = {
  title: string;
  errors: SummaryError[];
  /** Changes every time the summary should take the focus again (each failed submit). */
  focusKey: number;
};

/**
 * The error summary of the GOV.UK / KERN pattern: at the top of the form, focused after a failed
 * submit so screen readers read it, each error a link that moves the focus to its field.
 */
export function ErrorSummary({ title, errors, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (errors.length === 0) return null;

  return (
    <div
      ref={ref}
      className="kern-alert kern-alert--danger kn-error-summary"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 id="error-summary-title" className="kern-title">
          {title}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {errors.map((error, index) =>
            error.fieldId ? (
              <li key={`${error.fieldId}-${index}`}>
                <a
                  className="kern-link"
                  href={`#${error.fieldId}`}
                  onClick={(event) => {
                    const field = document.getElementById(error.fieldId ?? '');
                    if (!field) return;
                    event.preventDefault();
                    field.focus();
                    field.scrollIntoView?.({ block: 'center' });
                  }}
                >
                  {error.message}
                </a>
              </li>
            ) : (
              <li key={`form-${index}`}>{error.message}</li>
            ),
          )}
        </ul>
      </div>
    </div>
  );
}
