import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JoinDetails } from '@/components/ui/join-details';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { useCheckIn } from '@/features/overview/api/check-in';
import type { RoomNext, UpcomingItem } from '@/features/overview/api/get-upcoming';
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

/**
 * The cancelled sessions before the room's next held one: important news, so stated first, with
 * the struck-through time and the reason in words.
 */
function CancelledNotice({ items }: { items: UpcomingItem[] }) {
  const { t } = useTranslation('overview');
  const time = useSessionTime();
  const line = (item: UpcomingItem) => (
    <>
      <s>
        <time dateTime={item.session.startsAt}>
          {time.range(item.session.startsAt, item.session.endsAt)}
        </time>
      </s>
      {' – '}
      <strong>
        {item.session.cancellationReason
          ? t('cancelledReason', { reason: item.session.cancellationReason })
          : t('status.CANCELLED')}
      </strong>
    </>
  );
  return (
    <div className="kern-alert kern-alert--warning">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <p className="kern-title">{t('cancelledNotice', { count: items.length })}</p>
      </div>
      <div className="kern-alert__body">
        {items.length === 1 ? (
          <p className="kern-body">{line(items[0]!)}</p>
        ) : (
          <ul className="kern-list">
            {items.map((item) => (
              <li key={item.session.date}>{line(item)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The session that takes place: when, how soon, status, how to get in, check-in. */
function HeldSession({
  item,
  now,
  afterCancellation,
}: {
  item: UpcomingItem;
  now: Date;
  afterCancellation: boolean;
}) {
  const { t } = useTranslation('overview');
  const time = useSessionTime();
  const joinTexts = useJoinTexts();
  const checkIn = useCheckIn();
  const { outcome, report, clear, ref } = useOutcome();
  const { session } = item;
  const when = time.range(session.startsAt, session.endsAt);
  const hint = sessionHint(session.startsAt, session.endsAt, now, time.locale);

  return (
    <>
      {afterCancellation && <p className="kern-preline">{t('nextHeld')}</p>}
      <p className="kern-body kern-body--large">
        <time dateTime={session.startsAt}>{when}</time>
        {' – '}
        <strong>
          {hint.kind === 'upcoming'
            ? hint.text
            : hint.kind === 'running'
              ? t('hint.running')
              : t('hint.ended')}
        </strong>
      </p>
      {(session.status === 'MOVED' || session.myAttendance) && (
        <p className="kn-badges">
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
        accessCode={item.accessCode}
        dialIn={item.dialIn}
        texts={joinTexts}
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
    </>
  );
}

/**
 * One of my rooms, prominent: a notice about cancelled sessions before its next held one, then
 * that held session with everything needed to take part.
 */
export function NextSessionCard({ room, now }: { room: RoomNext; now: Date }) {
  const { t } = useTranslation('overview');
  const id = useId();
  const first = room.cancelled[0] ?? room.next;
  if (!first) return null;

  return (
    <article className="kern-card kern-card--hug kn-card" aria-labelledby={`${id}-title`}>
      <div className="kern-card__container kn-stack">
        <hgroup className="kn-stack">
          <p className="kern-preline">{first.networkName}</p>
          <h3 id={`${id}-title`} className="kern-heading-small">
            <Link to={`/online-raeume/${first.roomId}`} className="kern-link">
              {first.roomTitle}
            </Link>
          </h3>
        </hgroup>
        {room.cancelled.length > 0 && <CancelledNotice items={room.cancelled} />}
        {room.next ? (
          <HeldSession item={room.next} now={now} afterCancellation={room.cancelled.length > 0} />
        ) : (
          <>
            <p className="kern-body">{t('noHeldSession')}</p>
            <p>
              <Link to={`/online-raeume/${first.roomId}`} className="kern-link">
                <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
                {t('toRoom')} <span className="kern-sr-only">– {first.roomTitle}</span>
              </Link>
            </p>
          </>
        )}
      </div>
    </article>
  );
}
