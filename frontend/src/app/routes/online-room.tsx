import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DetailNotFound, DetailPage, type DetailTexts } from '@/components/ui/detail-page';
import { networkQueryOptions } from '@/features/networks/api/get-network';
import { useRoom, type VersionedRoom } from '@/features/online-rooms/api/get-rooms';
import { CalendarSection } from '@/features/online-rooms/components/calendar-section';
import { RoomNotice } from '@/features/online-rooms/components/room-notice';
import { RoomOverview } from '@/features/online-rooms/components/room-overview';
import { RoomSessions } from '@/features/online-rooms/components/room-sessions';
import { useNetworkRole } from '@/api/roles';
import { useUuidParam } from '@/lib/route-params';

/** The room's route parameter if it is a UUID; anything else cannot exist. */
export function useRoomIdParam(): string | undefined {
  return useUuidParam('roomId');
}

export function useRoomTexts(loaded: boolean): DetailTexts {
  const { t } = useTranslation('rooms');
  return {
    back: loaded ? t('room.back') : t('room.backHome'),
    notFoundTitle: t('room.notFoundTitle'),
    notFoundText: t('room.notFoundText'),
    loading: t('room.loading'),
    errorTitle: t('room.errorTitle'),
  };
}

function RoomContent({ data }: { data: VersionedRoom }) {
  const { t } = useTranslation('rooms');
  const { room } = data;
  const network = useQuery(networkQueryOptions(room.networkId));
  const { canManage } = useNetworkRole(room.networkId);
  return (
    <>
      <RoomNotice />
      <hgroup className="kn-stack">
        <p className="kern-preline">
          {t('room.preline')}
          {network.data && ` · ${network.data.name}`}
        </p>
        <h1 className="kern-heading-large">{room.title}</h1>
      </hgroup>
      <RoomOverview room={room} networkName={network.data?.name} canManage={canManage} />
      <RoomSessions roomId={room.id} networkId={room.networkId} canManage={canManage} />
      <CalendarSection networkId={room.networkId} networkName={network.data?.name ?? room.title} />
    </>
  );
}

function RoomPage({ roomId }: { roomId: string }) {
  const query = useRoom(roomId);
  const texts = useRoomTexts(query.isSuccess);
  return (
    <DetailPage
      backTo={query.data ? `/netzwerke/${query.data.room.networkId}` : '/'}
      texts={texts}
      query={query}
      titleOf={(data) => data.room.title}
    >
      {(data) => <RoomContent data={data} />}
    </DetailPage>
  );
}

export function OnlineRoomRoute() {
  const roomId = useRoomIdParam();
  const texts = useRoomTexts(false);
  return roomId ? (
    <RoomPage key={roomId} roomId={roomId} />
  ) : (
    <DetailNotFound backTo="/" texts={texts} />
  );
}
