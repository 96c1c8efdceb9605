import { useTranslation } from 'react-i18next';
import type { Event, MyRegistrationSummary } from '@/api/events';
import { myStateShort } from '@/features/events/components/event-texts';

/** Draft and cancelled events are marked in words (with an icon), never by colour alone. */
export function EventStatusBadge({ status }: { status: Event['status'] }) {
  const { t } = useTranslation('events');
  if (status === 'DRAFT') {
    return (
      <span className="kern-badge kern-badge--warning">
        <span className="kern-icon kern-icon--draft" aria-hidden="true" />
        <span className="kern-label kern-label--small">{t('status.DRAFT')}</span>
      </span>
    );
  }
  if (status === 'CANCELLED') {
    return (
      <span className="kern-badge kern-badge--danger">
        <span className="kern-icon kern-icon--close" aria-hidden="true" />
        <span className="kern-label kern-label--small">{t('status.CANCELLED')}</span>
      </span>
    );
  }
  return null;
}

/** The caller's own registration in short: "Sie sind angemeldet", "Warteliste Platz 3". */
export function MyRegistrationBadge({ mine }: { mine: MyRegistrationSummary }) {
  const { t } = useTranslation('events');
  const kind =
    mine.status === 'CONFIRMED' || mine.status === 'ATTENDED'
      ? { badge: 'success', icon: 'check' }
      : mine.status === 'WAITLISTED'
        ? { badge: 'info', icon: 'info' }
        : { badge: 'warning', icon: 'warning' };
  return (
    <span className={`kern-badge kern-badge--${kind.badge}`}>
      <span className={`kern-icon kern-icon--${kind.icon}`} aria-hidden="true" />
      <span className="kern-label kern-label--small">{myStateShort(t, mine)}</span>
    </span>
  );
}
