import {
  addDays,
  buildRrule,
  fitsPattern,
  nextFittingDate,
  parseRrule,
  RruleError,
  weekdayOf,
  type Recurrence,
} from '@/features/online-rooms/utils/rrule';

describe('parseRrule', () => {
  it('reads a biweekly rule', () => {
    expect(parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      byDay: ['TU'],
    });
  });

  it('accepts the RRULE: prefix, lower case and any order, and sorts the weekdays', () => {
    expect(parseRrule('RRULE:byday=th,mo;freq=weekly')).toEqual({
      freq: 'WEEKLY',
      interval: 1,
      byDay: ['MO', 'TH'],
    });
  });

  it('reads a position in the month from BYSETPOS or from BYDAY', () => {
    const third = { freq: 'MONTHLY', interval: 1, byDay: ['TH'], setPos: 3 };
    expect(parseRrule('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3')).toEqual(third);
    expect(parseRrule('FREQ=MONTHLY;BYDAY=3TH')).toEqual(third);
    expect(parseRrule('FREQ=MONTHLY;BYDAY=+3TH')).toEqual(third);
    expect(parseRrule('FREQ=MONTHLY;BYDAY=-1FR')).toEqual({
      freq: 'MONTHLY',
      interval: 1,
      byDay: ['FR'],
      setPos: -1,
    });
  });

  it('reads COUNT and UNTIL (a date, or a date with a time)', () => {
    expect(parseRrule('FREQ=WEEKLY;BYDAY=TU;COUNT=12').count).toBe(12);
    expect(parseRrule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231').until).toBe('2027-12-31');
    expect(parseRrule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231T225959Z').until).toBe('2027-12-31');
  });

  it.each([
    ['', 'FREQ'],
    ['INTERVAL=2', 'FREQ'],
    ['FREQ=DAILY', 'FREQ'],
    ['FREQ=YEARLY;BYMONTH=1', 'FREQ'],
    ['FREQ=WEEKLY;BYHOUR=10', 'BYHOUR'],
    ['FREQ=WEEKLY;WKST=MO', 'WKST'],
    ['FREQ=WEEKLY;INTERVAL=0', 'INTERVAL'],
    ['FREQ=WEEKLY;INTERVAL=zwei', 'INTERVAL'],
    ['FREQ=WEEKLY;BYDAY=XY', 'BYDAY'],
    ['FREQ=WEEKLY;BYDAY=3TU', 'BYDAY'],
    ['FREQ=MONTHLY;BYDAY=1MO,2TU', 'BYDAY'],
    ['FREQ=MONTHLY;BYDAY=TU;BYSETPOS=0', 'BYSETPOS'],
    ['FREQ=MONTHLY;BYDAY=TU;BYSETPOS=9', 'BYSETPOS'],
    ['FREQ=MONTHLY;BYSETPOS=2', 'BYSETPOS'],
    ['FREQ=MONTHLY;BYDAY=2TU;BYSETPOS=2', 'BYSETPOS'],
    ['FREQ=WEEKLY;BYDAY=TU;COUNT=5;UNTIL=20271231', 'COUNT'],
    ['FREQ=WEEKLY;UNTIL=2027-12-31', 'UNTIL'],
    ['FREQ=WEEKLY;UNTIL=20270231', 'UNTIL'],
    ['FREQ=WEEKLY;FREQ=MONTHLY', 'FREQ'],
    ['FREQ=WEEKLY;BYDAY', 'BYDAY'],
  ])('rejects %j and names the part %s', (rule, part) => {
    let error: unknown;
    try {
      parseRrule(rule);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RruleError);
    expect((error as RruleError).part).toBe(part);
  });
});

describe('buildRrule', () => {
  it('writes the canonical form', () => {
    expect(buildRrule({ freq: 'WEEKLY', interval: 2, byDay: ['TU'] })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    );
    expect(buildRrule({ freq: 'WEEKLY', interval: 1, byDay: ['TH', 'MO'] })).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TH',
    );
    expect(
      buildRrule({ freq: 'MONTHLY', interval: 1, byDay: ['FR'], setPos: -1, until: '2027-12-31' }),
    ).toBe('FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1;UNTIL=20271231');
    expect(buildRrule({ freq: 'MONTHLY', interval: 1, byDay: ['TH'], setPos: 3, count: 12 })).toBe(
      'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3;COUNT=12',
    );
  });

  const rules: Recurrence[] = [
    { freq: 'WEEKLY', interval: 1, byDay: ['TU'] },
    { freq: 'WEEKLY', interval: 2, byDay: ['TU'] },
    { freq: 'WEEKLY', interval: 4, byDay: ['MO', 'WE', 'FR'], count: 20 },
    { freq: 'MONTHLY', interval: 1, byDay: ['TH'], setPos: 3 },
    { freq: 'MONTHLY', interval: 1, byDay: ['FR'], setPos: -1, until: '2027-12-31' },
    { freq: 'MONTHLY', interval: 2, byDay: ['MO'], setPos: 1 },
    { freq: 'MONTHLY', interval: 1, byDay: [] },
  ];
  it.each(rules)('round-trips %j through text', (rule) => {
    expect(parseRrule(buildRrule(rule))).toEqual(rule);
  });

  it.each([
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3',
    'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1;UNTIL=20271231',
    'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=12',
  ])('keeps the canonical text %s', (text) => {
    expect(buildRrule(parseRrule(text))).toBe(text);
  });

  it('writes the position of BYDAY=3TH as BYSETPOS', () => {
    expect(buildRrule(parseRrule('FREQ=MONTHLY;BYDAY=3TH'))).toBe(
      'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3',
    );
  });
});

describe('dates', () => {
  it('knows weekdays and adds days across month, year and daylight-saving changes', () => {
    expect(weekdayOf('2026-12-08')).toBe('TU');
    expect(weekdayOf('2027-03-28')).toBe('SU');
    expect(addDays('2026-12-29', 14)).toBe('2027-01-12');
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('checks whether a date fits the weekday', () => {
    const rule = parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    expect(fitsPattern(rule, '2026-12-08')).toBe(true);
    expect(fitsPattern(rule, '2026-12-09')).toBe(false);
  });

  it('checks the position in the month, the last one included', () => {
    const third = parseRrule('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3');
    expect(fitsPattern(third, '2026-12-17')).toBe(true);
    expect(fitsPattern(third, '2026-12-10')).toBe(false);
    const last = parseRrule('FREQ=MONTHLY;BYDAY=-1FR');
    expect(fitsPattern(last, '2026-12-25')).toBe(true);
    expect(fitsPattern(last, '2026-12-18')).toBe(false);
    expect(fitsPattern(last, '2027-02-26')).toBe(true);
  });

  it('finds the next fitting date', () => {
    expect(nextFittingDate(parseRrule('FREQ=WEEKLY;BYDAY=TU'), '2026-12-09')).toBe('2026-12-15');
    expect(nextFittingDate(parseRrule('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3'), '2026-12-18')).toBe(
      '2027-01-21',
    );
  });
});
