import type { TFunction } from 'i18next';
import { describeSchedule, endTime } from '@/features/online-rooms/utils/describe-schedule';
import { initI18n } from '@/lib/i18n';

async function translator(language: 'de' | 'en'): Promise<TFunction<'rooms'>> {
  const i18n = await initI18n(language, ['common', 'rooms']);
  return i18n.getFixedT(language, 'rooms');
}

const base = { startDate: '2026-01-13', startTime: '10:00', durationMinutes: 90 };

describe('endTime', () => {
  it('adds the duration on a 24-hour clock', () => {
    expect(endTime('10:00', 90)).toBe('11:30');
    expect(endTime('23:30', 45)).toBe('00:15');
    expect(endTime('09:05', 5)).toBe('09:10');
  });
});

describe('describeSchedule in German', () => {
  let t: TFunction<'rooms'>;
  beforeAll(async () => {
    t = await translator('de');
  });
  const say = (rrule: string, extra: Partial<typeof base> & { timeZone?: string } = {}) =>
    describeSchedule({ ...base, ...extra, rrule }, t, 'de');

  it.each([
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'jeden zweiten Dienstag, 10:00–11:30 Uhr'],
    ['FREQ=WEEKLY;BYDAY=TU', 'jeden Dienstag, 10:00–11:30 Uhr'],
    ['FREQ=WEEKLY;INTERVAL=3;BYDAY=WE', 'jeden dritten Mittwoch, 10:00–11:30 Uhr'],
    ['FREQ=WEEKLY;INTERVAL=4;BYDAY=FR', 'jeden vierten Freitag, 10:00–11:30 Uhr'],
    ['FREQ=WEEKLY;INTERVAL=6;BYDAY=FR', 'alle 6 Wochen am Freitag, 10:00–11:30 Uhr'],
    ['FREQ=WEEKLY;BYDAY=MO,TH', 'jeden Montag und Donnerstag, 10:00–11:30 Uhr'],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      'alle 2 Wochen am Montag und Donnerstag, 10:00–11:30 Uhr',
    ],
    ['FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3', 'jeden dritten Donnerstag im Monat, 10:00–11:30 Uhr'],
    ['FREQ=MONTHLY;BYDAY=3TH', 'jeden dritten Donnerstag im Monat, 10:00–11:30 Uhr'],
    ['FREQ=MONTHLY;BYDAY=1MO', 'jeden ersten Montag im Monat, 10:00–11:30 Uhr'],
    ['FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1', 'am letzten Freitag im Monat, 10:00–11:30 Uhr'],
    [
      'FREQ=MONTHLY;INTERVAL=2;BYDAY=FR;BYSETPOS=-1',
      'alle 2 Monate am letzten Freitag, 10:00–11:30 Uhr',
    ],
    ['FREQ=MONTHLY', 'jeden Monat am 13., 10:00–11:30 Uhr'],
    ['FREQ=WEEKLY', 'jeden Dienstag, 10:00–11:30 Uhr'],
  ])('%s', (rrule, expected) => {
    expect(say(rrule)).toBe(expected);
  });

  it('names the end: a date or a number of sessions', () => {
    expect(say('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20271231')).toBe(
      'jeden zweiten Dienstag, 10:00–11:30 Uhr, bis 31.12.2027',
    );
    expect(say('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=12')).toBe(
      'jeden zweiten Dienstag, 10:00–11:30 Uhr, 12 Termine',
    );
    expect(say('FREQ=WEEKLY;BYDAY=TU;COUNT=1')).toBe('jeden Dienstag, 10:00–11:30 Uhr, 1 Termin');
  });

  it('uses the duration for the end time and names another time zone', () => {
    expect(say('FREQ=WEEKLY;BYDAY=TU', { startTime: '14:15', durationMinutes: 60 })).toBe(
      'jeden Dienstag, 14:15–15:15 Uhr',
    );
    expect(say('FREQ=WEEKLY;BYDAY=TU', { timeZone: 'Europe/London' })).toBe(
      'jeden Dienstag, 10:00–11:30 Uhr (Zeitzone Europe/London)',
    );
  });

  it('quotes a rule it cannot read', () => {
    expect(say('FREQ=DAILY')).toBe('nach der Regel FREQ=DAILY, 10:00–11:30 Uhr');
  });
});

describe('describeSchedule in English', () => {
  let t: TFunction<'rooms'>;
  beforeAll(async () => {
    t = await translator('en');
  });
  const say = (rrule: string) => describeSchedule({ ...base, rrule }, t, 'en');

  it.each([
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'every second Tuesday, 10:00–11:30'],
    ['FREQ=WEEKLY;BYDAY=TU', 'every Tuesday, 10:00–11:30'],
    ['FREQ=WEEKLY;BYDAY=MO,TH', 'every Monday and Thursday, 10:00–11:30'],
    ['FREQ=WEEKLY;INTERVAL=5;BYDAY=MO', 'every 5 weeks on Monday, 10:00–11:30'],
    ['FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3', 'every third Thursday of the month, 10:00–11:30'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'on the last Friday of the month, 10:00–11:30'],
    [
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=MO;BYSETPOS=1',
      'every 3 months on the first Monday, 10:00–11:30',
    ],
  ])('%s', (rrule, expected) => {
    expect(say(rrule)).toBe(expected);
  });

  it('names the end', () => {
    expect(say('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20271231')).toBe(
      'every second Tuesday, 10:00–11:30, until 31 Dec 2027',
    );
    expect(say('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=12')).toBe(
      'every second Tuesday, 10:00–11:30, 12 sessions',
    );
  });
});
