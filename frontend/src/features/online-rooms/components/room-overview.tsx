import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { JoinDetails } from '@/components/ui/join-details';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import type { OnlineRoom } from '@/features/online-rooms/api/get-rooms';
import { useDeleteRoom } from '@/features/online-rooms/api/manage-rooms';
import { useJoinTexts, useSessionTime } from '@/features/online-rooms/components/room-texts';
import { SessionStatusBadge } from '@/features/online-rooms/components/session-status';
import { describeSchedule } from '@/features/online-rooms/utils/describe-schedule';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** Close the room, after a confirmation; then back to the network page, which says so. */
function DeleteRoom({ room }: { room: OnlineRoom }) {
  const { t } = useTranslation('rooms');
  const [asking, setAsking] = useState(false);
  const mutation = useDeleteRoom();
  const navigate = useNavigate();
  const { outcome, report, clear, ref } = useOutcome();
  return (
    <>
      <button
        type="button"
        className="kern-btn kern-btn--tertiary"
        disabled={mutation.isPending}
        onClick={() => {
          clear();
          setAsking(true);
        }}
      >
        <span className="kern-icon kern-icon--delete" aria-hidden="true" />
        <span className="kern-label">{t('room.delete')}</span>
      </button>
      <OutcomeNotice outcome={outcome} outcomeRef={ref} errorTitle={t('room.deleteErrorTitle')} />
      {asking && (
        <ConfirmDialog
          title={t('room.deleteTitle', { title: room.title })}
          text={t('room.deleteText')}
          confirmLabel={t('room.deleteConfirm')}
          cancelLabel={t('room.keep')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            mutation.mutate(
              { roomId: room.id, networkId: room.networkId },
              {
                onSuccess: () =>
                  void navigate(`/netzwerke/${room.networkId}`, {
                    state: { roomClosed: room.title },
                  }),
                onError: (error) => report({ kind: 'error', error }),
              },
            );
          }}
        />
      )}
    </>
  );
}

/** Schedule in words, network, moderators, the next session, how to get in and (coordinators) manage. */
export function RoomOverview({
  room,
  networkName,
  canManage,
}: {
  room: OnlineRoom;
  networkName?: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('rooms');
  const time = useSessionTime();
  const joinTexts = useJoinTexts();
  const next = room.nextSession;

  return (
    <>
      {room.description && <p className="kern-body kn-prose">{room.description}</p>}
      <section aria-labelledby="room-facts" className="kn-stack">
        <h2 id="room-facts" className="kern-heading-medium">
          {t('room.facts')}
        </h2>
        <dl className="kern-description-list">
          <Item label={t('room.schedule')}>{describeSchedule(room.schedule, t, time.locale)}</Item>
          <Item label={t('room.next')}>
            {next ? (
              <>
                <time dateTime={next.startsAt}>
                  {next.status === 'CANCELLED' ? (
                    <s>{time.range(next.startsAt, next.endsAt)}</s>
                  ) : (
                    time.range(next.startsAt, next.endsAt)
                  )}
                </time>{' '}
                <SessionStatusBadge status={next.status} />
              </>
            ) : (
              t('room.noNext')
            )}
          </Item>
          {networkName && (
            <Item label={t('room.network')}>
              <Link to={`/netzwerke/${room.networkId}`} className="kern-link">
                {networkName}
              </Link>
            </Item>
          )}
          <Item label={t('room.moderators')}>
            {room.moderators.length === 0
              ? t('room.noModerators')
              : room.moderators.map((person, index) => (
                  <span key={person.id}>
                    {index > 0 && ', '}
                    <Link to={`/personen/${person.id}`} className="kern-link">
                      {person.displayName}
                    </Link>
                  </span>
                ))}
          </Item>
        </dl>
      </section>
      {(room.joinUrl || room.accessCode || room.dialIn) && (
        <section aria-labelledby="room-access" className="kn-stack">
          <h2 id="room-access" className="kern-heading-medium">
            {t('room.accessTitle')}
          </h2>
          <JoinDetails
            joinUrl={room.joinUrl}
            accessCode={room.accessCode}
            dialIn={room.dialIn}
            texts={joinTexts}
          />
        </section>
      )}
      {canManage && (
        <section aria-labelledby="room-manage" className="kn-stack">
          <h2 id="room-manage" className="kern-heading-medium">
            {t('room.manageTitle')}
          </h2>
          <div className="kn-inline">
            <Link
              to={`/online-raeume/${room.id}/bearbeiten`}
              className="kern-btn kern-btn--secondary"
            >
              <span className="kern-icon kern-icon--edit" aria-hidden="true" />
              <span className="kern-label">{t('room.edit')}</span>
            </Link>
            <DeleteRoom room={room} />
          </div>
        </section>
      )}
    </>
  );
}
