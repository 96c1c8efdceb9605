import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailNotFound } from '@/components/ui/detail-page';
import { useUuidParam } from '@/lib/route-params';
import { LoadingState } from '@/components/ui/loading-state';
import { useNetwork } from '@/features/networks/api/get-network';
import { RoomForm, RoomFormForbidden } from '@/features/online-rooms/components/room-form';
import { useNetworkRole } from '@/api/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

function NewRoomPage({ networkId }: { networkId: string }) {
  const { t } = useTranslation('rooms');
  const network = useNetwork(networkId);
  const { canManage, isPending } = useNetworkRole(networkId);
  useDocumentTitle(t('form.newTitle'));
  return (
    <div className="kn-stack-lg">
      <p>
        <Link to={`/netzwerke/${networkId}`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('room.back')}
        </Link>
      </p>
      <hgroup className="kn-stack">
        {network.data && <p className="kern-preline">{network.data.name}</p>}
        <h1 className="kern-heading-large">{t('form.newTitle')}</h1>
        <p className="kern-body kn-prose">{t('form.newIntro')}</p>
      </hgroup>
      {isPending ? (
        <LoadingState label={t('form.membersLoading')} />
      ) : canManage ? (
        <RoomForm networkId={networkId} />
      ) : (
        <RoomFormForbidden />
      )}
    </div>
  );
}

export function OnlineRoomNewRoute() {
  const { t } = useTranslation('networks');
  const id = useUuidParam();
  return id ? (
    <NewRoomPage key={id} networkId={id} />
  ) : (
    <DetailNotFound
      backTo="/netzwerke"
      texts={{
        back: t('detail.back'),
        notFoundTitle: t('detail.notFoundTitle'),
        notFoundText: t('detail.notFoundText'),
        loading: t('detail.loading'),
        errorTitle: t('detail.errorTitle'),
      }}
    />
  );
}
