import { useTranslation } from 'react-i18next';
import type { AgendaItem, Event } from '@/api/events';
import { seatsText, useEventTime } from '@/features/events/components/event-texts';
import { formatNumber } from '@/lib/format';

function SignUpInfo({ item, open }: { item: AgendaItem; open: boolean }) {
  const { t, i18n } = useTranslation('events');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (
    <p className="kern-body">
      <strong>{t('agenda.signUpRequired')}</strong>
      {open && <> – {seatsText(t, item)}</>}
      {item.waitlisted > 0 && (
        <>
          {' '}
          (
          {t('facts.waiting', {
            count: item.waitlisted,
            formatted: formatNumber(item.waitlisted, locale),
          })}
          )
        </>
      )}
    </p>
  );
}

/**
 * The agenda as a timeline: an ordered list in the agenda's order, each item with its times, its
 * kind in words, its speaker and, where it needs its own sign-up, the seats left.
 */
export function AgendaTimeline({ event, now }: { event: Event; now: number }) {
  const { t } = useTranslation('events');
  const time = useEventTime();
  const open = event.status !== 'CANCELLED' && now < Date.parse(event.endsAt);

  return (
    <section aria-labelledby="agenda-heading" className="kn-stack">
      <h2 id="agenda-heading" className="kern-heading-medium">
        {t('agenda.title')}
      </h2>
      {event.agenda.length === 0 ? (
        <p className="kern-body">{t('agenda.none')}</p>
      ) : (
        <ol className="kn-agenda">
          {event.agenda.map((item) => (
            <li key={item.id} className="kn-agenda__item kn-stack">
              <p className="kern-preline">
                <time dateTime={item.startsAt}>{time.itemRange(item, event.startsAt)}</time>
                {' · '}
                {t(`agenda.kind.${item.kind}`)}
              </p>
              <h3 className="kern-heading-small">{item.title}</h3>
              {item.speaker && (
                <p className="kern-body">{t('agenda.speaker', { speaker: item.speaker })}</p>
              )}
              {item.signUpRequired && <SignUpInfo item={item} open={open} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
