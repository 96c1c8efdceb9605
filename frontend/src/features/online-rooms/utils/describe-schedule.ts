import type { TFunction } from 'i18next';
import { parseRrule, weekdayOf, type Recurrence } from '@/features/online-rooms/utils/rrule';
import { formatDate } from '@/lib/format';

/** What a schedule in words needs; the API's `Schedule` has it. */
export type ScheduleLike = {
  startDate: string;
  startTime: string;
  durationMinutes: number;
  timeZone?: string;
  rrule: string;
};

const LIST_LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };
const DEFAULT_ZONE = 'Europe/Berlin';

/** `HH:MM` plus minutes, on a 24-hour clock. */
export function endTime(startTime: string, durationMinutes: number): string {
  const [hours = 0, minutes = 0] = startTime.split(':').map(Number);
  const total = (((hours * 60 + minutes + durationMinutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

type OrdinalKey = 'schedule.ordinal.1';

function pattern(rule: Recurrence, startDate: string, t: TFunction<'rooms'>, locale: string) {
  const days = rule.byDay.length > 0 ? rule.byDay : [weekdayOf(startDate)];
  const day = new Intl.ListFormat(LIST_LOCALES[locale] ?? locale, { type: 'conjunction' }).format(
    days.map((d) => t(`weekday.${d}`)),
  );
  const ordinal = (n: number) => t(`schedule.ordinal.${n}` as OrdinalKey);
  const count = rule.interval;

  if (rule.freq === 'MONTHLY' && rule.byDay.length === 0) {
    const dayOfMonth = Number(startDate.slice(8, 10));
    return count === 1
      ? t('schedule.monthlyDay', { day: dayOfMonth })
      : t('schedule.monthlyDayEvery', { day: dayOfMonth, count });
  }
  if (rule.freq === 'MONTHLY' && rule.setPos !== undefined) {
    if (count > 1) return t('schedule.monthlyNthEvery', { nth: ordinal(rule.setPos), day, count });
    return rule.setPos > 0
      ? t('schedule.monthlyNth', { nth: ordinal(rule.setPos), day })
      : t('schedule.monthlyFromEnd', { nth: ordinal(rule.setPos), day });
  }
  if (rule.freq === 'MONTHLY') {
    // every such weekday of every n-th month
    return count === 1
      ? t('schedule.weekly', { day })
      : t('schedule.monthlyAllDays', { day, count });
  }
  if (count === 1) return t('schedule.weekly', { day });
  if (count <= 4 && days.length === 1) return t('schedule.weeklyNth', { nth: ordinal(count), day });
  return t('schedule.weeklyEvery', { day, count });
}

/**
 * A schedule in words, e.g. "jeden zweiten Dienstag, 10:00–11:30 Uhr, bis 31.12.2027" or
 * "every third Thursday of the month, 10:00–11:30, 12 sessions". A rule it cannot read is quoted.
 */
export function describeSchedule(
  schedule: ScheduleLike,
  t: TFunction<'rooms'>,
  locale: string,
): string {
  const zone = schedule.timeZone ?? DEFAULT_ZONE;
  const time =
    t('schedule.time', {
      from: schedule.startTime,
      to: endTime(schedule.startTime, schedule.durationMinutes),
    }) + (zone === DEFAULT_ZONE ? '' : ` ${t('schedule.timeZone', { zone })}`);

  let rule: Recurrence;
  try {
    rule = parseRrule(schedule.rrule);
  } catch {
    return [t('schedule.unknown', { rrule: schedule.rrule }), time].join(', ');
  }
  const parts = [pattern(rule, schedule.startDate, t, locale), time];
  if (rule.until) parts.push(t('schedule.until', { date: formatDate(rule.until, locale) }));
  if (rule.count) parts.push(t('schedule.count', { count: rule.count }));
  return parts.join(', ');
}
