import { useTranslation } from 'react-i18next';
import { useRoomIdParam, useRoomTexts } from '@/app/routes/online-room';
import { DetailNotFound, DetailPage } from '@/components/ui/detail-page';
import { LoadingState } from '@/components/ui/loading-state';
import { useRoom, type VersionedRoom } from '@/features/online-rooms/api/get-rooms';
import { RoomForm, RoomFormForbidden } from '@/features/online-rooms/components/room-form';
import { useNetworkRole } from '@/api/roles';

function EditContent({
  data,
  onReload,
}: {
  data: VersionedRoom;
  onReload: () => Promise<VersionedRoom | undefined>;
}) {
  const { t } = useTranslation('rooms');
  const { canManage, isPending } = useNetworkRole(data.room.networkId);
  return (
    <>
      <hgroup className="kn-stack">
        <p className="kern-preline">{data.room.title}</p>
        <h1 className="kern-heading-large">{t('form.editTitle')}</h1>
      </hgroup>
      {isPending ? (
        <LoadingState label={t('room.loading')} />
      ) : canManage ? (
        <RoomForm networkId={data.room.networkId} current={data} onReload={onReload} />
      ) : (
        <RoomFormForbidden />
      )}
    </>
  );
}

function EditPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation('rooms');
  const query = useRoom(roomId);
  const texts = { ...useRoomTexts(false), back: t('room.backToRoom') };
  return (
    <DetailPage
      backTo={`/online-raeume/${roomId}`}
      texts={texts}
      query={query}
      titleOf={(data) => `${t('form.editTitle')}: ${data.room.title}`}
    >
      {(data) => <EditContent data={data} onReload={async () => (await query.refetch()).data} />}
    </DetailPage>
  );
}

export function OnlineRoomEditRoute() {
  const roomId = useRoomIdParam();
  const texts = useRoomTexts(false);
  return roomId ? (
    <EditPage key={roomId} roomId={roomId} />
  ) : (
    <DetailNotFound backTo="/" texts={texts} />
  );
}
