import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JoinDetails } from '@/components/ui/join-details';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { useCheckIn } from '@/features/overview/api/check-in';
import type { UpcomingItem } from '@/features/overview/api/get-upcoming';
import {
  sessionPath,
  useJoinTexts,
  useSessionTime,
} from '@/features/overview/components/overview-texts';
import { sessionHint } from '@/lib/relative-time';

/** Check-in is offered from 15 minutes before the start until the end, by the server's word or the clock since. */
function checkInOffered(session: UpcomingItem['session'], now: Date): boolean {
  if (session.status === 'CANCELLED' || session.myAttendance === 'PRESENT') return false;
  const at = now.getTime();
  if (at >= Date.parse(session.endsAt)) return false;
  return session.checkInOpen || at >= Date.parse(session.startsAt) - 15 * 60_000;
}

/** The next session of one of my rooms, prominent: when, how soon, status, how to get in, check-in. */
export function NextSessionCard({ item, now }: { item: UpcomingItem; now: Date }) {
  const { t } = useTranslation('overview');
  const time = useSessionTime();
  const joinTexts = useJoinTexts();
  const id = useId();
  const checkIn = useCheckIn();
  const { outcome, report, clear, ref } = useOutcome();
  const { session } = item;
  const cancelled = session.status === 'CANCELLED';
  const when = time.range(session.startsAt, session.endsAt);
  const hint = sessionHint(session.startsAt, session.endsAt, now, time.locale);

  return (
    <article className="kern-card kern-card--hug kn-card" aria-labelledby={`${id}-title`}>
      <div className="kern-card__container kn-stack">
        <hgroup className="kn-stack">
          <p className="kern-preline">{item.networkName}</p>
          <h3 id={`${id}-title`} className="kern-heading-small">
            <Link to={`/online-raeume/${item.roomId}`} className="kern-link">
              {item.roomTitle}
            </Link>
          </h3>
        </hgroup>
        <p className="kern-body kern-body--large">
          <time dateTime={session.startsAt}>{cancelled ? <s>{when}</s> : when}</time>
          {!cancelled && (
            <>
              {' – '}
              <strong>
                {hint.kind === 'upcoming'
                  ? hint.text
                  : hint.kind === 'running'
                    ? t('hint.running')
                    : t('hint.ended')}
              </strong>
            </>
          )}
        </p>
        {(cancelled || session.status === 'MOVED' || session.myAttendance) && (
          <p className="kn-badges">
            {cancelled && (
              <span className="kern-badge kern-badge--danger">
                <span className="kern-icon kern-icon--close" aria-hidden="true" />
                <span className="kern-label kern-label--small">{t('status.CANCELLED')}</span>
              </span>
            )}
            {session.status === 'MOVED' && (
              <span className="kern-badge kern-badge--warning">
                <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
                <span className="kern-label kern-label--small">{t('status.MOVED')}</span>
              </span>
            )}
            {session.myAttendance === 'PRESENT' && (
              <span className="kern-badge kern-badge--success">
                <span className="kern-icon kern-icon--check" aria-hidden="true" />
                <span className="kern-label kern-label--small">{t('attendance.PRESENT')}</span>
              </span>
            )}
            {session.myAttendance === 'EXCUSED' && (
              <span className="kern-badge kern-badge--info">
                <span className="kern-icon kern-icon--info" aria-hidden="true" />
                <span className="kern-label kern-label--small">{t('attendance.EXCUSED')}</span>
              </span>
            )}
          </p>
        )}
        {cancelled && (
          <p className="kern-body kern-body--bold">
            {session.cancellationReason
              ? t('cancelledReason', { reason: session.cancellationReason })
              : t('cancelledNoReason')}
          </p>
        )}
        {session.status === 'MOVED' && session.originalStartsAt && (
          <p className="kern-body">
            {t('movedFrom')}{' '}
            <s>
              <time dateTime={session.originalStartsAt}>{time.at(session.originalStartsAt)}</time>
            </s>
          </p>
        )}
        {session.topic && <p className="kern-body">{t('topic', { topic: session.topic })}</p>}
        <JoinDetails
          joinUrl={item.joinUrl}
          accessCode={cancelled ? undefined : item.accessCode}
          dialIn={cancelled ? undefined : item.dialIn}
          texts={joinTexts}
          showJoin={!cancelled}
          context={item.roomTitle}
        />
        {checkInOffered(session, now) && (
          <p>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              disabled={checkIn.isPending}
              onClick={() => {
                clear();
                checkIn.mutate(
                  { roomId: item.roomId, date: session.date },
                  {
                    onSuccess: () => report({ kind: 'success', text: t('checkedIn') }),
                    onError: (error) => report({ kind: 'error', error }),
                  },
                );
              }}
            >
              <span className="kern-icon kern-icon--check" aria-hidden="true" />
              <span className="kern-label">
                {checkIn.isPending ? t('checkingIn') : t('checkIn')}{' '}
                <span className="kern-sr-only">– {item.roomTitle}</span>
              </span>
            </button>
          </p>
        )}
        <OutcomeNotice outcome={outcome} outcomeRef={ref} errorTitle={t('checkInErrorTitle')} />
        <p>
          <Link to={sessionPath(item.roomId, session.date)} className="kern-link">
            <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
            {t('sessionDetails')} <span className="kern-sr-only">– {item.roomTitle}</span>
          </Link>
        </p>
      </div>
    </article>
  );
}
