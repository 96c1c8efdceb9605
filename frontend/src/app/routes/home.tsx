import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { groupByRoom, useUpcoming } from '@/features/overview/api/get-upcoming';
import { FurtherSessions } from '@/features/overview/components/further-sessions';
import { NextSessionCard } from '@/features/overview/components/next-session-card';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useNow } from '@/lib/use-now';

/** "Mein Überblick": the next session of each of my rooms, prominent, and the ones after. */
export function HomeRoute() {
  const { t } = useTranslation('overview');
  useDocumentTitle(t('title'));
  const query = useUpcoming();
  // relative hints ("in 20 Minuten") and the check-in button follow the clock
  const now = useNow(30_000);
  const groups = query.data ? groupByRoom(query.data) : undefined;

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
      {groups && groups.next.length === 0 && (
        <div className="kn-stack">
          <EmptyState title={t('emptyTitle')} text={t('emptyText')} />
          <p>
            <Link to="/networks" className="kern-link">
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
            {groups.next.map((item) => (
              <NextSessionCard key={item.roomId} item={item} now={now} />
            ))}
          </div>
        </section>
      )}
      {groups && <FurtherSessions items={groups.further.slice(0, 10)} />}
    </div>
  );
}
