/**
 * Wall-clock dates and times in Berlin (`YYYY-MM-DD`, `HH:MM`, what `<input type="date">` and
 * `<input type="time">` hold) to and from ISO 8601 instants with offset, what the API speaks.
 * For showing dates and times to people see `format.ts`.
 */
const TIME_ZONE = 'Europe/Berlin';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Berlin's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `+01:00` for 60 minutes, `+02:00` for 120. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The date and time read as if they were UTC, in milliseconds. */
function wallClockAsUtc(
  date: string,
  time: string,
): { asUtc: number; hours: number; minutes: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return { asUtc: Date.UTC(year, month - 1, day, hours, minutes), hours, minutes };
}

/** Whether `YYYY-MM-DD` names a real calendar day (no 31 April). */
export function isCalendarDate(date: string): boolean {
  const match = ISO_DATE.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return (
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day
  );
}

/** Whether `HH:MM` is a time of day (24-hour clock). */
export function isTimeOfDay(time: string): boolean {
  return TIME.test(time);
}

/**
 * A wall-clock date and time in Berlin as ISO 8601 with the offset that applies on that day, e.g.
 * `2027-03-18T10:00:00+01:00` in winter and `2027-07-01T10:00:00+02:00` in summer.
 *
 * On the day the clocks go forward (last Sunday of March) 02:00–02:59 does not exist: `null`, so
 * the form can say so instead of silently picking another hour. On the day they go back (last
 * Sunday of October) 02:00–02:59 happens twice: the first one (summer time, `+02:00`) is meant,
 * as java.time does it. Invalid input is `null` as well.
 */
export function berlinToIso(date: string, time: string): string | null {
  if (!isCalendarDate(date) || !isTimeOfDay(time)) return null;
  const { asUtc, hours, minutes } = wallClockAsUtc(date, time);
  // The offsets in force around that day; a candidate fits when the instant it gives has it.
  const candidates = new Set([
    offsetMinutes(asUtc - 24 * 60 * 60_000),
    offsetMinutes(asUtc + 24 * 60 * 60_000),
  ]);
  const fitting = [...candidates]
    .filter((offset) => offsetMinutes(asUtc - offset * 60_000) === offset)
    // the larger offset is the earlier instant
    .sort((a, b) => b - a);
  const offset = fitting[0];
  if (offset === undefined) return null;
  return `${date}T${pad(hours)}:${pad(minutes)}:00${offsetText(offset)}`;
}

/**
 * The Berlin calendar date (`YYYY-MM-DD`) and time of day (`HH:MM`) of an instant, whatever
 * offset it was written with; empty parts for what is not an instant.
 */
export function isoToBerlin(iso: string): { date: string; time: string } {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return { date: '', time: '' };
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** A time of day moved by some minutes, kept within the day (`23:59` at most), e.g. for a new agenda item. */
export function addMinutes(time: string, minutes: number): string {
  if (!isTimeOfDay(time)) return time;
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = Math.max(0, Math.min(23 * 60 + 59, hours * 60 + mins + minutes));
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** Whole minutes between two instants. */
export function minutesBetween(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000);
}
