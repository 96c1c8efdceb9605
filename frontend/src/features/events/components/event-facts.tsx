import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Event } from '@/api/events';
import { seatsText, useEventTime } from '@/features/events/components/event-texts';
import { formatNumber } from '@/lib/format';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** Status in words: draft, cancelled, taking place or over. */
function StatusText({ event, now }: { event: Event; now: number }) {
  const { t } = useTranslation('events');
  if (event.status === 'CANCELLED') {
    return (
      <span className="kern-badge kern-badge--danger">
        <span className="kern-icon kern-icon--close" aria-hidden="true" />
        <span className="kern-label kern-label--small">{t('status.CANCELLED')}</span>
      </span>
    );
  }
  if (event.status === 'DRAFT') {
    return (
      <span className="kern-badge kern-badge--warning">
        <span className="kern-icon kern-icon--draft" aria-hidden="true" />
        <span className="kern-label kern-label--small">{t('status.DRAFT')}</span>
      </span>
    );
  }
  const over = now >= Date.parse(event.endsAt);
  return (
    <span className="kern-badge kern-badge--info">
      <span className="kern-icon kern-icon--check" aria-hidden="true" />
      <span className="kern-label kern-label--small">
        {over ? t('status.OVER') : t('status.PUBLISHED')}
      </span>
    </span>
  );
}

/**
 * When, status, where (full address, room), accessibility, directions by public transport, the
 * host (links to the municipality and the person), seats and the registration window.
 */
export function EventFacts({ event, now }: { event: Event; now: number }) {
  const { t } = useTranslation('events');
  const time = useEventTime();
  const { venue, host } = event;
  const number = (value: number) => formatNumber(value, time.locale);
  const cancelled = event.status === 'CANCELLED';
  const when = time.range(event.startsAt, event.endsAt);

  const counts =
    event.capacity !== undefined
      ? t('facts.taken', {
          confirmed: number(event.confirmed),
          capacity: number(event.capacity),
          count: event.capacity,
        })
      : t('facts.registered', { count: event.confirmed, formatted: number(event.confirmed) });

  const registrationWindow =
    event.registrationOpensAt && event.registrationClosesAt
      ? t('facts.window.between', {
          from: time.at(event.registrationOpensAt),
          to: time.at(event.registrationClosesAt),
        })
      : event.registrationOpensAt
        ? t('facts.window.from', { from: time.at(event.registrationOpensAt) })
        : event.registrationClosesAt
          ? t('facts.window.until', { to: time.at(event.registrationClosesAt) })
          : undefined;

  return (
    <dl className="kern-description-list">
      <Item label={t('facts.when')}>
        <time dateTime={event.startsAt}>{cancelled ? <s>{when}</s> : when}</time>
      </Item>
      <Item label={t('facts.status')}>
        <StatusText event={event} now={now} />
      </Item>
      <Item label={t('facts.venue')}>
        <address className="kn-address">
          {venue.name}
          {venue.street && (
            <>
              <br />
              {venue.street}
            </>
          )}
          <br />
          {venue.postalCode ? `${venue.postalCode} ${venue.city}` : venue.city}
        </address>
      </Item>
      {venue.room && <Item label={t('facts.room')}>{venue.room}</Item>}
      <Item label={t('facts.accessibility')}>
        <span className="kn-prose">{venue.accessibilityNotes || t('facts.notGiven')}</span>
      </Item>
      <Item label={t('facts.directions')}>
        <span className="kn-prose">{venue.directions || t('facts.notGiven')}</span>
      </Item>
      <Item label={t('facts.host')}>
        {host.municipality || host.participant ? (
          <span>
            {host.municipality && (
              <Link to={`/kommunen/${host.municipality.id}`} className="kern-link">
                {host.municipality.name}
              </Link>
            )}
            {host.municipality && host.participant && ' – '}
            {host.participant && (
              <Link to={`/personen/${host.participant.id}`} className="kern-link">
                {host.participant.displayName}
              </Link>
            )}
          </span>
        ) : (
          t('facts.notGiven')
        )}
      </Item>
      {!cancelled && (
        <Item label={t('facts.seats')}>
          {now < Date.parse(event.endsAt) && (
            <>
              <strong>{seatsText(t, event)}</strong>
              <br />
            </>
          )}
          {counts}
          {event.waitlisted > 0 && (
            <>
              <br />
              {t('facts.waiting', { count: event.waitlisted, formatted: number(event.waitlisted) })}
            </>
          )}
        </Item>
      )}
      {registrationWindow && !cancelled && (
        <Item label={t('facts.window.label')}>{registrationWindow}</Item>
      )}
    </dl>
  );
}
