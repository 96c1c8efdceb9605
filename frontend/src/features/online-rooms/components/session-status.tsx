import { useTranslation } from 'react-i18next';
import type { Session } from '@/features/online-rooms/api/get-sessions';

/** "Abgesagt" or "Verschoben" as a badge with an icon and a word, never by colour alone. */
export function SessionStatusBadge({ status }: { status: Session['status'] }) {
  const { t } = useTranslation('rooms');
  if (status === 'SCHEDULED') return null;
  return status === 'CANCELLED' ? (
    <span className="kern-badge kern-badge--danger">
      <span className="kern-icon kern-icon--close" aria-hidden="true" />
      <span className="kern-label kern-label--small">{t('status.CANCELLED')}</span>
    </span>
  ) : (
    <span className="kern-badge kern-badge--warning">
      <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
      <span className="kern-label kern-label--small">{t('status.MOVED')}</span>
    </span>
  );
}
