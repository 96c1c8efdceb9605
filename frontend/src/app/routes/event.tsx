import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailNotFound, DetailPage, type DetailTexts } from '@/components/ui/detail-page';
import { useEvent, type Event } from '@/api/events';
import { useIsMe } from '@/api/me';
import { useNetworkRole } from '@/api/roles';
import { AgendaTimeline } from '@/features/events/components/agenda-timeline';
import { EventFacts } from '@/features/events/components/event-facts';
import { EventNotices } from '@/features/events/components/event-notices';
import { EventReport } from '@/features/events/components/event-report';
import { eventsPath } from '@/features/events/components/event-texts';
import { ManageLinks } from '@/features/events/components/manage-links';
import { RegistrationSection } from '@/features/events/components/registration-section';
import { useNow } from '@/lib/use-now';
import { isUuid } from '@/lib/route-params';

function useEventTexts(): DetailTexts {
  const { t } = useTranslation('events');
  return {
    back: t('event.back'),
    notFoundTitle: t('event.notFoundTitle'),
    notFoundText: t('event.notFoundText'),
    loading: t('event.loading'),
    errorTitle: t('event.errorTitle'),
  };
}

function EventContent({ event }: { event: Event }) {
  const { t } = useTranslation('events');
  const role = useNetworkRole(event.networkId);
  const isHost = useIsMe(event.host.participant?.id);
  const now = useNow().getTime();
  const paragraphs = (event.description ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

  return (
    <>
      <hgroup className="kn-stack">
        <p className="kern-preline">{t('event.preline')}</p>
        <h1 className="kern-heading-large">{event.title}</h1>
      </hgroup>
      <EventNotices event={event} />
      <ManageLinks eventId={event.id} canManage={role.canManage} isHost={isHost} />
      <EventFacts event={event} now={now} />
      {paragraphs.length > 0 && (
        <section aria-labelledby="description-heading" className="kn-stack">
          <h2 id="description-heading" className="kern-heading-medium">
            {t('event.description')}
          </h2>
          {paragraphs.map((paragraph, index) => (
            <p key={index} className="kern-body kn-prose">
              {paragraph}
            </p>
          ))}
        </section>
      )}
      {role.isMember && <RegistrationSection event={event} now={now} />}
      <AgendaTimeline event={event} now={now} />
      <EventReport event={event} now={now} />
    </>
  );
}

function EventPage({ eventId }: { eventId: string }) {
  const texts = useEventTexts();
  const query = useEvent(eventId);
  return (
    <DetailPage
      backTo={query.data ? eventsPath(query.data.networkId) : '/netzwerke'}
      texts={texts}
      query={query}
      titleOf={(event) => event.title}
    >
      {(event) => <EventContent event={event} />}
    </DetailPage>
  );
}

export function EventRoute() {
  const { eventId = '' } = useParams();
  const texts = useEventTexts();
  return isUuid(eventId) ? (
    <EventPage key={eventId} eventId={eventId} />
  ) : (
    <DetailNotFound backTo="/netzwerke" texts={texts} />
  );
}
