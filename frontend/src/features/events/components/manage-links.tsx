import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventRole } from '@/features/events/api/get-my-role';
import { eventPath } from '@/features/events/components/event-texts';

/**
 * Coordinators of the network and admins edit the event and see its registrations; the host
 * participant sees the registrations. The pages behind these links belong to event management.
 */
export function ManageLinks({ eventId, role }: { eventId: string; role: EventRole }) {
  const { t } = useTranslation('events');
  if (!role.isManager && !role.isHost) return null;
  return (
    <nav aria-label={t('manage.label')}>
      <ul className="kn-inline kn-plain-list">
        {role.isManager && (
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
