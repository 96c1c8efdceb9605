import {
  fieldOfViolation,
  formRecurrence,
  recurrenceOf,
  toInput,
  toValues,
  validate,
} from '@/features/online-rooms/components/room-form-values';
import { buildRrule } from '@/features/online-rooms/utils/rrule';
import { seedRoom } from '@/testing/rooms-fixtures';

describe('formRecurrence', () => {
  it('reads the rules the form can show', () => {
    expect(formRecurrence('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', '2026-01-13')).toEqual({
      freq: 'WEEKLY',
      weeklyInterval: 2,
      weekDays: ['TU'],
      ending: 'never',
    });
    expect(formRecurrence('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20271231', '2026-01-30')).toEqual({
      freq: 'MONTHLY',
      monthlyPosition: -1,
      monthlyDay: 'FR',
      ending: 'until',
      until: '2027-12-31',
    });
    expect(formRecurrence('FREQ=WEEKLY;COUNT=12', '2026-01-13')).toMatchObject({
      weekDays: ['TU'],
      ending: 'count',
      count: '12',
    });
  });

  it.each([
    'FREQ=WEEKLY;INTERVAL=6;BYDAY=TU',
    'FREQ=MONTHLY',
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=TU;BYSETPOS=1',
    'FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1',
    'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-2',
    'FREQ=DAILY',
  ])('leaves %s alone', (rrule) => {
    expect(formRecurrence(rrule, '2026-01-13')).toBeUndefined();
  });
});

describe('values and input', () => {
  it('round-trip a room: the rule the form builds is the room rule', () => {
    const { values, representable } = toValues(seedRoom, '2026-11-25');
    expect(representable).toBe(true);
    expect(buildRrule(recurrenceOf(values))).toBe(seedRoom.schedule.rrule);
    expect(values.startDate).toBe(seedRoom.nextSession!.date);
    expect(values.endTime).toBe('11:30');
  });

  it('sends the original schedule when given, a built one otherwise', () => {
    const { values } = toValues(seedRoom, '2026-11-25');
    expect(toInput(values, seedRoom.schedule).schedule).toEqual(seedRoom.schedule);
    expect(toInput({ ...values, endTime: '12:00' }, undefined).schedule).toEqual({
      startDate: '2030-12-10',
      startTime: '10:00',
      durationMinutes: 120,
      timeZone: 'Europe/Berlin',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    });
  });

  it('starts a new room on the given day, every second week on its weekday', () => {
    const { values } = toValues(undefined, '2026-12-10');
    expect(values.weekDays).toEqual(['TH']);
    expect(buildRrule(recurrenceOf(values))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    expect(
      validate({ ...values, title: 'x', joinUrl: 'https://a.example' }, { checkSchedule: true }),
    ).toEqual({});
  });
});

describe('validate', () => {
  const { values } = toValues(seedRoom, '2026-11-25');

  it('needs a title and an https address', () => {
    expect(
      validate({ ...values, title: ' ', joinUrl: 'ftp://x' }, { checkSchedule: false }),
    ).toEqual({
      title: 'form.errors.titleRequired',
      joinUrl: 'form.errors.joinUrlHttps',
    });
    expect(
      validate({ ...values, joinUrl: 'javascript:alert(1)' }, { checkSchedule: false }),
    ).toEqual({
      joinUrl: 'form.errors.joinUrlHttps',
    });
  });

  it('checks the schedule only when asked', () => {
    const broken = { ...values, endTime: '09:00', weekDays: [] };
    expect(validate(broken, { checkSchedule: false })).toEqual({});
    expect(validate(broken, { checkSchedule: true })).toEqual({
      endTime: 'form.errors.endTimeBeforeStart',
      repeat: 'form.errors.weekDaysRequired',
    });
  });

  it('wants a first day that fits, not in the past, and a sensible end', () => {
    expect(validate({ ...values, startDate: '2030-12-11' }, { checkSchedule: true })).toEqual({
      startDate: 'form.errors.startDateNotFitting',
    });
    expect(validate(values, { checkSchedule: true, notBefore: '2031-01-01' })).toEqual({
      startDate: 'form.errors.startDatePast',
    });
    expect(validate({ ...values, ending: 'count', count: '0' }, { checkSchedule: true })).toEqual({
      count: 'form.errors.countInvalid',
    });
    expect(
      validate({ ...values, ending: 'until', until: '2030-01-01' }, { checkSchedule: true }),
    ).toEqual({ until: 'form.errors.untilBeforeStart' });
    expect(
      validate({ ...values, endTime: '23:30', startTime: '06:00' }, { checkSchedule: true }),
    ).toEqual({
      endTime: 'form.errors.durationTooLong',
    });
  });
});

describe('fieldOfViolation', () => {
  it.each([
    ['title', 'title'],
    ['joinUrl', 'joinUrl'],
    ['moderatorIds[0]', 'moderatorIds'],
    ['schedule.startDate', 'startDate'],
    ['schedule.durationMinutes', 'endTime'],
    ['schedule.rrule', 'repeat'],
    ['schedule.timeZone', undefined],
    ['body', undefined],
    [undefined, undefined],
  ])('%s -> %s', (path, field) => {
    expect(fieldOfViolation(path)).toBe(field);
  });
});
