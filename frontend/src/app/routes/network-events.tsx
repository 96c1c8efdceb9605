import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUuidParam } from '@/lib/route-params';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { type EventsWhen, useNetworkEvents } from '@/api/events';
import { useNetwork } from '@/features/networks/api/get-network';
import { EventCard } from '@/features/events/components/event-card';
import { eventsPath } from '@/features/events/components/event-texts';
import { EventsTabs } from '@/features/events/components/events-tabs';
import { NotFoundRoute } from '@/app/routes/not-found';
import { formatNumber } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useNow } from '@/lib/use-now';

/** `?zeit=vergangen` shows past events, anything else the upcoming ones; `?page=` counts from 1. */
function useListParams(): { when: EventsWhen; page: number } {
  const [params] = useSearchParams();
  const value = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    when: params.get('zeit') === 'vergangen' ? 'past' : 'upcoming',
    page: Number.isFinite(value) && value >= 1 ? value - 1 : 0,
  };
}

function NetworkEventsPage({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation('events');
  const { when, page } = useListParams();
  const network = useNetwork(networkId);
  const query = useNetworkEvents(networkId, when, page);
  const now = useNow().getTime();
  const tabTitle = t(`list.documentTitle.${when}`);
  useDocumentTitle(network.data ? `${tabTitle} – ${network.data.name}` : tabTitle);

  const hrefFor = (target: number) => {
    const base = eventsPath(networkId, when);
    if (target === 0) return base;
    return `${base}${base.includes('?') ? '&' : '?'}page=${target + 1}`;
  };

  return (
    <div className="kn-stack-lg">
      <p>
        <Link to={`/netzwerke/${networkId}`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('list.back')}
        </Link>
      </p>
      <hgroup className="kn-stack">
        {network.data && <p className="kern-preline">{network.data.name}</p>}
        <h1 className="kern-heading-large">{t('list.title')}</h1>
        <p className="kern-body">{t('list.intro')}</p>
      </hgroup>
      <EventsTabs networkId={networkId} when={when} />

      {query.isPending && <LoadingState label={t('list.loading')} />}
      {query.isError && (
        <ProblemAlert
          title={t('list.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess && query.data.totalItems === 0 && (
        <EmptyState title={t(`list.empty.${when}.title`)} text={t(`list.empty.${when}.text`)} />
      )}
      {query.isSuccess && query.data.items.length > 0 && (
        <div className="kn-stack" aria-busy={query.isPlaceholderData}>
          <p className="kern-body kern-body--small">
            {t(`list.count.${when}`, {
              count: query.data.totalItems,
              formatted: formatNumber(query.data.totalItems, i18n.resolvedLanguage ?? 'de'),
            })}
          </p>
          <ul className="kn-event-list">
            {query.data.items.map((event) => (
              <li key={event.id}>
                <EventCard event={event} now={now} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {query.isSuccess && (
        <Pagination page={query.data.page} totalPages={query.data.totalPages} hrefFor={hrefFor} />
      )}
    </div>
  );
}

export function NetworkEventsRoute() {
  const id = useUuidParam();
  return id ? <NetworkEventsPage key={id} networkId={id} /> : <NotFoundRoute />;
}
