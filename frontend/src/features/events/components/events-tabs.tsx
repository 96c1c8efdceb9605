import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventsWhen } from '@/api/events';
import { eventsPath } from '@/features/events/components/event-texts';

/**
 * "Kommende" and "Vergangene" as two links (the choice lives in the address, `?zeit=vergangen`);
 * the current one carries `aria-current="page"` and looks pressed.
 */
export function EventsTabs({ networkId, when }: { networkId: string; when: EventsWhen }) {
  const { t } = useTranslation('events');
  return (
    <nav aria-label={t('list.tabsLabel')}>
      <ul className="kn-inline kn-plain-list">
        {(['upcoming', 'past'] as const).map((tab) => (
          <li key={tab}>
            <Link
              to={eventsPath(networkId, tab)}
              className={`kern-btn ${tab === when ? 'kern-btn--primary' : 'kern-btn--secondary'}`}
              aria-current={tab === when ? 'page' : undefined}
            >
              <span className="kern-label">{t(`list.tabs.${tab}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
