import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useParticipant } from '@/features/participants/api/get-participant';
import { ParticipantDetails } from '@/features/participants/components/participant-details';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { isUuid } from '@/lib/route-params';

/** A designed answer for 404 and 403: a heading, one plain sentence, no error code. */
function Refusal({ kind }: { kind: 'notFound' | 'forbidden' }) {
  const { t } = useTranslation('members');
  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{t(`person.${kind}Title`)}</h1>
      <p className="kern-body kn-prose">{t(`person.${kind}Text`)}</p>
    </div>
  );
}

function ParticipantPage({ id }: { id: string }) {
  const { t } = useTranslation('members');
  const query = useParticipant(id);
  const status = query.error instanceof ApiError ? query.error.status : undefined;
  const refusal = status === 404 ? 'notFound' : status === 403 ? 'forbidden' : undefined;
  const title = refusal
    ? t(`person.${refusal}Title`)
    : (query.data?.displayName ?? (query.isError ? t('person.errorTitle') : t('person.loading')));
  useDocumentTitle(title);

  if (refusal) return <Refusal kind={refusal} />;

  return (
    <div className="kn-stack-lg">
      {query.isSuccess ? (
        <>
          <hgroup className="kn-stack">
            {query.data.jobTitle && <p className="kern-preline">{query.data.jobTitle}</p>}
            <h1 className="kern-heading-large">{query.data.displayName}</h1>
          </hgroup>
          <ParticipantDetails participant={query.data} />
        </>
      ) : (
        <>
          <h1 className="kern-heading-large">{title}</h1>
          {query.isPending && <LoadingState label={t('person.loading')} />}
          {query.isError && (
            <ProblemAlert
              title={t('person.errorTitle')}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          )}
        </>
      )}
    </div>
  );
}

function InvalidParticipantId() {
  const { t } = useTranslation('members');
  useDocumentTitle(t('person.notFoundTitle'));
  return <Refusal kind="notFound" />;
}

export function ParticipantRoute() {
  const { id = '' } = useParams();
  return isUuid(id) ? <ParticipantPage key={id} id={id} /> : <InvalidParticipantId />;
}
