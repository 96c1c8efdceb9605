import type { OnlineRoom } from '@/features/online-rooms/api/get-rooms';
import type { OnlineRoomInput } from '@/features/online-rooms/api/manage-rooms';
import { endTime } from '@/features/online-rooms/utils/describe-schedule';
import {
  buildRrule,
  fitsPattern,
  parseRrule,
  weekdayOf,
  type Recurrence,
  type Weekday,
} from '@/features/online-rooms/utils/rrule';

export const WEEKLY_INTERVALS = [1, 2, 3, 4] as const;
export const MONTHLY_POSITIONS = [1, 2, 3, 4, -1] as const;
export type MonthlyPosition = (typeof MONTHLY_POSITIONS)[number];
export type Ending = 'never' | 'count' | 'until';

/** What the form edits: plain strings for inputs, the repetition in words rather than RRULE parts. */
export type RoomValues = {
  title: string;
  description: string;
  joinUrl: string;
  accessCode: string;
  dialIn: string;
  moderatorIds: string[];
  startDate: string;
  startTime: string;
  endTime: string;
  freq: 'WEEKLY' | 'MONTHLY';
  weeklyInterval: number;
  weekDays: Weekday[];
  monthlyPosition: MonthlyPosition;
  monthlyDay: Weekday;
  ending: Ending;
  count: string;
  until: string;
};

export type RoomField =
  | 'title'
  | 'description'
  | 'joinUrl'
  | 'accessCode'
  | 'dialIn'
  | 'moderatorIds'
  | 'startDate'
  | 'startTime'
  | 'endTime'
  | 'repeat'
  | 'count'
  | 'until';

/** Order of the fields on the page, which is also the order of the error summary. */
export const ROOM_FIELDS: readonly RoomField[] = [
  'title',
  'description',
  'joinUrl',
  'accessCode',
  'dialIn',
  'moderatorIds',
  'startDate',
  'startTime',
  'endTime',
  'repeat',
  'count',
  'until',
];

export const SCHEDULE_FIELDS: readonly (keyof RoomValues)[] = [
  'startDate',
  'startTime',
  'endTime',
  'freq',
  'weeklyInterval',
  'weekDays',
  'monthlyPosition',
  'monthlyDay',
  'ending',
  'count',
  'until',
];

