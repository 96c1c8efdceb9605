import { useTranslation } from 'react-i18next';
import type { JoinTexts } from '@/components/ui/join-details';
import { formatDate, formatLongDate, formatTime } from '@/lib/format';

/** The texts of the join link, access code and dial-in. */
export function useJoinTexts(): JoinTexts {
  const { t } = useTranslation('rooms');
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

/** Session times in words and Berlin time: "Dienstag, 8. Dezember 2026, 10:00–11:30 Uhr". */
export function useSessionTime() {
  const { t, i18n } = useTranslation('rooms');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return {
    locale,
    range: (startsAt: string, endsAt: string) =>
      t('time.range', {
        date: formatLongDate(startsAt, locale),
        from: formatTime(startsAt, locale),
        to: formatTime(endsAt, locale),
      }),
    at: (instant: string) =>
      t('time.at', { date: formatLongDate(instant, locale), time: formatTime(instant, locale) }),
    /** The session's original date (its identifier), e.g. "08.12.2026". */
    day: (isoDate: string) => formatDate(isoDate, locale),
  };
}
