import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isWebAddress } from '@/components/ui/join-details';
import type { Session } from '@/features/online-rooms/api/get-sessions';
import { useSessionTime } from '@/features/online-rooms/components/room-texts';
import { SessionStatusBadge } from '@/features/online-rooms/components/session-status';

export function sessionPath(roomId: string, date: string): string {
  return `/online-raeume/${roomId}/termine/${date}`;
}

/**
 * One session in a list: its time as a link to the session page, cancelled ones struck through
 * with "Abgesagt" and the reason, moved ones with the original time; topic, presenter, materials,
 * the minutes when published, and (for coordinators) `actions`.
 */
export function SessionItem({
  roomId,
  session,
  actions,
}: {
  roomId: string;
  session: Session;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('rooms');
  const time = useSessionTime();
  const when = time.range(session.startsAt, session.endsAt);
  const cancelled = session.status === 'CANCELLED';
  const href = sessionPath(roomId, session.date);

  return (
    <li className="kn-session kn-stack">
      <h3 className="kern-heading-small kn-session__title">
        <Link to={href} className="kern-link">
          <time dateTime={session.startsAt}>{cancelled ? <s>{when}</s> : when}</time>
        </Link>{' '}
        <SessionStatusBadge status={session.status} />
      </h3>
      {cancelled && (
        <p className="kern-body kern-body--bold">
          {session.cancellationReason
            ? t('sessions.cancelledReason', { reason: session.cancellationReason })
            : t('sessions.cancelledNoReason')}
        </p>
      )}
      {session.status === 'MOVED' && session.originalStartsAt && (
        <p className="kern-body">
          {t('sessions.movedFrom')}{' '}
          <s>
            <time dateTime={session.originalStartsAt}>{time.at(session.originalStartsAt)}</time>
          </s>
        </p>
      )}
      {(session.topic || session.presenter || session.materials.length > 0) && (
        <dl className="kern-description-list">
          {session.topic && (
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('sessions.topic')}</dt>
              <dd className="kern-description-list-item__value">{session.topic}</dd>
            </div>
          )}
          {session.presenter && (
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('sessions.presenter')}</dt>
              <dd className="kern-description-list-item__value">{session.presenter}</dd>
            </div>
          )}
          {session.materials.length > 0 && (
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('sessions.materials')}</dt>
              <dd className="kern-description-list-item__value">
                <ul className="kern-list">
                  {session.materials.map((material, index) => (
                    <li key={`${material.url}-${index}`}>
                      {isWebAddress(material.url) ? (
                        <a href={material.url} className="kern-link" rel="noopener noreferrer">
                          {material.title}
                        </a>
                      ) : (
                        material.title
                      )}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
      {session.minutesPublished && (
        <p>
          <Link to={href} className="kern-link">
            <span className="kern-icon kern-icon--draft" aria-hidden="true" />
            {t('sessions.minutes')}{' '}
            <span className="kern-sr-only">
              {t('sessions.ofSession', { date: time.day(session.date) })}
            </span>
          </Link>
        </p>
      )}
      {actions}
    </li>
  );
}
