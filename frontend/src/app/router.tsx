import { Navigate, useParams, type RouteObject } from 'react-router';
import { AttendanceReportRoute } from '@/app/routes/attendance-report';
import { EventRoute } from '@/app/routes/event';
import { EventEditRoute } from '@/app/routes/event-edit';
import { EventNewRoute } from '@/app/routes/event-new';
import { EventRegistrationsRoute } from '@/app/routes/event-registrations';
import { HomeRoute } from '@/app/routes/home';
import { LegalPageRoute } from '@/app/routes/legal-page';
import { MunicipalitiesRoute } from '@/app/routes/municipalities';
import { MunicipalityRoute } from '@/app/routes/municipality';
import { NetworkRoute } from '@/app/routes/network';
import { NetworkEventsRoute } from '@/app/routes/network-events';
import { NetworkMembersRoute } from '@/app/routes/network-members';
import { NetworksRoute } from '@/app/routes/networks';
import { NotFoundRoute } from '@/app/routes/not-found';
import { OnlineRoomRoute } from '@/app/routes/online-room';
import { OnlineRoomEditRoute } from '@/app/routes/online-room-edit';
import { OnlineRoomNewRoute } from '@/app/routes/online-room-new';
import { ParticipantRoute } from '@/app/routes/participant';
import { ProfileRoute } from '@/app/routes/profile';
import { SessionRoute } from '@/app/routes/session';
import { SessionAttendanceRoute } from '@/app/routes/session-attendance';
import { AppLayout } from '@/layouts/app-layout';

function LegacyNetworkRedirect() {
  const { id } = useParams();
  return <Navigate to={`/netzwerke/${id ?? ''}`} replace />;
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'netzwerke', element: <NetworksRoute /> },
      { path: 'netzwerke/:id', element: <NetworkRoute /> },
      // Addresses of the first releases, kept working for bookmarks.
      { path: 'networks', element: <Navigate to="/netzwerke" replace /> },
      { path: 'networks/:id', element: <LegacyNetworkRedirect /> },
      { path: 'netzwerke/:id/mitglieder', element: <NetworkMembersRoute /> },
      { path: 'netzwerke/:id/anwesenheit', element: <AttendanceReportRoute /> },
      { path: 'netzwerke/:id/online-raeume/neu', element: <OnlineRoomNewRoute /> },
      { path: 'netzwerke/:id/veranstaltungen', element: <NetworkEventsRoute /> },
      { path: 'netzwerke/:id/veranstaltungen/neu', element: <EventNewRoute /> },
      { path: 'veranstaltungen/:eventId', element: <EventRoute /> },
      { path: 'veranstaltungen/:eventId/bearbeiten', element: <EventEditRoute /> },
      { path: 'veranstaltungen/:eventId/anmeldungen', element: <EventRegistrationsRoute /> },
      { path: 'online-raeume/:roomId', element: <OnlineRoomRoute /> },
      { path: 'online-raeume/:roomId/bearbeiten', element: <OnlineRoomEditRoute /> },
      { path: 'online-raeume/:roomId/termine/:date', element: <SessionRoute /> },
      {
        path: 'online-raeume/:roomId/termine/:date/anwesenheit',
        element: <SessionAttendanceRoute />,
      },
      { path: 'kommunen', element: <MunicipalitiesRoute /> },
      { path: 'kommunen/:id', element: <MunicipalityRoute /> },
      { path: 'profil', element: <ProfileRoute /> },
      { path: 'personen/:id', element: <ParticipantRoute /> },
      { path: 'impressum', element: <LegalPageRoute kind="imprint" /> },
      { path: 'datenschutz', element: <LegalPageRoute kind="privacy" /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
