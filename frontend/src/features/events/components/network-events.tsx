import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNextEvent } from '@/api/events';
import { EventCard } from '@/features/events/components/event-card';
import { eventsPath } from '@/features/events/components/event-texts';
import { ApiError } from '@/lib/api-client';
import { useNow } from '@/lib/use-now';

/** "Präsenztreffen" on the network page: the next on-site event and the way to all of them. */
export function NetworkEvents({ networkId }: { networkId: string }) {
  const { t } = useTranslation('events');
  const query = useNextEvent(networkId);
  const now = useNow().getTime();
  const forbidden = query.error instanceof ApiError && query.error.status === 403;

  return (
    <section aria-labelledby="events-heading" className="kn-stack-lg">
      <h2 id="events-heading" className="kern-heading-medium">
        {t('network.title')}
      </h2>
      {query.isPending && <LoadingState label={t('network.loading')} />}
      {forbidden && <p className="kern-body">{t('network.forbidden')}</p>}
      {query.isError && !forbidden && (
        <ProblemAlert
          title={t('network.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess &&
        (query.data ? (
          <div className="kn-stack">
            <p className="kern-body">{t('network.next')}</p>
            <EventCard event={query.data} headingLevel={3} now={now} />
          </div>
        ) : (
          <p className="kern-body">{t('network.none')}</p>
        ))}
      {!forbidden && (
        <p>
          <Link to={eventsPath(networkId)} className="kern-link">
            <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
            {t('network.all')}
          </Link>
        </p>
      )}
    </section>
  );
}
