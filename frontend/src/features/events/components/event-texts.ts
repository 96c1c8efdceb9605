import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AgendaItem, Event, MyRegistrationSummary } from '@/api/events';
import type { Registration } from '@/api/registrations';
import { formatLongDate, formatTime } from '@/lib/format';

type EventsT = TFunction<'events'>;

export const eventPath = (eventId: string) => `/veranstaltungen/${eventId}`;
export const eventsPath = (networkId: string, when: 'upcoming' | 'past' = 'upcoming') =>
  `/netzwerke/${networkId}/veranstaltungen${when === 'past' ? '?zeit=vergangen' : ''}`;

/** Times in words and Berlin time: "Donnerstag, 18. März 2027, 10:00–16:00 Uhr". */
export function useEventTime() {
  const { t, i18n } = useTranslation('events');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const range = (startsAt: string, endsAt: string) => {
    const day = formatLongDate(startsAt, locale);
    const endDay = formatLongDate(endsAt, locale);
    return day === endDay
      ? t('time.range', {
          day,
          start: formatTime(startsAt, locale),
          end: formatTime(endsAt, locale),
        })
      : t('time.days', {
          day,
          start: formatTime(startsAt, locale),
          endDay,
          end: formatTime(endsAt, locale),
        });
  };
  return {
    locale,
    range,
    at: (instant: string) =>
      t('time.at', { day: formatLongDate(instant, locale), time: formatTime(instant, locale) }),
    /** An agenda item's times; its day only when it differs from the event's first day. */
    itemRange: (item: Pick<AgendaItem, 'startsAt' | 'endsAt'>, eventStartsAt: string) =>
      formatLongDate(item.startsAt, locale) === formatLongDate(eventStartsAt, locale) &&
      formatLongDate(item.endsAt, locale) === formatLongDate(eventStartsAt, locale)
        ? t('time.clock', {
            start: formatTime(item.startsAt, locale),
            end: formatTime(item.endsAt, locale),
          })
        : range(item.startsAt, item.endsAt),
  };
}

/** "Noch 5 Plätze frei", "Ausgebucht – Warteliste" or "Unbegrenzte Plätze". */
export function seatsText(t: EventsT, seats: { seatsLeft?: number }): string {
  if (seats.seatsLeft === undefined) return t('seats.unlimited');
  if (seats.seatsLeft <= 0) return t('seats.full');
  return t('seats.left', { count: seats.seatsLeft });
}

/** Whether registering now puts one on the waitlist. */
export function isFull(seats: { seatsLeft?: number }): boolean {
  return seats.seatsLeft !== undefined && seats.seatsLeft <= 0;
}

/** The register button says what will happen. */
export function registerLabel(t: EventsT, event: Pick<Event, 'seatsLeft' | 'waitlisted'>): string {
  return isFull(event)
    ? t('register.toWaitlist', { position: event.waitlisted + 1 })
    : t('register.confirm');
}

/** The short form on cards: "Sie sind angemeldet", "Warteliste Platz 3". */
export function myStateShort(t: EventsT, mine: MyRegistrationSummary): string {
  if (mine.status === 'WAITLISTED') {
    return mine.waitlistPosition !== undefined
      ? t('mine.short.WAITLISTED', { position: mine.waitlistPosition })
      : t('mine.short.WAITLISTED_NO_POSITION');
  }
  return t(`mine.short.${mine.status}`);
}

/** The full sentence: "Sie sind angemeldet." or "Sie stehen auf Platz 3 der Warteliste." */
export function myStateSentence(
  t: EventsT,
  registration: Pick<Registration, 'status' | 'waitlistPosition'>,
): string {
  if (registration.status === 'WAITLISTED') {
    return registration.waitlistPosition !== undefined
      ? t('mine.state.WAITLISTED', { position: registration.waitlistPosition })
      : t('mine.state.WAITLISTED_NO_POSITION');
  }
  return t(`mine.state.${registration.status}`);
}

/** One sentence per agenda sign-up: "Für „Exkursion“ sind Sie angemeldet." */
export function signUpSentences(
  t: EventsT,
  registration: Pick<Registration, 'agendaSignUps'>,
  agenda: readonly AgendaItem[],
): string[] {
  return registration.agendaSignUps.map((signUp) => {
    const title =
      agenda.find((item) => item.id === signUp.agendaItemId)?.title ?? t('agenda.unknownItem');
    if (signUp.status === 'CONFIRMED') return t('mine.item.CONFIRMED', { title });
    return signUp.waitlistPosition !== undefined
      ? t('mine.item.WAITLISTED', { title, position: signUp.waitlistPosition })
      : t('mine.item.WAITLISTED_NO_POSITION', { title });
  });
}

/** Why registering is not possible right now, or `undefined` when it is. */
export function closedReason(t: EventsT, event: Event, now: number, at: (iso: string) => string) {
  if (event.registrationOpen) return undefined;
  if (event.status === 'CANCELLED') return t('closed.cancelled');
  if (event.status === 'DRAFT') return t('closed.draft');
  if (now >= Date.parse(event.endsAt)) return t('closed.over');
  if (event.registrationOpensAt && now < Date.parse(event.registrationOpensAt)) {
    return t('closed.notYet', { at: at(event.registrationOpensAt) });
  }
  if (event.registrationClosesAt && now >= Date.parse(event.registrationClosesAt)) {
    return t('closed.since', { at: at(event.registrationClosesAt) });
  }
  if (now >= Date.parse(event.startsAt)) return t('closed.started');
  return t('closed.other');
}
