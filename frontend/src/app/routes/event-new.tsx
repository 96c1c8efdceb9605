import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailNotFound } from '@/components/ui/detail-page';
import { useUuidParam } from '@/lib/route-params';
import { LoadingState } from '@/components/ui/loading-state';
import { EventForm, EventFormForbidden } from '@/features/event-management/components/event-form';
import { useEventDetailTexts } from '@/features/event-management/components/event-texts';
import { useNetwork } from '@/features/networks/api/get-network';
import { useNetworkRole } from '@/api/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

function NewEventPage({ networkId }: { networkId: string }) {
  const { t } = useTranslation('event-management');
  const network = useNetwork(networkId);
  const { canManage, isPending } = useNetworkRole(networkId);
  useDocumentTitle(t('form.newTitle'));
  return (
    <div className="kn-stack-lg">
      <p>
        <Link to={`/netzwerke/${networkId}`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('page.backToNetwork')}
        </Link>
      </p>
      <hgroup className="kn-stack">
        {network.data && <p className="kern-preline">{network.data.name}</p>}
        <h1 className="kern-heading-large">{t('form.newTitle')}</h1>
        <p className="kern-body kn-prose">{t('form.newIntro')}</p>
      </hgroup>
      {isPending ? (
        <LoadingState label={t('page.checkingRole')} />
      ) : canManage ? (
        <EventForm networkId={networkId} />
      ) : (
        <EventFormForbidden />
      )}
    </div>
  );
}

export function EventNewRoute() {
  const id = useUuidParam();
  const texts = useEventDetailTexts('network');
  return id ? (
    <NewEventPage key={id} networkId={id} />
  ) : (
    <DetailNotFound backTo="/netzwerke" texts={texts} />
  );
}
