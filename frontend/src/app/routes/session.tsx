import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailNotFound, DetailPage, type DetailTexts } from '@/components/ui/detail-page';
import { useNetworkRole } from '@/api/roles';
import { useRoom, useSession } from '@/features/session-records/api/get-session';
import { MinutesSection } from '@/features/session-records/components/minutes-section';
import { MyAttendanceSection } from '@/features/session-records/components/my-attendance-section';
import { SessionFacts } from '@/features/session-records/components/session-facts';
import {
  attendancePath,
  roomPath,
  useSessionParams,
} from '@/features/session-records/components/session-params';
import { formatDate } from '@/lib/format';

function useSessionTexts(): DetailTexts {
  const { t } = useTranslation('sessions');
  return {
    back: t('session.back'),
    notFoundTitle: t('session.notFoundTitle'),
    notFoundText: t('session.notFoundText'),
    loading: t('session.loading'),
    errorTitle: t('session.errorTitle'),
  };
}

function SessionPage({ roomId, date }: { roomId: string; date: string }) {
  const { t, i18n } = useTranslation('sessions');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const texts = useSessionTexts();
  const room = useRoom(roomId);
  const query = useSession(roomId, date);
  const role = useNetworkRole(room.data?.networkId);
  const heading = t('session.title', { date: formatDate(date, locale) });

  return (
    <DetailPage
      backTo={roomPath(roomId)}
      texts={texts}
      query={query}
      titleOf={() => (room.data ? `${heading} – ${room.data.title}` : heading)}
    >
      {(session) => (
        <>
          <hgroup className="kn-stack">
            {room.data && <p className="kern-preline">{room.data.title}</p>}
            <h1 className="kern-heading-large">{heading}</h1>
          </hgroup>
          <SessionFacts session={session} />
          {role.isMember && <MyAttendanceSection roomId={roomId} session={session} />}
          {role.canManage && (
            <section aria-labelledby="attendance-heading" className="kn-stack">
              <h2 id="attendance-heading" className="kern-heading-medium">
                {t('take.sectionTitle')}
              </h2>
              <p className="kern-body">{t('take.sectionText')}</p>
              <p>
                <Link to={attendancePath(roomId, date)} className="kern-link">
                  <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
                  {t('take.link')}
                </Link>
              </p>
            </section>
          )}
          <MinutesSection roomId={roomId} date={date} mayEdit={role.canManage} />
        </>
      )}
    </DetailPage>
  );
}

export function SessionRoute() {
  const params = useSessionParams();
  const texts = useSessionTexts();
  return params ? (
    <SessionPage key={`${params.roomId}/${params.date}`} {...params} />
  ) : (
    <DetailNotFound backTo="/" texts={texts} />
  );
}
