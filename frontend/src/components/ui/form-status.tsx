import type { Ref } from 'react';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { ProblemAlert } from '@/components/ui/problem-alert';

/** What the form engine (`lib/use-kern-form.ts`) knows about the last attempt to save. */
export type FormStatusEngine = {
  conflict: boolean;
  failure: unknown;
  summary: SummaryError[];
  summaryFocus: number;
};

export type FormStatusTexts = {
  conflictTitle: string;
  conflictText: string;
  conflictReload: string;
  saveErrorTitle: string;
  summaryTitle: string;
};

type FormStatusProps = {
  engine: FormStatusEngine;
  texts: FormStatusTexts;
  /** Loads the current version after a conflict (and puts it into the form). */
  onReload: () => unknown;
  /**
   * What went well (saved, reloaded), in a polite live region; `undefined` leaves the region out
   * for forms that announce their outcome elsewhere.
   */
  notice?: string;
  /** `alert`: a KERN success alert (default); `text`: a plain sentence, e.g. inside a section. */
  noticeStyle?: 'alert' | 'text';
  /** Level of the conflict's title in the page's outline. */
  headingLevel?: 2 | 3 | 4;
  /** Set to focus the failure when it appears (it is then wrapped in a focusable block). */
  failureRef?: Ref<HTMLDivElement>;
};

/**
 * The block above every form of the form engine, in this order: the conflict alert (someone else
 * saved meanwhile), the failure of the last attempt, the error summary of the check, and the
 * success notice. One place, so every form says these things alike.
 */
export function FormStatus({
  engine,
  texts,
  onReload,
  notice,
  noticeStyle = 'alert',
  headingLevel,
  failureRef,
}: FormStatusProps) {
  const failure =
    engine.failure !== null ? (
      <ProblemAlert title={texts.saveErrorTitle} error={engine.failure} />
    ) : null;
  return (
    <>
      {engine.conflict && (
        <ConflictAlert
          title={texts.conflictTitle}
          text={texts.conflictText}
          reloadLabel={texts.conflictReload}
          onReload={onReload}
          headingLevel={headingLevel}
        />
      )}
      {failure &&
        (failureRef ? (
          <div ref={failureRef} tabIndex={-1}>
            {failure}
          </div>
        ) : (
          failure
        ))}
      <ErrorSummary
        title={texts.summaryTitle}
        errors={engine.summary}
        focusKey={engine.summaryFocus}
      />
      {notice !== undefined && (
        <div role="status" aria-live="polite">
          {notice &&
            (noticeStyle === 'text' ? (
              <p className="kern-body">{notice}</p>
            ) : (
              <div className="kern-alert kern-alert--success">
                <div className="kern-alert__header">
                  <span className="kern-icon kern-icon--success" aria-hidden="true" />
                  <p className="kern-title">{notice}</p>
                </div>
              </div>
            ))}
        </div>
      )}
    </>
  );
}
