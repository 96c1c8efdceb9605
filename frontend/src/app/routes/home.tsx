import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { groupByRoom, useUpcoming } from '@/features/overview/api/get-upcoming';
import { FurtherSessions } from '@/features/overview/components/further-sessions';
import { NextSessionCard } from '@/features/overview/components/next-session-card';
import { OnSiteEvents } from '@/features/overview/components/on-site-events';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useNow } from '@/lib/use-now';

/**
 * "Mein Überblick": the next held session of each of my rooms, prominent (with cancellations
 * before it), my networks' on-site events, and the further online sessions.
 */
export function HomeRoute() {
  const { t } = useTranslation('overview');
  useDocumentTitle(t('title'));
  const query = useUpcoming();
  // relative hints ("in 20 Minuten") and the check-in button follow the clock
  const now = useNow(30_000);
  const groups = query.data ? groupByRoom(query.data.sessions) : undefined;
  const events = query.data?.events ?? [];
  const empty = groups !== undefined && groups.next.length === 0 && events.length === 0;

  return (
    <div className="kn-stack-lg">
      <hgroup className="kn-stack">
        <h1 className="kern-heading-large">{t('title')}</h1>
        <p className="kern-body">{t('intro')}</p>
      </hgroup>
      {query.isPending && <LoadingState label={t('loading')} />}
      {query.isError && (
        <ProblemAlert
          title={t('errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {empty && (
        <div className="kn-stack">
          <EmptyState title={t('emptyTitle')} text={t('emptyText')} />
          <p>
            <Link to="/netzwerke" className="kern-link">
              <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
              {t('toNetworks')}
            </Link>
          </p>
        </div>
      )}
      {groups && groups.next.length > 0 && (
        <section aria-labelledby="next-heading" className="kn-stack">
          <h2 id="next-heading" className="kern-heading-medium">
            {t('nextTitle')}
          </h2>
          <div className="kn-cards">
            {groups.next.map((room) => (
              <NextSessionCard key={room.roomId} room={room} now={now} />
            ))}
          </div>
        </section>
      )}
      <OnSiteEvents items={events} now={now} />
      {groups && <FurtherSessions items={groups.further.slice(0, 10)} />}
    </div>
  );
}
