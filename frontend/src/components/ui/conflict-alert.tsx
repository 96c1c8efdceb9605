import { useEffect, useRef } from 'react';

type ConflictAlertProps = {
  /** What changed, e.g. "Die Veranstaltung wurde inzwischen geändert". */
  title: string;
  /** That the changes were not saved and what to do now. */
  text: string;
  /** The button's label, e.g. "Aktuelle Fassung laden". */
  reloadLabel: string;
  /** Reads the current version again (and puts it into the form). */
  onReload: () => unknown;
  /** Level of the title in the page's outline. */
  headingLevel?: 2 | 3 | 4;
};

/**
 * Someone else saved the same thing meanwhile (a 412 on If-Match): the user's changes were not
 * saved. An alert, focused when it appears so keyboard and screen-reader users land on it, with
 * a button to load the current version.
 */
export function ConflictAlert({
  title,
  text,
  reloadLabel,
  onReload,
  headingLevel = 2,
}: ConflictAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <div ref={ref} className="kern-alert kern-alert--warning" role="alert" tabIndex={-1}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <Heading className="kern-title">{title}</Heading>
      </div>
      <div className="kern-alert__body kn-stack">
        <p className="kern-body">{text}</p>
        <p>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => void onReload()}
          >
            <span className="kern-icon kern-icon--autorenew" aria-hidden="true" />
            <span className="kern-label">{reloadLabel}</span>
          </button>
        </p>
      </div>
    </div>
  );
}
