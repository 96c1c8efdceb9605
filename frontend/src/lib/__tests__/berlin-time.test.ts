import {
  addMinutes,
  berlinToIso,
  isCalendarDate,
  isoToBerlin,
  minutesBetween,
} from '@/lib/berlin-time';

describe('berlinToIso', () => {
  it('gives winter dates +01:00 and summer dates +02:00', () => {
    expect(berlinToIso('2027-03-18', '10:00')).toBe('2027-03-18T10:00:00+01:00');
    expect(berlinToIso('2027-07-01', '10:00')).toBe('2027-07-01T10:00:00+02:00');
    expect(berlinToIso('2026-12-31', '23:59')).toBe('2026-12-31T23:59:00+01:00');
    expect(berlinToIso('2027-01-01', '00:00')).toBe('2027-01-01T00:00:00+01:00');
  });

  it('knows the day the clocks go forward (28 March 2027)', () => {
    expect(berlinToIso('2027-03-27', '10:00')).toBe('2027-03-27T10:00:00+01:00');
    expect(berlinToIso('2027-03-28', '01:59')).toBe('2027-03-28T01:59:00+01:00');
    // 02:00-02:59 does not exist that night
    expect(berlinToIso('2027-03-28', '02:00')).toBeNull();
    expect(berlinToIso('2027-03-28', '02:30')).toBeNull();
    expect(berlinToIso('2027-03-28', '03:00')).toBe('2027-03-28T03:00:00+02:00');
    expect(berlinToIso('2027-03-28', '10:00')).toBe('2027-03-28T10:00:00+02:00');
  });

  it('knows the day the clocks go back (31 October 2027) and takes the first 02:30', () => {
    expect(berlinToIso('2027-10-31', '01:30')).toBe('2027-10-31T01:30:00+02:00');
    expect(berlinToIso('2027-10-31', '02:30')).toBe('2027-10-31T02:30:00+02:00');
    expect(berlinToIso('2027-10-31', '03:00')).toBe('2027-10-31T03:00:00+01:00');
    expect(berlinToIso('2027-10-30', '14:00')).toBe('2027-10-30T14:00:00+02:00');
    expect(berlinToIso('2027-11-01', '14:00')).toBe('2027-11-01T14:00:00+01:00');
  });

  it('gives the instant that the same wall-clock time reads back as', () => {
    for (const [date, time] of [
      ['2027-03-28', '03:00'],
      ['2027-10-31', '02:30'],
      ['2027-10-31', '03:15'],
      ['2026-06-21', '18:45'],
    ] as const) {
      expect(isoToBerlin(berlinToIso(date, time)!)).toEqual({ date, time });
    }
  });

  it('refuses what is not a date or a time of day', () => {
    expect(berlinToIso('', '10:00')).toBeNull();
    expect(berlinToIso('2027-02-30', '10:00')).toBeNull();
    expect(berlinToIso('2027-03-18', '')).toBeNull();
    expect(berlinToIso('2027-03-18', '24:00')).toBeNull();
    expect(berlinToIso('18.03.2027', '10:00')).toBeNull();
  });
});

describe('isoToBerlin', () => {
  it('reads instants in Berlin time whatever offset they were written with', () => {
    expect(isoToBerlin('2027-03-18T09:00:00Z')).toEqual({ date: '2027-03-18', time: '10:00' });
    expect(isoToBerlin('2027-07-01T08:00:00Z')).toEqual({ date: '2027-07-01', time: '10:00' });
    expect(isoToBerlin('2027-03-18T10:00:00+01:00')).toEqual({ date: '2027-03-18', time: '10:00' });
    // 23:30 UTC on New Year's Eve is already the next day in Berlin
    expect(isoToBerlin('2026-12-31T23:30:00Z')).toEqual({ date: '2027-01-01', time: '00:30' });
    // both 02:30 of 31 October 2027
    expect(isoToBerlin('2027-10-31T00:30:00Z')).toEqual({ date: '2027-10-31', time: '02:30' });
    expect(isoToBerlin('2027-10-31T01:30:00Z')).toEqual({ date: '2027-10-31', time: '02:30' });
    expect(isoToBerlin('not a date')).toEqual({ date: '', time: '' });
  });
});

describe('helpers', () => {
  it('checks calendar dates and adds minutes within the day', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(addMinutes('10:30', 60)).toBe('11:30');
    expect(addMinutes('23:30', 60)).toBe('23:59');
  });
});

describe('isoToBerlin for sessions', () => {
  it('gives the local date and time of an instant', () => {
    expect(isoToBerlin('2026-12-07T23:30:00Z')).toEqual({ date: '2026-12-08', time: '00:30' });
    expect(isoToBerlin('2027-06-08T08:00:00Z')).toEqual({ date: '2027-06-08', time: '10:00' });
  });
});

describe('minutesBetween', () => {
  it('counts minutes', () => {
    expect(minutesBetween('2026-12-08T10:00:00+01:00', '2026-12-08T11:30:00+01:00')).toBe(90);
  });
});
