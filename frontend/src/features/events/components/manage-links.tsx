import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventPath } from '@/features/events/components/event-texts';

/**
 * Coordinators of the network and admins edit the event and see its registrations; the host
 * participant sees the registrations. The pages behind these links belong to event management.
 */
export function ManageLinks({
  eventId,
  canManage,
  isHost,
}: {
  eventId: string;
  canManage: boolean;
  isHost: boolean;
}) {
  const { t } = useTranslation('events');
  if (!canManage && !isHost) return null;
  return (
    <nav aria-label={t('manage.label')}>
      <ul className="kn-inline kn-plain-list">
        {canManage && (
          <li>
            <Link to={`${eventPath(eventId)}/bearbeiten`} className="kern-btn kern-btn--secondary">
              <span className="kern-icon kern-icon--edit" aria-hidden="true" />
              <span className="kern-label">{t('manage.edit')}</span>
            </Link>
          </li>
        )}
        <li>
          <Link to={`${eventPath(eventId)}/anmeldungen`} className="kern-btn kern-btn--secondary">
            <span className="kern-icon kern-icon--checklist" aria-hidden="true" />
            <span className="kern-label">{t('manage.registrations')}</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}