export const LIMITS = {
  title: 200,
  description: 5000,
  joinUrl: 2000,
  accessCode: 100,
  dialIn: 500,
  moderators: 20,
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The id of the control an error of `field` points to (the summary links there). */
export function fieldId(field: RoomField): string {
  return `room-${field}`;
}

/** The repetition the form can show; `undefined` for a rule it cannot (e.g. every six weeks). */
export function formRecurrence(rrule: string, startDate: string): Partial<RoomValues> | undefined {
  let rule: Recurrence;
  try {
    rule = parseRrule(rrule);
  } catch {
    return undefined;
  }
  const ending: Partial<RoomValues> =
    rule.count !== undefined
      ? { ending: 'count', count: String(rule.count) }
      : rule.until !== undefined
        ? { ending: 'until', until: rule.until }
        : { ending: 'never' };
  if (rule.freq === 'WEEKLY') {
    if (!(WEEKLY_INTERVALS as readonly number[]).includes(rule.interval)) return undefined;
    return {
      freq: 'WEEKLY',
      weeklyInterval: rule.interval,
      weekDays: rule.byDay.length > 0 ? rule.byDay : [weekdayOf(startDate)],
      ...ending,
    };
  }
  const position = rule.setPos;
  if (
    rule.interval !== 1 ||
    rule.byDay.length !== 1 ||
    position === undefined ||
    !(MONTHLY_POSITIONS as readonly number[]).includes(position)
  ) {
    return undefined;
  }
  return {
    freq: 'MONTHLY',
    monthlyPosition: position as MonthlyPosition,
    monthlyDay: rule.byDay[0]!,
    ...ending,
  };
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Minutes from start to end time on the same day (negative or zero when the end is not later). */
export function durationOf(values: Pick<RoomValues, 'startTime' | 'endTime'>): number {
  return minutesOf(values.endTime) - minutesOf(values.startTime);
}

/**
 * The form's starting values: a new room starts on `firstDate` (a date to suggest, e.g. today),
 * weekly on that weekday, 10:00–11:30; an existing room's schedule applies from its next session.
 * `representable` is false when the room's rule cannot be shown by the form.
 */
export function toValues(
  room: OnlineRoom | undefined,
  firstDate: string,
): { values: RoomValues; representable: boolean } {
  const base: RoomValues = {
    title: '',
    description: '',
    joinUrl: '',
    accessCode: '',
    dialIn: '',
    moderatorIds: [],
    startDate: firstDate,
    startTime: '10:00',
    endTime: '11:30',
    freq: 'WEEKLY',
    weeklyInterval: 2,
    weekDays: [weekdayOf(firstDate)],
    monthlyPosition: 1,
    monthlyDay: weekdayOf(firstDate),
    ending: 'never',
    count: '',
    until: '',
  };
  if (!room) return { values: base, representable: true };
  const { schedule } = room;
  const recurrence = formRecurrence(schedule.rrule, schedule.startDate);
  const values: RoomValues = {
    ...base,
    title: room.title,
    description: room.description ?? '',
    joinUrl: room.joinUrl ?? '',
    accessCode: room.accessCode ?? '',
    dialIn: room.dialIn ?? '',
    moderatorIds: room.moderators.map((person) => person.id),
    startDate: room.nextSession?.date ?? firstDate,
    startTime: schedule.startTime.slice(0, 5),
    endTime: endTime(schedule.startTime, schedule.durationMinutes),
    ...recurrence,
  };
  return { values, representable: recurrence !== undefined };
}

/** The rule the form's repetition and ending stand for. */
export function recurrenceOf(values: RoomValues): Recurrence {
  const rule: Recurrence =
    values.freq === 'WEEKLY'
      ? { freq: 'WEEKLY', interval: values.weeklyInterval, byDay: values.weekDays }
      : {
          freq: 'MONTHLY',
          interval: 1,
          byDay: [values.monthlyDay],
          setPos: values.monthlyPosition,
        };
  if (values.ending === 'count') rule.count = Number(values.count);
  if (values.ending === 'until') rule.until = values.until;
  return rule;
}

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The request body. When the schedule was not touched while editing, the room's schedule is sent
 * back as it was, so saving a new title does not start a new schedule period.
 */
export function toInput(
  values: RoomValues,
  original: OnlineRoom['schedule'] | undefined,
): OnlineRoomInput {
  return {
    title: values.title.trim(),
    description: orNull(values.description),
    joinUrl: values.joinUrl.trim(),
    accessCode: orNull(values.accessCode),
    dialIn: orNull(values.dialIn),
    moderatorIds: values.moderatorIds,
    schedule: original
      ? { ...original }
      : {
          startDate: values.startDate,
          startTime: values.startTime,
          durationMinutes: durationOf(values),
          timeZone: 'Europe/Berlin',
          rrule: buildRrule(recurrenceOf(values)),
        },
  };
}

/** Whether any part of the schedule differs between two value sets. */
export function scheduleChanged(a: RoomValues, b: RoomValues): boolean {
  return SCHEDULE_FIELDS.some((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/** Error keys (of the `rooms` namespace) per field; the same rules as the API's. */
export type RoomErrorKey =
  | 'form.errors.titleRequired'
  | 'form.errors.titleTooLong'
  | 'form.errors.descriptionTooLong'
  | 'form.errors.joinUrlRequired'
  | 'form.errors.joinUrlHttps'
  | 'form.errors.joinUrlTooLong'
  | 'form.errors.accessCodeTooLong'
  | 'form.errors.dialInTooLong'
  | 'form.errors.moderatorsTooMany'
  | 'form.errors.startDateRequired'
  | 'form.errors.startDatePast'
  | 'form.errors.startDateNotFitting'
  | 'form.errors.startTimeRequired'
  | 'form.errors.endTimeRequired'
  | 'form.errors.endTimeBeforeStart'
  | 'form.errors.durationTooLong'
  | 'form.errors.weekDaysRequired'
  | 'form.errors.countInvalid'
  | 'form.errors.untilRequired'
  | 'form.errors.untilBeforeStart';

function isDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * Checks the values; the schedule only when `checkSchedule` (a new room, or a changed schedule,
 * whose first date must then be today or later: `today` set).
 */
export function validate(
  values: RoomValues,
  options: { checkSchedule: boolean; notBefore?: string },
): Partial<Record<RoomField, RoomErrorKey>> {
  const errors: Partial<Record<RoomField, RoomErrorKey>> = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'form.errors.titleRequired';
  else if (title.length > LIMITS.title) errors.title = 'form.errors.titleTooLong';
  if (values.description.trim().length > LIMITS.description) {
    errors.description = 'form.errors.descriptionTooLong';
  }
  const joinUrl = values.joinUrl.trim();
  if (joinUrl === '') errors.joinUrl = 'form.errors.joinUrlRequired';
  else if (joinUrl.length > LIMITS.joinUrl) errors.joinUrl = 'form.errors.joinUrlTooLong';
  else {
    let https = false;
    try {
      const url = new URL(joinUrl);
      https = url.protocol === 'https:' && url.hostname !== '';
    } catch {
      https = false;
    }
    if (!https) errors.joinUrl = 'form.errors.joinUrlHttps';
  }
  if (values.accessCode.trim().length > LIMITS.accessCode) {
    errors.accessCode = 'form.errors.accessCodeTooLong';
  }
  if (values.dialIn.trim().length > LIMITS.dialIn) errors.dialIn = 'form.errors.dialInTooLong';
  if (values.moderatorIds.length > LIMITS.moderators) {
    errors.moderatorIds = 'form.errors.moderatorsTooMany';
  }
  if (!options.checkSchedule) return errors;

  if (!isDate(values.startDate)) errors.startDate = 'form.errors.startDateRequired';
  else if (options.notBefore && values.startDate < options.notBefore) {
    errors.startDate = 'form.errors.startDatePast';
  }
  if (!TIME.test(values.startTime)) errors.startTime = 'form.errors.startTimeRequired';
  if (!TIME.test(values.endTime)) errors.endTime = 'form.errors.endTimeRequired';
  else if (TIME.test(values.startTime)) {
    const minutes = durationOf(values);
    if (minutes < 5) errors.endTime = 'form.errors.endTimeBeforeStart';
    else if (minutes > 720) errors.endTime = 'form.errors.durationTooLong';
  }
  if (values.freq === 'WEEKLY' && values.weekDays.length === 0) {
    errors.repeat = 'form.errors.weekDaysRequired';
  }
  if (!errors.startDate && !errors.repeat && !fitsPattern(recurrenceOf(values), values.startDate)) {
    errors.startDate = 'form.errors.startDateNotFitting';
  }
  if (values.ending === 'count') {
    const count = Number(values.count);
    if (!/^\d+$/.test(values.count.trim()) || count < 1 || count > 1000) {
      errors.count = 'form.errors.countInvalid';
    }
  }
  if (values.ending === 'until') {
    if (!isDate(values.until)) errors.until = 'form.errors.untilRequired';
    else if (isDate(values.startDate) && values.until < values.startDate) {
      errors.until = 'form.errors.untilBeforeStart';
    }
  }
  return errors;
}

/** Maps a violation's JSON path from the API (`schedule.rrule`, `moderatorIds[0]`) to a form field. */
export function fieldOfViolation(path: string | undefined): RoomField | undefined {
  if (!path) return undefined;
  const [head = '', second = ''] = path.split(/[.[\]]+/);
  if (head === 'schedule') {
    if (second === 'startDate') return 'startDate';
    if (second === 'startTime') return 'startTime';
    if (second === 'durationMinutes') return 'endTime';
    if (second === 'rrule') return 'repeat';
    return undefined;
  }
  return (ROOM_FIELDS as readonly string[]).includes(head) ? (head as RoomField) : undefined;
}
