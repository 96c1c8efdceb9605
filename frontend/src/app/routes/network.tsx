import { useTranslation } from 'react-i18next';
import { DetailNotFound, DetailPage, type DetailTexts } from '@/components/ui/detail-page';
import { useUuidParam } from '@/lib/route-params';
import { CreateEventLink } from '@/features/event-management/components/create-event-link';
import { NetworkEvents } from '@/features/events/components/network-events';
import { NetworkDashboard } from '@/features/members/components/network-dashboard';
import { NetworkMessages } from '@/features/messages/components/network-messages';
import { useNetwork } from '@/features/networks/api/get-network';
import { NetworkDetails } from '@/features/networks/components/network-details';
import { NetworkRooms } from '@/features/online-rooms/components/network-rooms';
import { AttendanceReportLink } from '@/features/session-records/components/attendance-report-link';

function NetworkPage({ id, texts }: { id: string; texts: DetailTexts }) {
  const query = useNetwork(id);
  return (
    <DetailPage backTo="/netzwerke" texts={texts} query={query} titleOf={(network) => network.name}>
      {(network) => (
        <>
          <hgroup className="kn-stack">
            <p className="kern-preline">{network.region}</p>
            <h1 className="kern-heading-large">{network.name}</h1>
          </hgroup>
          <NetworkDetails network={network} />
          <NetworkRooms networkId={id} />
          <NetworkEvents networkId={id} />
          <CreateEventLink networkId={id} />
          <NetworkMessages networkId={id} />
          <NetworkDashboard networkId={id} />
          <AttendanceReportLink networkId={id} />
        </>
      )}
    </DetailPage>
  );
}

export function NetworkRoute() {
  const { t } = useTranslation('networks');
  const id = useUuidParam();
  const texts: DetailTexts = {
    back: t('detail.back'),
    notFoundTitle: t('detail.notFoundTitle'),
    notFoundText: t('detail.notFoundText'),
    loading: t('detail.loading'),
    errorTitle: t('detail.errorTitle'),
  };
  return id ? (
    <NetworkPage key={id} id={id} texts={texts} />
  ) : (
    <DetailNotFound backTo="/netzwerke" texts={texts} />
  );
}
