import {
  berlinDateTime,
  berlinParts,
  minutesBetween,
} from '@/features/online-rooms/utils/berlin-time';

describe('berlinDateTime', () => {
  it('writes the offset of winter and summer time', () => {
    expect(berlinDateTime('2026-12-08', '14:00')).toBe('2026-12-08T14:00:00+01:00');
    expect(berlinDateTime('2027-06-08', '10:00')).toBe('2027-06-08T10:00:00+02:00');
  });

  it('is right on the days the clocks change', () => {
    expect(berlinDateTime('2027-03-28', '10:00')).toBe('2027-03-28T10:00:00+02:00');
    expect(berlinDateTime('2027-03-28', '01:30')).toBe('2027-03-28T01:30:00+01:00');
    expect(berlinDateTime('2027-10-31', '10:00')).toBe('2027-10-31T10:00:00+01:00');
    expect(Date.parse(berlinDateTime('2027-03-28', '10:00'))).toBe(
      Date.parse('2027-03-28T08:00:00Z'),
    );
  });
});

describe('berlinParts', () => {
  it('gives the local date and time of an instant', () => {
    expect(berlinParts('2026-12-07T23:30:00Z')).toEqual({ date: '2026-12-08', time: '00:30' });
    expect(berlinParts('2027-06-08T08:00:00Z')).toEqual({ date: '2027-06-08', time: '10:00' });
  });

  it('round-trips with berlinDateTime', () => {
    expect(berlinParts(berlinDateTime('2027-03-28', '10:00'))).toEqual({
      date: '2027-03-28',
      time: '10:00',
    });
  });
});

describe('minutesBetween', () => {
  it('counts minutes', () => {
    expect(minutesBetween('2026-12-08T10:00:00+01:00', '2026-12-08T11:30:00+01:00')).toBe(90);
  });
});
