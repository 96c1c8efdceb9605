import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DetailNotFound, DetailPage } from '@/components/ui/detail-page';
import { LoadingState } from '@/components/ui/loading-state';
import { useVersionedEvent, type VersionedEvent } from '@/api/events';
import {
  EventForm,
  EventFormForbidden,
  eventPath,
} from '@/features/event-management/components/event-form';
import { useEventIdParam } from '@/features/event-management/components/event-params';
import { useEventDetailTexts } from '@/features/event-management/components/event-texts';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useNetworkRole } from '@/api/roles';

/** A cancelled event cannot be changed any more: said plainly, with the way to its registrations. */
function CancelledEvent({ eventId, focus }: { eventId: string; focus: boolean }) {
  const { t } = useTranslation('event-management');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} tabIndex={-1} className="kern-alert kern-alert--warning" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{focus ? t('delete.cancelled') : t('page.cancelledTitle')}</h2>
      </div>
      <div className="kern-alert__body kn-stack">
        <p className="kern-body">{t('page.cancelledText')}</p>
        <p>
          <Link to={`${eventPath(eventId)}/anmeldungen`} className="kern-link">
            {t('page.registrationsLink')}
          </Link>
        </p>
      </div>
    </div>
  );
}

function EditContent({
  data,
  onReload,
}: {
  data: VersionedEvent;
  onReload: () => Promise<VersionedEvent | undefined>;
}) {
  const { t, i18n } = useTranslation('event-management');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { state } = useLocation() as { state: unknown };
  const created =
    typeof state === 'object' &&
    state !== null &&
    (state as { eventNotice?: unknown }).eventNotice === 'created';
  const { event } = data;
  const { canManage, isPending } = useNetworkRole(event.networkId);
  const [justCancelled, setJustCancelled] = useState(false);
  return (
    <>
      <hgroup className="kn-stack">
        <p className="kern-preline">
          {event.title} · {formatDateTime(event.startsAt, locale)}
        </p>
        <h1 className="kern-heading-large">{t('form.editTitle')}</h1>
      </hgroup>
      {isPending ? (
        <LoadingState label={t('page.checkingRole')} />
      ) : !canManage ? (
        <EventFormForbidden />
      ) : event.status === 'CANCELLED' ? (
        <CancelledEvent eventId={event.id} focus={justCancelled} />
      ) : (
        <>
          <p className="kn-inline">
            <Link to={`${eventPath(event.id)}/anmeldungen`} className="kern-link">
              <span className="kern-icon kern-icon--checklist" aria-hidden="true" />
              {t('page.registrationsLinkCounts', {
                confirmed: formatNumber(event.confirmed, locale),
                waitlisted: formatNumber(event.waitlisted, locale),
              })}
            </Link>
          </p>
          <EventForm
            networkId={event.networkId}
            current={data}
            onReload={onReload}
            onCancelled={() => setJustCancelled(true)}
            notice={created ? 'created' : undefined}
          />
        </>
      )}
    </>
  );
}

function EditPage({ eventId }: { eventId: string }) {
  const { t } = useTranslation('event-management');
  const query = useVersionedEvent(eventId);
  const texts = useEventDetailTexts('event');
  return (
    <DetailPage
      backTo={eventPath(eventId)}
      texts={texts}
      query={query}
      titleOf={(data) => `${t('form.editTitle')}: ${data.event.title}`}
    >
      {(data) => <EditContent data={data} onReload={async () => (await query.refetch()).data} />}
    </DetailPage>
  );
}

export function EventEditRoute() {
  const eventId = useEventIdParam();
  const texts = useEventDetailTexts('event');
  return eventId ? (
    <EditPage key={eventId} eventId={eventId} />
  ) : (
    <DetailNotFound backTo="/netzwerke" texts={texts} />
  );
}
