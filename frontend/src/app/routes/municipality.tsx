import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useMyMemberships } from '@/features/members/api/get-my-memberships';
import { useMunicipality } from '@/features/municipalities/api/get-municipality';
import { ClimateConceptSection } from '@/features/municipalities/components/climate-concept-section';
import { MunicipalityDetails } from '@/features/municipalities/components/municipality-details';
import { useProfile } from '@/features/profile/api/get-profile';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function BackLink() {
  const { t } = useTranslation('municipalities');
  return (
    <p>
      <Link to="/kommunen" className="kern-link">
        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
        {t('detail.back')}
      </Link>
    </p>
  );
}

function MunicipalityNotFound() {
  const { t } = useTranslation('municipalities');
  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{t('detail.notFoundTitle')}</h1>
      <p className="kern-body">{t('detail.notFoundText')}</p>
      <BackLink />
    </div>
  );
}

/**
 * Whether to offer editing the climate concept: admins, people whose profile names this
 * municipality, and coordinators (whether their network includes someone from here is the API's
 * call). A 403 on save is still explained.
 */
function useMayEditConcept(municipalityId: string): boolean {
  const { roles } = useAuth();
  const profile = useProfile();
  const memberships = useMyMemberships();
  return (
    roles.includes('admin') ||
    profile.data?.profile.municipality?.id === municipalityId ||
    (memberships.data ?? []).some((m) => m.role === 'COORDINATOR' && m.state === 'ACTIVE')
  );
}

function MunicipalityPage({ id }: { id: string }) {
  const { t } = useTranslation('municipalities');
  const query = useMunicipality(id);
  const mayEdit = useMayEditConcept(id);
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const title = notFound
    ? t('detail.notFoundTitle')
    : (query.data?.name ?? (query.isError ? t('detail.errorTitle') : t('detail.loading')));
  useDocumentTitle(title);

  if (notFound) return <MunicipalityNotFound />;

  return (
    <div className="kn-stack-lg">
      <BackLink />
      {query.isSuccess ? (
        <>
          <hgroup className="kn-stack">
            <p className="kern-preline">{t(`kind.${query.data.kind}`)}</p>
            <h1 className="kern-heading-large">{query.data.name}</h1>
          </hgroup>
          <MunicipalityDetails municipality={query.data} />
          <ClimateConceptSection municipalityId={id} mayEdit={mayEdit} />
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

function InvalidMunicipalityId() {
  const { t } = useTranslation('municipalities');
  useDocumentTitle(t('detail.notFoundTitle'));
  return <MunicipalityNotFound />;
}

export function MunicipalityRoute() {
  const { id = '' } = useParams();
  return UUID.test(id) ? <MunicipalityPage key={id} id={id} /> : <InvalidMunicipalityId />;
}
