import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useSessions } from '@/features/online-rooms/api/get-sessions';
import { SessionItem } from '@/features/online-rooms/components/session-item';
import { useSessionActions } from '@/features/online-rooms/components/session-actions';
import { addDays } from '@/features/online-rooms/utils/rrule';
import { todayInBerlin } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/** The next six months of sessions; coordinators can cancel, move and restore each. */
function UpcomingSessions({
  roomId,
  networkId,
  canManage,
  today,
}: {
  roomId: string;
  networkId: string;
  canManage: boolean;
  today: string;
}) {
  const { t } = useTranslation('rooms');
  const query = useSessions(roomId, today, addDays(today, 180));
  const actions = useSessionActions(roomId, networkId);
  const now = useNow(60_000).getTime();
  // a session that ended earlier today is listed under the past ones
  const sessions = (query.data ?? []).filter((session) => Date.parse(session.endsAt) > now);

  return (
    <section aria-labelledby="upcoming-sessions" className="kn-stack">
      <h2 id="upcoming-sessions" className="kern-heading-medium">
        {t('sessions.upcomingTitle')}
      </h2>
      <p className="kern-body">{t('sessions.upcomingIntro')}</p>
      {canManage && actions.notice}
      {query.isPending && <LoadingState label={t('sessions.loading')} />}
      {query.isError && (
        <ProblemAlert
          title={t('sessions.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess &&
        (sessions.length === 0 ? (
          <p className="kern-body">{t('sessions.noneUpcoming')}</p>
        ) : (
          <ol className="kn-sessions">
            {sessions.map((session) => (
              <SessionItem
                key={session.date}
                roomId={roomId}
                session={session}
                actions={canManage ? actions.renderActions(session) : undefined}
              />
            ))}
          </ol>
        ))}
      {canManage && actions.dialog}
    </section>
  );
}

/** The last twelve months (today's ended sessions included), newest first, with their minutes. */
function PastSessions({ roomId, today }: { roomId: string; today: string }) {
  const { t } = useTranslation('rooms');
  const query = useSessions(roomId, addDays(today, -365), today);
  const now = useNow(60_000).getTime();
  const sessions = (query.data ?? [])
    .filter((session) => Date.parse(session.endsAt) <= now)
    .reverse();

  return (
    <section aria-labelledby="past-sessions" className="kn-stack">
      <h2 id="past-sessions" className="kern-heading-medium">
        {t('sessions.pastTitle')}
      </h2>
      <p className="kern-body">{t('sessions.pastIntro')}</p>
      {query.isPending && <LoadingState label={t('sessions.loading')} />}
      {query.isError && (
        <ProblemAlert
          title={t('sessions.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess &&
        (sessions.length === 0 ? (
          <p className="kern-body">{t('sessions.nonePast')}</p>
        ) : (
          <ol className="kn-sessions" reversed>
            {sessions.map((session) => (
              <SessionItem key={session.date} roomId={roomId} session={session} />
            ))}
          </ol>
        ))}
    </section>
  );
}

export function RoomSessions({
  roomId,
  networkId,
  canManage,
}: {
  roomId: string;
  networkId: string;
  canManage: boolean;
}) {
  const today = todayInBerlin();
  return (
    <>
      <UpcomingSessions roomId={roomId} networkId={networkId} canManage={canManage} today={today} />
      <PastSessions roomId={roomId} today={today} />
    </>
  );
}
