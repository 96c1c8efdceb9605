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

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}
