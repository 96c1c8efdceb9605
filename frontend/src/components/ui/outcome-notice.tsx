import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';

/** What an action in a list came to: a success text or the error. */
export type Outcome = { kind: 'success'; text: string } | { kind: 'error'; error: unknown } | null;

/**
 * The outcome of list actions, announced politely and focused each time it is reported: the row
 * the user acted on may be gone afterwards, so focus must not be lost with it.
 */
export function useOutcome(): {
  outcome: Outcome;
  report: (next: Outcome) => void;
  clear: () => void;
  ref: RefObject<HTMLDivElement | null>;
} {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [focusKey, setFocusKey] = useState(0);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  return {
    outcome,
    report: (next) => {
      setOutcome(next);
      setFocusKey((n) => n + 1);
    },
    clear: () => setOutcome(null),
    ref,
  };
}

/**
 * The place where an outcome appears. `explain` may turn an error into a more specific message
 * (e.g. a 412 into "reload and try again"); otherwise the API problem is shown.
 */
export function OutcomeNotice({
  outcome,
  outcomeRef,
  errorTitle,
  explain,
}: {
  outcome: Outcome;
  outcomeRef: RefObject<HTMLDivElement | null>;
  errorTitle: string;
  explain?: (error: unknown) => string | undefined;
}): ReactNode {
  const explanation = outcome?.kind === 'error' ? explain?.(outcome.error) : undefined;
  return (
    <div ref={outcomeRef} tabIndex={-1} role="status" aria-live="polite">
      {outcome?.kind === 'success' && (
        <div className="kern-alert kern-alert--success">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <p className="kern-title">{outcome.text}</p>
          </div>
        </div>
      )}
      {outcome?.kind === 'error' &&
        (explanation ? (
          <div className="kern-alert kern-alert--warning">
            <div className="kern-alert__header">
              <span className="kern-icon kern-icon--warning" aria-hidden="true" />
              <p className="kern-title">{errorTitle}</p>
            </div>
            <div className="kern-alert__body">
              <p className="kern-body">{explanation}</p>
            </div>
          </div>
        ) : (
          <ProblemAlert title={errorTitle} error={outcome.error} />
        ))}
    </div>
  );
}
