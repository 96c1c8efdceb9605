import { useTranslation } from 'react-i18next';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import type { Session } from '@/features/session-records/api/get-session';
import { useCheckIn, useExcuse } from '@/features/session-records/api/my-attendance';
import { useNow } from '@/lib/use-now';

type MyAttendanceSectionProps = { roomId: string; session: Session };

/**
 * The member's own part: what is recorded for them, "Entschuldigen" before the start and
 * "Einchecken" while check-in is open. The outcome (or the API's reason for a 409) is announced
 * and focused, because the button the user pressed may disappear.
 */
export function MyAttendanceSection({ roomId, session }: MyAttendanceSectionProps) {
  const { t } = useTranslation('sessions');
  const checkIn = useCheckIn();
  const excuse = useExcuse();
  const { outcome, report, clear, ref } = useOutcome();
  const busy = checkIn.isPending || excuse.isPending;
  const now = useNow().getTime();

  const cancelled = session.status === 'CANCELLED';
  const notStarted = now < Date.parse(session.startsAt);
  const ended = now >= Date.parse(session.endsAt);
  const mayExcuse = !cancelled && notStarted && session.myAttendance !== 'EXCUSED';
  const mayCheckIn = !cancelled && session.checkInOpen && session.myAttendance !== 'PRESENT';

  const run = (mutation: typeof checkIn, success: string) => {
    clear();
    mutation.mutate(
      { roomId, date: session.date },
      {
        onSuccess: () => report({ kind: 'success', text: success }),
        onError: (error) => report({ kind: 'error', error }),
      },
    );
  };

  const state = session.myAttendance
    ? t(`mine.state.${session.myAttendance}`)
    : t('mine.state.NONE');

  return (
    <section aria-labelledby="my-attendance-heading" className="kn-stack">
      <h2 id="my-attendance-heading" className="kern-heading-medium">
        {t('mine.title')}
      </h2>
      <p className="kern-body">{state}</p>
      {!cancelled && !ended && !session.checkInOpen && (
        <p className="kern-hint">{t('mine.checkInHint')}</p>
      )}
      {(mayExcuse || mayCheckIn) && (
        <div className="kn-inline">
          {mayCheckIn && (
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              disabled={busy}
              onClick={() => run(checkIn, t('mine.checkedIn'))}
            >
              <span className="kern-icon kern-icon--check" aria-hidden="true" />
              <span className="kern-label">{t('mine.checkIn')}</span>
            </button>
          )}
          {mayExcuse && (
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              disabled={busy}
              onClick={() => run(excuse, t('mine.excused'))}
            >
              <span className="kern-label">{t('mine.excuse')}</span>
            </button>
          )}
        </div>
      )}
      <OutcomeNotice outcome={outcome} outcomeRef={ref} errorTitle={t('mine.errorTitle')} />
    </section>
  );
}
