import { useTranslation } from 'react-i18next';
import type { Event } from '@/api/events';

/** A cancelled event and a draft say so at the top, in words. */
export function EventNotices({ event }: { event: Event }) {
  const { t } = useTranslation('events');
  if (event.status === 'PUBLISHED') return null;
  const cancelled = event.status === 'CANCELLED';
  return (
    <div className={`kern-alert kern-alert--${cancelled ? 'danger' : 'warning'}`}>
      <div className="kern-alert__header">
        <span
          className={`kern-icon kern-icon--${cancelled ? 'danger' : 'warning'}`}
          aria-hidden="true"
        />
        <h2 className="kern-title">
          {cancelled ? t('event.cancelledTitle') : t('event.draftTitle')}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{cancelled ? t('event.cancelledText') : t('event.draftText')}</p>
      </div>
    </div>
  );
}
