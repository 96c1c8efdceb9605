import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { replace, type RouteObject } from 'react-router';
import { HomeRoute } from '@/app/routes/home';
import { NotFoundRoute } from '@/app/routes/not-found';
import { RouteErrorPage } from '@/app/routes/route-error';
import { LoadingState } from '@/components/ui/loading-state';
import { AppLayout } from '@/layouts/app-layout';

/** Shown inside the shell while a page's code arrives on the first load of that address. */
function PageLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t('pageLoading')} />;
}

/**
 * A page whose code is its own chunk, fetched when the page is first visited. During a
 * navigation the previous page stays until the code is there (the layout shows progress);
 * on a first load of the address the shell shows `PageLoading`.
 */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy' | 'HydrateFallback'> {
  return {
    lazy: async () => ({ Component: await load() }),
    HydrateFallback: PageLoading,
  };
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Errors of a page, including its code failing to load (e.g. after an update), keep the shell.
        errorElement: <RouteErrorPage />,
        children: [
          // "Mein Überblick" is the start page: in the main bundle, no second round trip.
          { index: true, element: <HomeRoute /> },
          {
            path: 'netzwerke',
            ...page(async () => (await import('@/app/routes/networks')).NetworksRoute),
          },
          {
            path: 'netzwerke/:id',
            ...page(async () => (await import('@/app/routes/network')).NetworkRoute),
          },
          // Addresses of the first releases, kept working for bookmarks.
          { path: 'networks', loader: () => replace('/netzwerke'), HydrateFallback: PageLoading },
          {
            path: 'networks/:id',
            loader: ({ params }) => replace(`/netzwerke/${params.id ?? ''}`),
            HydrateFallback: PageLoading,
          },
          {
            path: 'netzwerke/:id/mitglieder',
            ...page(async () => (await import('@/app/routes/network-members')).NetworkMembersRoute),
          },
          {
            path: 'netzwerke/:id/anwesenheit',
            ...page(
              async () => (await import('@/app/routes/attendance-report')).AttendanceReportRoute,
            ),
          },
          {
            path: 'netzwerke/:id/nachrichten',
            ...page(
              async () => (await import('@/app/routes/network-messages')).NetworkMessagesRoute,
            ),
          },
          {
            path: 'netzwerke/:id/nachrichten/neu',
            ...page(
              async () => (await import('@/app/routes/network-message-new')).NetworkMessageNewRoute,
            ),
          },
          {
            path: 'netzwerke/:id/nachrichten/:messageId',
            ...page(async () => (await import('@/app/routes/network-message')).NetworkMessageRoute),
          },
          {
            path: 'netzwerke/:id/online-raeume/neu',
            ...page(async () => (await import('@/app/routes/online-room-new')).OnlineRoomNewRoute),
          },
          {
            path: 'netzwerke/:id/veranstaltungen',
            ...page(async () => (await import('@/app/routes/network-events')).NetworkEventsRoute),
          },
          {
            path: 'netzwerke/:id/veranstaltungen/neu',
            ...page(async () => (await import('@/app/routes/event-new')).EventNewRoute),
          },
          {
            path: 'veranstaltungen/:eventId',
            ...page(async () => (await import('@/app/routes/event')).EventRoute),
          },
          {
            path: 'veranstaltungen/:eventId/bearbeiten',
            ...page(async () => (await import('@/app/routes/event-edit')).EventEditRoute),
          },
          {
            path: 'veranstaltungen/:eventId/anmeldungen',
            ...page(
              async () =>
                (await import('@/app/routes/event-registrations')).EventRegistrationsRoute,
            ),
          },
          {
            path: 'online-raeume/:roomId',
            ...page(async () => (await import('@/app/routes/online-room')).OnlineRoomRoute),
          },
          {
            path: 'online-raeume/:roomId/bearbeiten',
            ...page(
              async () => (await import('@/app/routes/online-room-edit')).OnlineRoomEditRoute,
            ),
          },
          {
            path: 'online-raeume/:roomId/termine/:date',
            ...page(async () => (await import('@/app/routes/session')).SessionRoute),
          },
          {
            path: 'online-raeume/:roomId/termine/:date/anwesenheit',
            ...page(
              async () => (await import('@/app/routes/session-attendance')).SessionAttendanceRoute,
            ),
          },
          {
            path: 'kommunen',
            ...page(async () => (await import('@/app/routes/municipalities')).MunicipalitiesRoute),
          },
          {
            path: 'kommunen/:id',
            ...page(async () => (await import('@/app/routes/municipality')).MunicipalityRoute),
          },
          {
            path: 'profil',
            ...page(async () => (await import('@/app/routes/profile')).ProfileRoute),
          },
          {
            path: 'profil/benachrichtigungen',
            ...page(
              async () =>
                (await import('@/app/routes/notification-settings')).NotificationSettingsRoute,
            ),
          },
          {
            path: 'admin/zustellprobleme',
            ...page(async () => (await import('@/app/routes/mail-deliveries')).MailDeliveriesRoute),
          },
          {
            path: 'admin/zustellprobleme/:deliveryId',
            ...page(async () => (await import('@/app/routes/mail-delivery')).MailDeliveryRoute),
          },
          {
            path: 'admin/webhooks',
            ...page(async () => (await import('@/app/routes/webhooks')).WebhooksRoute),
          },
          {
            path: 'admin/webhooks/neu',
            ...page(async () => (await import('@/app/routes/webhook-new')).WebhookNewRoute),
          },
          {
            path: 'admin/webhooks/:webhookId',
            ...page(async () => (await import('@/app/routes/webhook')).WebhookRoute),
          },
          {
            path: 'admin/webhooks/:webhookId/bearbeiten',
            ...page(async () => (await import('@/app/routes/webhook-edit')).WebhookEditRoute),
          },
          {
            path: 'personen/:id',
            ...page(async () => (await import('@/app/routes/participant')).ParticipantRoute),
          },
          {
            path: 'impressum',
            ...page(async () => (await import('@/app/routes/legal-page')).ImprintRoute),
          },
          {
            path: 'datenschutz',
            ...page(async () => (await import('@/app/routes/legal-page')).PrivacyRoute),
          },
          // Small and also the answer to any unknown address: in the main bundle.
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
