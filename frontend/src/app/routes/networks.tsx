import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNetworks } from '@/features/networks/api/get-networks';
import { NetworkTable } from '@/features/networks/components/network-table';
import { formatNumber } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

/** `?page=` in the address bar counts from 1 for people; the API counts from 0. */
function usePageParam(): number {
  const [params] = useSearchParams();
  const value = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? value - 1 : 0;
}

export function NetworksRoute() {
  const { t, i18n } = useTranslation('networks');
  const page = usePageParam();
  const query = useNetworks(page);
  useDocumentTitle(t('list.title'));

  return (
    <div className="kn-stack-lg">
      <hgroup className="kn-stack">
        <h1 className="kern-heading-large">{t('list.title')}</h1>
        <p className="kern-body">{t('list.intro')}</p>
      </hgroup>

      {query.isPending && <LoadingState label={t('list.loading')} />}

      {query.isError && (
        <ProblemAlert
          title={t('list.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}

      {query.isSuccess && query.data.totalItems === 0 && (
        <EmptyState title={t('list.emptyTitle')} text={t('list.emptyText')} />
      )}

      {query.isSuccess && query.data.items.length > 0 && (
        <div className="kn-stack" aria-busy={query.isPlaceholderData}>
          <p className="kern-body kern-body--small">
            {t('list.count', {
              count: query.data.totalItems,
              formatted: formatNumber(query.data.totalItems, i18n.language),
            })}
          </p>
          <NetworkTable networks={query.data.items} />
        </div>
      )}

      {query.isSuccess && (
        <Pagination
          page={query.data.page}
          totalPages={query.data.totalPages}
          hrefFor={(target) => (target === 0 ? '/netzwerke' : `/netzwerke?page=${target + 1}`)}
        />
      )}
    </div>
  );
}
