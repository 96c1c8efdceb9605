import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNetworkRooms } from '@/features/online-rooms/api/get-rooms';
import { useSessionTime } from '@/features/online-rooms/components/room-texts';
import { SessionStatusBadge } from '@/features/online-rooms/components/session-status';
import { describeSchedule } from '@/features/online-rooms/utils/describe-schedule';
import { ApiError } from '@/lib/api-client';
import { useNetworkRole } from '@/api/roles';

/** A room that was just closed says so once, on the network page the user was sent back to. */
function useClosedNotice() {
  const { t } = useTranslation('rooms');
  const { state } = useLocation() as { state: unknown };
  const closed =
    typeof state === 'object' && state !== null
      ? (state as { roomClosed?: unknown }).roomClosed
      : undefined;
  const { outcome, report, ref } = useOutcome();
  useEffect(() => {
    if (typeof closed === 'string')
      report({ kind: 'success', text: t('network.deleted', { title: closed }) });
    // only once per arrival
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [closed]);
  return { outcome, ref };
}

/** The network's online rooms on its page: schedule in words, next session, link to each room. */
export function NetworkRooms({ networkId }: { networkId: string }) {
  const { t } = useTranslation('rooms');
  const query = useNetworkRooms(networkId);
  const { canManage } = useNetworkRole(networkId);
  const time = useSessionTime();
  const closed = useClosedNotice();
  const forbidden = query.error instanceof ApiError && query.error.status === 403;

  return (
    <section aria-labelledby="rooms-heading" className="kn-stack-lg">
      <h2 id="rooms-heading" className="kern-heading-medium">
        {t('network.title')}
      </h2>
      <OutcomeNotice outcome={closed.outcome} outcomeRef={closed.ref} errorTitle="" />
      {query.isPending && <LoadingState label={t('network.loading')} />}
      {forbidden && <p className="kern-body">{t('network.forbidden')}</p>}
      {query.isError && !forbidden && (
        <ProblemAlert
          title={t('network.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess && query.data.length === 0 && (
        <div className="kn-stack">
          <h3 className="kern-heading-small">{t('network.emptyTitle')}</h3>
          <p className="kern-body">{t('network.emptyText')}</p>
        </div>
      )}
      {query.isSuccess && query.data.length > 0 && (
        <ul className="kn-rooms">
          {query.data.map((room) => {
            const next = room.nextSession;
            return (
              <li key={room.id} className="kn-stack">
                <h3 className="kern-heading-small">
                  <Link to={`/online-raeume/${room.id}`} className="kern-link">
                    {room.title}
                  </Link>
                </h3>
                <dl className="kern-description-list">
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t('network.schedule')}</dt>
                    <dd className="kern-description-list-item__value">
                      {describeSchedule(room.schedule, t, time.locale)}
                    </dd>
                  </div>
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t('network.next')}</dt>
                    <dd className="kern-description-list-item__value">
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
                        t('network.noNext')
                      )}
                    </dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      {canManage && !forbidden && (
        <p>
          <Link
            to={`/netzwerke/${networkId}/online-raeume/neu`}
            className="kern-btn kern-btn--secondary"
          >
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('network.create')}</span>
          </Link>
        </p>
      )}
    </section>
  );
}
