import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DetailNotFound, DetailPage } from '@/components/ui/detail-page';
import { useVersionedEvent } from '@/api/events';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '@/api/registrations';
import { eventPath } from '@/features/event-management/components/event-form';
import { useEventIdParam } from '@/features/event-management/components/event-params';
import { EventStatusBadge } from '@/features/event-management/components/event-status-badge';
import { useEventDetailTexts } from '@/features/event-management/components/event-texts';
import {
  RegistrationsForbidden,
  RegistrationsView,
} from '@/features/event-management/components/registrations-view';
import { ApiError } from '@/lib/api-client';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useNetworkRole } from '@/api/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Filter and page live in the address (`?status=WAITLISTED&page=2`), page counted from 1. */
function useRegistrationParams(eventId: string) {
  const [params, setParams] = useSearchParams();
  const status = REGISTRATION_STATUSES.find((value) => value === params.get('status'));
  const pageValue = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isFinite(pageValue) && pageValue >= 1 ? pageValue - 1 : 0;
  const toParams = (nextStatus: RegistrationStatus | undefined, target = 0) => {
    const next = new URLSearchParams();
    if (nextStatus) next.set('status', nextStatus);
    if (target > 0) next.set('page', String(target + 1));
    return next;
  };
  const setStatus = (next: RegistrationStatus | undefined) =>
    setParams(toParams(next), { replace: true, preventScrollReset: true });
  const hrefFor = (target: number) => {
    const search = toParams(status, target).toString();
    return `${eventPath(eventId)}/anmeldungen${search ? `?${search}` : ''}`;
  };
  return { status, page, setStatus, hrefFor };
}

/** Outsiders cannot even read the event: the same plain answer as for members. */
function Forbidden({ eventId }: { eventId: string }) {
  const { t } = useTranslation('event-management');
  useDocumentTitle(t('registrations.forbiddenTitle'));
  return (
    <div className="kn-stack-lg">
      <p>
        <Link to={eventPath(eventId)} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('page.backToEvent')}
        </Link>
      </p>
      <h1 className="kern-heading-large">{t('registrations.title')}</h1>
      <RegistrationsForbidden />
    </div>
  );
}

function RegistrationsPage({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation('event-management');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const query = useVersionedEvent(eventId);
  const texts = useEventDetailTexts('event');
  const { canManage } = useNetworkRole(query.data?.event.networkId);
  const { status, page, setStatus, hrefFor } = useRegistrationParams(eventId);
  const eventForbidden = query.error instanceof ApiError && query.error.status === 403;

  if (eventForbidden) return <Forbidden eventId={eventId} />;

  return (
    <DetailPage
      backTo={eventPath(eventId)}
      texts={texts}
      query={query}
      titleOf={(data) => t('registrations.documentTitle', { title: data.event.title })}
    >
      {({ event }) => (
        <>
          <hgroup className="kn-stack">
            <p className="kern-preline">
              {event.title} · {formatDateTime(event.startsAt, locale)}
            </p>
            <h1 className="kern-heading-large">{t('registrations.title')}</h1>
          </hgroup>
          <p className="kn-inline">
            {event.status !== 'PUBLISHED' && <EventStatusBadge status={event.status} />}
            <span className="kern-body">
              {[
                t('registrations.confirmed', {
                  count: event.confirmed,
                  formatted: formatNumber(event.confirmed, locale),
                }),
                t('registrations.waitlisted', {
                  count: event.waitlisted,
                  formatted: formatNumber(event.waitlisted, locale),
                }),
                event.capacity !== undefined
                  ? t('registrations.capacity', {
                      count: event.capacity,
                      formatted: formatNumber(event.capacity, locale),
                    })
                  : t('registrations.unlimited'),
              ].join(' · ')}
            </span>
          </p>
          <RegistrationsView
            event={event}
            canManage={canManage}
            status={status}
            page={page}
            onStatusChange={setStatus}
            hrefFor={hrefFor}
          />
        </>
      )}
    </DetailPage>
  );
}

export function EventRegistrationsRoute() {
  const eventId = useEventIdParam();
  const texts = useEventDetailTexts('event');
  return eventId ? (
    <RegistrationsPage key={eventId} eventId={eventId} />
  ) : (
    <DetailNotFound backTo="/netzwerke" texts={texts} />
  );
}
