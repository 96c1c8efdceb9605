const TIME_ZONE = 'Europe/Berlin';

/** UI language -> Intl locale; English readers here are Europeans, so British English (24 h clock). */
const INTL_LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

function intlLocale(language: string): string {
  return INTL_LOCALES[language] ?? language;
}

/** Date and time in Berlin time, e.g. "25.11.2026, 14:30" (de) or "25 Nov 2026, 14:30" (en). */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** A calendar date (`YYYY-MM-DD`, no time of day), e.g. "01.09.2026" (de) or "1 Sept 2026" (en). */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/** The day of an instant in Berlin, written out, e.g. "Dienstag, 8. Dezember 2026" (de) or "Tuesday, 8 December 2026" (en). */
export function formatLongDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'full',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** The time of day of an instant in Berlin, e.g. "10:00". */
export function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** Today's calendar date in Berlin as `YYYY-MM-DD` (the format of `<input type="date">` and the API). */
export function todayInBerlin(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: TIME_ZONE,
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
