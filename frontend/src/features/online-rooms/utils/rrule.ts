/**
 * The part of RFC 5545 recurrence rules that online rooms use: `FREQ` (WEEKLY or MONTHLY),
 * `INTERVAL`, `BYDAY` (optionally with a position, `3TH`), `BYSETPOS`, `COUNT` and `UNTIL` (a date).
 * Parsing and building only; the API expands the rule into sessions.
 */

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Frequency = 'WEEKLY' | 'MONTHLY';

export type Recurrence = {
  freq: Frequency;
  /** Every n-th week or month, at least 1. */
  interval: number;
  /** In week order, without duplicates; empty means "the weekday (or day of month) of the start date". */
  byDay: Weekday[];
  /** Monthly only: which of the matching days in the month, 1..5 or -1..-5 (-1 = the last). */
  setPos?: number;
  /** Ends after this many sessions. */
  count?: number;
  /** Ends on this day (inclusive), `YYYY-MM-DD`. */
  until?: string;
};

/** A rule that is not valid or uses a part the rooms do not support; `part` names it. */
export class RruleError extends Error {
  readonly part: string;

  constructor(part: string, message: string) {
    super(message);
    this.name = 'RruleError';
    this.part = part;
  }
}

const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function positiveInt(part: string, value: string): number {
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1) {
    throw new RruleError(part, `${part} must be a positive whole number`);
  }
  return Number(value);
}

function position(part: string, value: string): number {
  const n = Number(value);
  if (!/^[+-]?\d{1,2}$/.test(value) || n === 0 || n < -5 || n > 5) {
    throw new RruleError(part, `${part} must be between -5 and 5, but not 0`);
  }
  return n;
}

function sortDays(days: Weekday[]): Weekday[] {
  return WEEKDAYS.filter((day) => days.includes(day));
}

function untilDate(value: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(value);
  if (!match) throw new RruleError('UNTIL', 'UNTIL must be a date (YYYYMMDD)');
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new RruleError('UNTIL', 'UNTIL is not a calendar date');
  }
  return iso;
}

/** Reads a rule (with or without the `RRULE:` prefix); throws {@link RruleError} for anything else. */
export function parseRrule(text: string): Recurrence {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') throw new RruleError('FREQ', 'FREQ is missing');
  const seen = new Set<string>();
  let freq: Frequency | undefined;
  let interval = 1;
  let byDay: Weekday[] = [];
  let dayPosition: number | undefined;
  let setPos: number | undefined;
  let count: number | undefined;
  let until: string | undefined;

  for (const item of body.split(';')) {
    if (item === '') continue;
    const [rawKey = '', value = '', ...rest] = item.split('=');
    const key = rawKey.trim().toUpperCase();
    if (rest.length > 0 || value === '')
      throw new RruleError(key || item, `${item} is no KEY=VALUE`);
    if (seen.has(key)) throw new RruleError(key, `${key} appears twice`);
    seen.add(key);
    const upper = value.trim().toUpperCase();
    switch (key) {
      case 'FREQ':
        if (upper !== 'WEEKLY' && upper !== 'MONTHLY') {
          throw new RruleError('FREQ', `FREQ=${upper} is not supported, only WEEKLY and MONTHLY`);
        }
        freq = upper;
        break;
      case 'INTERVAL':
        interval = positiveInt('INTERVAL', upper);
        break;
      case 'BYDAY': {
        const positions = new Set<number | undefined>();
        const days: Weekday[] = [];
        for (const entry of upper.split(',')) {
          const match = BYDAY_ITEM.exec(entry.trim());
          if (!match) throw new RruleError('BYDAY', `BYDAY=${entry} is no weekday`);
          positions.add(match[1] === undefined ? undefined : position('BYDAY', match[1]));
          const day = match[2] as Weekday;
          if (!days.includes(day)) days.push(day);
        }
        if (positions.size > 1) {
          throw new RruleError('BYDAY', 'BYDAY with different positions is not supported');
        }
        dayPosition = [...positions][0];
        byDay = sortDays(days);
        break;
      }
      case 'BYSETPOS':
        setPos = position('BYSETPOS', upper);
        break;
      case 'COUNT':
        count = positiveInt('COUNT', upper);
        break;
      case 'UNTIL':
        until = untilDate(upper);
        break;
      default:
        throw new RruleError(key, `${key} is not supported`);
    }
  }

  if (!freq) throw new RruleError('FREQ', 'FREQ is missing');
  if (count !== undefined && until !== undefined) {
    throw new RruleError('COUNT', 'COUNT and UNTIL cannot both be given');
  }
  if (dayPosition !== undefined && setPos !== undefined) {
    throw new RruleError('BYSETPOS', 'BYSETPOS together with a position in BYDAY');
  }
  const pos = dayPosition ?? setPos;
  if (pos !== undefined && freq !== 'MONTHLY') {
    throw new RruleError(
      setPos !== undefined ? 'BYSETPOS' : 'BYDAY',
      'positions need FREQ=MONTHLY',
    );
  }
  if (pos !== undefined && byDay.length === 0) {
    throw new RruleError('BYSETPOS', 'BYSETPOS needs BYDAY');
  }

  const rule: Recurrence = { freq, interval, byDay };
  if (pos !== undefined) rule.setPos = pos;
  if (count !== undefined) rule.count = count;
  if (until !== undefined) rule.until = until;
  return rule;
}

/** Writes a rule in one canonical form, e.g. `FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3;UNTIL=20271231`. */
export function buildRrule(rule: Recurrence): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length > 0) parts.push(`BYDAY=${sortDays(rule.byDay).join(',')}`);
  if (rule.setPos !== undefined) parts.push(`BYSETPOS=${rule.setPos}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  else if (rule.until !== undefined) parts.push(`UNTIL=${rule.until.replaceAll('-', '')}`);
  return parts.join(';');
}

/** The weekday of a calendar date `YYYY-MM-DD`. */
export function weekdayOf(isoDate: string): Weekday {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(day + 6) % 7]!;
}

/** The calendar date `days` after (or before, if negative) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Whether a date fits the rule's pattern (weekday, position in the month). The interval and the
 * end are not checked: the start date is the anchor the interval counts from.
 */
export function fitsPattern(rule: Recurrence, isoDate: string): boolean {
  if (rule.byDay.length === 0) return true;
  const weekday = weekdayOf(isoDate);
  if (!rule.byDay.includes(weekday)) return false;
  if (rule.freq !== 'MONTHLY' || rule.setPos === undefined) return true;
  const month = isoDate.slice(0, 7);
  const matching: string[] = [];
  for (let day = 1; day <= 31; day += 1) {
    const candidate = `${month}-${String(day).padStart(2, '0')}`;
    if (addDays(`${month}-01`, day - 1) !== candidate) break; // past the month's end
    if (rule.byDay.includes(weekdayOf(candidate))) matching.push(candidate);
  }
  const index = rule.setPos > 0 ? rule.setPos - 1 : matching.length + rule.setPos;
  return matching[index] === isoDate;
}

/** The first date on or after `isoDate` that fits the pattern (looks at most a year ahead). */
export function nextFittingDate(rule: Recurrence, isoDate: string): string | undefined {
  for (let offset = 0; offset <= 366; offset += 1) {
    const candidate = addDays(isoDate, offset);
    if (fitsPattern(rule, candidate)) return candidate;
  }
  return undefined;
}
