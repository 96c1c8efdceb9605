import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { NetworkDashboard } from '@/features/members/components/network-dashboard';
import { useNetwork } from '@/features/networks/api/get-network';
import { NetworkDetails } from '@/features/networks/components/network-details';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function BackLink() {
  const { t } = useTranslation('networks');
  return (
    <p>
      <Link to="/networks" className="kern-link">
        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
        {t('detail.back')}
      </Link>
    </p>
  );
}

function NetworkNotFound() {
  const { t } = useTranslation('networks');
  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{t('detail.notFoundTitle')}</h1>
      <p className="kern-body">{t('detail.notFoundText')}</p>
      <BackLink />
    </div>
  );
}

function NetworkPage({ id }: { id: string }) {
  const { t } = useTranslation('networks');
  const query = useNetwork(id);
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const title = notFound
    ? t('detail.notFoundTitle')
    : (query.data?.name ?? (query.isError ? t('detail.errorTitle') : t('detail.loading')));
  useDocumentTitle(title);

  if (notFound) return <NetworkNotFound />;

  return (
    <div className="kn-stack-lg">
      <BackLink />
      {query.isSuccess ? (
        <>
          <hgroup className="kn-stack">
            <p className="kern-preline">{query.data.region}</p>
            <h1 className="kern-heading-large">{query.data.name}</h1>
          </hgroup>
          <NetworkDetails network={query.data} />
          <NetworkDashboard networkId={id} />
        </>
      ) : (
        <>
          <h1 className="kern-heading-large">{title}</h1>
          {query.isPending && <LoadingState label={t('detail.loading')} />}
          {query.isError && (
            <ProblemAlert
              title={t('detail.errorTitle')}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          )}
        </>
      )}
    </div>
  );
}

function InvalidNetworkId() {
  const { t } = useTranslation('networks');
  useDocumentTitle(t('detail.notFoundTitle'));
  return <NetworkNotFound />;
}

export function NetworkRoute() {
  const { id = '' } = useParams();
  return UUID.test(id) ? <NetworkPage key={id} id={id} /> : <InvalidNetworkId />;
}
