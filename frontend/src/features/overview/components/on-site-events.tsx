import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  MyRegistrationSummary,
  UpcomingEventItem,
} from '@/features/overview/api/get-upcoming';
import { eventPath, useSessionTime } from '@/features/overview/components/overview-texts';
import { sessionHint } from '@/lib/relative-time';

/** A registration that holds a seat (confirmed, or attended while running); withdrawn ones count as none. */
function holdsSeat(mine: MyRegistrationSummary): boolean {
  return mine.status !== 'CANCELLED' && mine.status !== 'WAITLISTED';
}

/** My registration in words: "Sie sind angemeldet", "Warteliste Platz 3", or none yet with the way to the event. */
function MyRegistrationLine({ item }: { item: UpcomingEventItem }) {
  const { t } = useTranslation('overview');
  const { event } = item;
  const mine = event.myRegistration;
  if (mine && holdsSeat(mine)) {
    return (
      <p className="kn-badges">
        <span className="kern-badge kern-badge--success">
          <span className="kern-icon kern-icon--check" aria-hidden="true" />
          <span className="kern-label kern-label--small">{t('registration.CONFIRMED')}</span>
        </span>
      </p>
    );
  }
  if (mine?.status === 'WAITLISTED') {
    return (
      <p className="kn-badges">
        <span className="kern-badge kern-badge--info">
          <span className="kern-icon kern-icon--info" aria-hidden="true" />
          <span className="kern-label kern-label--small">
            {mine.waitlistPosition !== undefined
              ? t('registration.WAITLISTED', { position: mine.waitlistPosition })
              : t('registration.WAITLISTED_NO_POSITION')}
          </span>
        </span>
      </p>
    );
  }
  return (
    <p className="kern-body">
      {t('registration.none')}
      {' – '}
      <Link to={eventPath(event.id)} className="kern-link">
        {t('registration.toEvent')} <span className="kern-sr-only">– {event.title}</span>
      </Link>
    </p>
  );
}

/** One on-site event: network, title (the link to its page), when and how soon, where, status and my registration. */
function OnSiteEventCard({ item, now }: { item: UpcomingEventItem; now: Date }) {
  const { t } = useTranslation('overview');
  const time = useSessionTime();
  const id = useId();
  const { event } = item;
  const cancelled = event.status === 'CANCELLED';
  const when = time.span(event.startsAt, event.endsAt);
  const hint = sessionHint(event.startsAt, event.endsAt, now, time.locale);

  return (
    <article className="kern-card kern-card--hug kn-card" aria-labelledby={`${id}-title`}>
      <div className="kern-card__container kn-stack">
        <hgroup className="kn-stack">
          <p className="kern-preline">{item.networkName}</p>
          <h3 id={`${id}-title`} className="kern-heading-small">
            <Link to={eventPath(event.id)} className="kern-link">
              {event.title}
            </Link>
          </h3>
        </hgroup>
        <p className="kern-body kern-body--large">
          <time dateTime={event.startsAt}>{cancelled ? <s>{when}</s> : when}</time>
          {!cancelled && (
            <>
              {' – '}
              <strong>
                {hint.kind === 'upcoming'
                  ? hint.text
                  : hint.kind === 'running'
                    ? t('hint.running')
                    : t('hint.ended')}
              </strong>
            </>
          )}
        </p>
        <p className="kern-body">
          {t('event.place', { venue: event.venueName, city: event.city })}
        </p>
        {cancelled ? (
          <p className="kn-badges">
            <span className="kern-badge kern-badge--danger">
              <span className="kern-icon kern-icon--close" aria-hidden="true" />
              <span className="kern-label kern-label--small">{t('status.CANCELLED')}</span>
            </span>
          </p>
        ) : (
          <MyRegistrationLine item={item} />
        )}
      </div>
    </article>
  );
}

/** "Präsenztreffen": my networks' upcoming on-site events, soonest first. */
export function OnSiteEvents({ items, now }: { items: UpcomingEventItem[]; now: Date }) {
  const { t } = useTranslation('overview');
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="events-heading" className="kn-stack">
      <h2 id="events-heading" className="kern-heading-medium">
        {t('eventsTitle')}
      </h2>
      <div className="kn-cards">
        {items.map((item) => (
          <OnSiteEventCard key={item.event.id} item={item} now={now} />
        ))}
      </div>
    </section>
  );
}
