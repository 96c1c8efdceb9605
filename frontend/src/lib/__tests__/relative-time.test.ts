import { checkInOpenAt, sessionHint } from '@/lib/relative-time';

const startsAt = '2026-12-08T10:00:00+01:00';
const endsAt = '2026-12-08T11:30:00+01:00';
const at = (iso: string) => new Date(iso);

describe('sessionHint', () => {
  it('counts minutes within the hour', () => {
    expect(sessionHint(startsAt, endsAt, at('2026-12-08T09:40:00+01:00'), 'de')).toEqual({
      kind: 'upcoming',
      text: 'in 20 Minuten',
    });
    expect(sessionHint(startsAt, endsAt, at('2026-12-08T09:40:30+01:00'), 'de')).toEqual({
      kind: 'upcoming',
      text: 'in 20 Minuten',
    });
    expect(sessionHint(startsAt, endsAt, at('2026-12-08T09:59:30+01:00'), 'en')).toEqual({
      kind: 'upcoming',
      text: 'in 1 minute',
    });
  });

  it('says today, tomorrow or in days, by the calendar in Berlin', () => {
    const hint = (now: string, locale = 'de') => sessionHint(startsAt, endsAt, at(now), locale);
    expect(hint('2026-12-08T07:00:00+01:00')).toEqual({ kind: 'upcoming', text: 'heute' });
    // 23:30 UTC on the 7th is already the 8th in Berlin
    expect(hint('2026-12-07T23:30:00Z')).toEqual({ kind: 'upcoming', text: 'heute' });
    expect(hint('2026-12-07T22:00:00+01:00')).toEqual({ kind: 'upcoming', text: 'morgen' });
    expect(hint('2026-12-06T08:00:00+01:00')).toEqual({ kind: 'upcoming', text: 'übermorgen' });
    expect(hint('2026-12-01T12:00:00+01:00')).toEqual({ kind: 'upcoming', text: 'in 7 Tagen' });
    expect(hint('2026-12-07T12:00:00+01:00', 'en')).toEqual({
      kind: 'upcoming',
      text: 'tomorrow',
    });
  });

  it('knows a running and an ended session', () => {
    expect(sessionHint(startsAt, endsAt, at('2026-12-08T10:00:00+01:00'), 'de')).toEqual({
      kind: 'running',
    });
    expect(sessionHint(startsAt, endsAt, at('2026-12-08T11:30:00+01:00'), 'de')).toEqual({
      kind: 'ended',
    });
  });
});

describe('checkInOpenAt', () => {
  const session = { startsAt, endsAt, status: 'SCHEDULED' };
  it('opens 15 minutes before the start and closes at the end', () => {
    expect(checkInOpenAt(session, at('2026-12-08T09:44:59+01:00'))).toBe(false);
    expect(checkInOpenAt(session, at('2026-12-08T09:45:00+01:00'))).toBe(true);
    expect(checkInOpenAt(session, at('2026-12-08T11:29:59+01:00'))).toBe(true);
    expect(checkInOpenAt(session, at('2026-12-08T11:30:00+01:00'))).toBe(false);
  });

  it('is never open for a cancelled session', () => {
    expect(
      checkInOpenAt({ ...session, status: 'CANCELLED' }, at('2026-12-08T10:00:00+01:00')),
    ).toBe(false);
  });
});
