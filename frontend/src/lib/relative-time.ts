import { todayInBerlin } from '@/lib/format';

const INTL_LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

/** What to say about when a session takes place, seen from `now`. */
export type SessionHint =
  | { kind: 'running' }
  | { kind: 'ended' }
  /** A localised phrase: "in 20 Minuten", "heute", "morgen", "übermorgen", "in 5 Tagen". */
  | { kind: 'upcoming'; text: string };

const MINUTE = 60_000;

function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round(
    (Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`)) / 86_400_000,
  );
}

/**
 * A relative hint for a session: running, ended, within the hour in minutes ("in 20 Minuten"),
 * otherwise in calendar days of Berlin ("heute", "morgen", "in 5 Tagen").
 */
export function sessionHint(
  startsAt: string,
  endsAt: string,
  now: Date,
  locale: string,
): SessionHint {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  const at = now.getTime();
  if (at >= end) return { kind: 'ended' };
  if (at >= start) return { kind: 'running' };
  const format = new Intl.RelativeTimeFormat(INTL_LOCALES[locale] ?? locale, { numeric: 'auto' });
  const minutes = Math.ceil((start - at) / MINUTE);
  if (minutes <= 60) return { kind: 'upcoming', text: format.format(minutes, 'minute') };
  const days = daysBetween(todayInBerlin(now), todayInBerlin(new Date(start)));
  return { kind: 'upcoming', text: format.format(days, 'day') };
}

/** Check-in is open from 15 minutes before the start until the end, unless the session is cancelled. */
export function checkInOpenAt(
  session: { startsAt: string; endsAt: string; status: string },
  now: Date,
): boolean {
  if (session.status === 'CANCELLED') return false;
  const at = now.getTime();
  return at >= Date.parse(session.startsAt) - 15 * MINUTE && at < Date.parse(session.endsAt);
}
