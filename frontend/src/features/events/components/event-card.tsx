import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Event } from '@/api/events';
import { EventStatusBadge, MyRegistrationBadge } from '@/features/events/components/event-badges';
import { eventPath, seatsText, useEventTime } from '@/features/events/components/event-texts';

/** "Kreis Unna – Gesa Gastgeberin", or whichever of the two is known. */
export function hostText(event: Pick<Event, 'host'>): string | undefined {
  const parts = [event.host.municipality?.name, event.host.participant?.displayName].filter(
    Boolean,
  );
  return parts.length > 0 ? parts.join(' – ') : undefined;
}

/**
 * One event in a list: title (the link to its page), status and the caller's registration in
 * words, when, where, who hosts, and the seats while one can still come.
 */
export function EventCard({
  event,
  headingLevel = 2,
  now,
}: {
  event: Event;
  headingLevel?: 2 | 3;
  now: number;
}) {
  const { t } = useTranslation('events');
  const time = useEventTime();
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cancelled = event.status === 'CANCELLED';
  const ended = now >= Date.parse(event.endsAt);
  const when = time.range(event.startsAt, event.endsAt);
  const host = hostText(event);

  const item = (key: string, label: string, value: string) => (
    <div key={key} className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{value}</dd>
    </div>
  );

  return (
    <article className="kern-card kern-card--hug kn-card" aria-labelledby={`${id}-title`}>
      <div className="kern-card__container kn-stack">
        <Heading id={`${id}-title`} className="kern-heading-small">
          <Link to={eventPath(event.id)} className="kern-link">
            {event.title}
          </Link>
        </Heading>
        {(event.status !== 'PUBLISHED' || event.myRegistration) && (
          <p className="kn-badges">
            <EventStatusBadge status={event.status} />
            {event.myRegistration && <MyRegistrationBadge mine={event.myRegistration} />}
          </p>
        )}
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t('facts.when')}</dt>
            <dd className="kern-description-list-item__value">
              <time dateTime={event.startsAt}>{cancelled ? <s>{when}</s> : when}</time>
            </dd>
          </div>
          {item('where', t('facts.where'), `${event.venue.name}, ${event.venue.city}`)}
          {host && item('host', t('facts.host'), host)}
          {!cancelled && !ended && item('seats', t('facts.seats'), seatsText(t, event))}
        </dl>
      </div>
    </article>
  );
}
