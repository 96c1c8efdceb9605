import { useTranslation } from 'react-i18next';
import type { EventStatus } from '@/api/events';
import type { RegistrationStatus } from '@/api/registrations';

const EVENT_BADGES: Record<EventStatus, { tone: string; icon: string }> = {
  DRAFT: { tone: 'info', icon: 'draft' },
  PUBLISHED: { tone: 'success', icon: 'check' },
  CANCELLED: { tone: 'danger', icon: 'close' },
};

/** "Entwurf", "Veröffentlicht" or "Abgesagt" as a badge with an icon and a word, never by colour alone. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation('event-management');
  const { tone, icon } = EVENT_BADGES[status];
  return (
    <span className={`kern-badge kern-badge--${tone}`}>
      <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />
      <span className="kern-label kern-label--small">{t(`eventStatus.${status}`)}</span>
    </span>
  );
}

const REGISTRATION_BADGES: Record<RegistrationStatus, { tone: string; icon: string }> = {
  CONFIRMED: { tone: 'success', icon: 'check' },
  WAITLISTED: { tone: 'warning', icon: 'more-vert' },
  CANCELLED: { tone: 'danger', icon: 'close' },
  ATTENDED: { tone: 'info', icon: 'success' },
  NO_SHOW: { tone: 'warning', icon: 'close' },
};

/** A registration's status as a badge with an icon and a word. */
export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation('event-management');
  const { tone, icon } = REGISTRATION_BADGES[status];
  return (
    <span className={`kern-badge kern-badge--${tone}`}>
      <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />
      <span className="kern-label kern-label--small">{t(`registrationStatus.${status}`)}</span>
    </span>
  );
}
