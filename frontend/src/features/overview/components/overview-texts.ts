import { useTranslation } from 'react-i18next';
import type { JoinTexts } from '@/components/ui/join-details';
import { formatLongDate, formatTime } from '@/lib/format';

export function useJoinTexts(): JoinTexts {
  const { t } = useTranslation('overview');
  return {
    join: t('join.join'),
    newWindow: t('join.newWindow'),
    accessCode: t('join.accessCode'),
    copyCode: t('join.copyCode'),
    codeCopied: t('join.codeCopied'),
    copyFailed: t('join.copyFailed'),
    dialIn: t('join.dialIn'),
  };
}

/** "Dienstag, 8. Dezember 2026, 10:00–11:30 Uhr" in Berlin time. */
export function useSessionTime() {
  const { t, i18n } = useTranslation('overview');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return {
    locale,
    range: (startsAt: string, endsAt: string) =>
      t('time.range', {
        date: formatLongDate(startsAt, locale),
        from: formatTime(startsAt, locale),
        to: formatTime(endsAt, locale),
      }),
    /** Like `range`, but with both days when an on-site event lasts over midnight. */
    span: (startsAt: string, endsAt: string) => {
      const date = formatLongDate(startsAt, locale);
      const endDate = formatLongDate(endsAt, locale);
      return date === endDate
        ? t('time.range', {
            date,
            from: formatTime(startsAt, locale),
            to: formatTime(endsAt, locale),
          })
        : t('time.days', {
            date,
            from: formatTime(startsAt, locale),
            endDate,
            to: formatTime(endsAt, locale),
          });
    },
    at: (instant: string) =>
      t('time.at', { date: formatLongDate(instant, locale), time: formatTime(instant, locale) }),
  };
}

export function eventPath(eventId: string): string {
  return `/veranstaltungen/${eventId}`;
}

export function sessionPath(roomId: string, date: string): string {
  return `/online-raeume/${roomId}/termine/${date}`;
}
