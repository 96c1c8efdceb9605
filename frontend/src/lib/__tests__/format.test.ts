import { formatDate, formatDateTime, formatLongDate, formatTime } from '@/lib/format';

describe('formatDateTime', () => {
  it('uses Berlin time in winter and summer', () => {
    expect(formatDateTime('2026-01-15T23:30:00Z', 'de')).toBe('16.01.2026, 00:30');
    expect(formatDateTime('2026-07-01T12:30:00+00:00', 'de')).toBe('01.07.2026, 14:30');
  });

  it('keeps an unparsable value as it is', () => {
    expect(formatDateTime('kein Datum', 'de')).toBe('kein Datum');
  });
});

describe('formatDate', () => {
  it('shows a calendar date without shifting it', () => {
    expect(formatDate('2026-09-01', 'de')).toBe('01.09.2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
  });
});

describe('formatLongDate and formatTime', () => {
  it('write out the day and the time in Berlin', () => {
    expect(formatLongDate('2026-12-08T09:00:00Z', 'de')).toBe('Dienstag, 8. Dezember 2026');
    expect(formatLongDate('2026-12-08T09:00:00Z', 'en')).toBe('Tuesday, 8 December 2026');
    expect(formatTime('2026-12-08T09:00:00Z', 'de')).toBe('10:00');
    expect(formatTime('2027-06-08T08:00:00Z', 'de')).toBe('10:00');
  });
});
