import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailNotFound, DetailPage, type DetailTexts } from '@/components/ui/detail-page';
import { useAttendance } from '@/features/session-records/api/attendance';
import { useRoom, useSession } from '@/features/session-records/api/get-session';
import { AttendanceForm } from '@/features/session-records/components/attendance-form';
import { useSessionTime } from '@/features/session-records/components/session-facts';
import {
  sessionPath,
  useSessionParams,
} from '@/features/session-records/components/session-params';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

function useAttendanceTexts(): DetailTexts {
  const { t } = useTranslation('sessions');
  return {
    back: t('take.back'),
    notFoundTitle: t('session.notFoundTitle'),
    notFoundText: t('session.notFoundText'),
    loading: t('take.loading'),
    errorTitle: t('take.loadErrorTitle'),
  };
}

/** Only coordinators of the network and admins take attendance: said plainly, with the way back. */
function Forbidden({ roomId, date }: { roomId: string; date: string }) {
  const { t } = useTranslation('sessions');
  useDocumentTitle(t('take.forbiddenTitle'));
  return (
    <div className="kn-stack-lg">
      <p>
        <Link to={sessionPath(roomId, date)} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('take.back')}
        </Link>
      </p>
      <h1 className="kern-heading-large">{t('take.title')}</h1>
      <div className="kern-alert kern-alert--warning" role="alert">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--warning" aria-hidden="true" />
          <h2 className="kern-title">{t('take.forbiddenTitle')}</h2>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">{t('take.forbiddenText')}</p>
        </div>
      </div>
    </div>
  );
}

function SessionAttendancePage({ roomId, date }: { roomId: string; date: string }) {
  const { t, i18n } = useTranslation('sessions');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const texts = useAttendanceTexts();
  const room = useRoom(roomId);
  const session = useSession(roomId, date);
  const query = useAttendance(roomId, date);
  const time = useSessionTime();
  const day = t('session.title', { date: formatDate(date, locale) });

  if (query.error instanceof ApiError && query.error.status === 403) {
    return <Forbidden roomId={roomId} date={date} />;
  }

  return (
    <DetailPage
      backTo={sessionPath(roomId, date)}
      texts={texts}
      query={query}
      titleOf={() => `${t('take.title')} – ${day}`}
    >
      {(current) => (
        <>
          <hgroup className="kn-stack">
            <p className="kern-preline">{room.data ? `${room.data.title} · ${day}` : day}</p>
            <h1 className="kern-heading-large">{t('take.title')}</h1>
          </hgroup>
          {session.data && (
            <p className="kern-body">
              <time dateTime={session.data.startsAt}>
                {time.range(session.data.startsAt, session.data.endsAt)}
              </time>
            </p>
          )}
          {session.data?.status === 'CANCELLED' && (
            <div className="kern-alert kern-alert--warning">
              <div className="kern-alert__header">
                <span className="kern-icon kern-icon--warning" aria-hidden="true" />
                <h2 className="kern-title">{t('session.cancelledTitle')}</h2>
              </div>
              <div className="kern-alert__body">
                <p className="kern-body">{t('take.cancelledText')}</p>
              </div>
            </div>
          )}
          <AttendanceForm
            roomId={roomId}
            date={date}
            networkId={room.data?.networkId}
            current={current}
            onReload={async () => (await query.refetch()).data}
          />
        </>
      )}
    </DetailPage>
  );
}

export function SessionAttendanceRoute() {
  const params = useSessionParams();
  const texts = useAttendanceTexts();
  return params ? (
    <SessionAttendancePage key={`${params.roomId}/${params.date}`} {...params} />
  ) : (
    <DetailNotFound backTo="/" texts={texts} />
  );
}
