import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UpcomingItem } from '@/features/overview/api/get-upcoming';
import { sessionPath, useSessionTime } from '@/features/overview/components/overview-texts';

/** The sessions after each room's next one, briefly: room, time, and whether it was cancelled or moved. */
export function FurtherSessions({ items }: { items: UpcomingItem[] }) {
  const { t } = useTranslation('overview');
  const time = useSessionTime();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="further-heading" className="kn-stack">
      <h2 id="further-heading" className="kern-heading-medium">
        {t('furtherTitle')}
      </h2>
      <ul className="kern-list">
        {items.map((item) => {
          const when = time.range(item.session.startsAt, item.session.endsAt);
          const cancelled = item.session.status === 'CANCELLED';
          return (
            <li key={`${item.roomId}-${item.session.date}`}>
              <Link to={sessionPath(item.roomId, item.session.date)} className="kern-link">
                <time dateTime={item.session.startsAt}>{cancelled ? <s>{when}</s> : when}</time>
              </Link>
              {`: ${item.roomTitle}`}
              {cancelled && (
                <strong>
                  {' – '}
                  {item.session.cancellationReason
                    ? t('cancelledReason', { reason: item.session.cancellationReason })
                    : t('status.CANCELLED')}
                </strong>
              )}
              {item.session.status === 'MOVED' && <strong> – {t('status.MOVED')}</strong>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
