import type { AgendaItemInput, AgendaKind, Event, EventInput } from '@/api/events';
import type { MunicipalityRef } from '@/api/municipalities';
import {
  addMinutes,
  berlinToIso,
  isCalendarDate,
  isoToBerlin,
  isTimeOfDay,
} from '@/lib/berlin-time';

/** One agenda item as the form edits it; `key` identifies it on the page, `id` on the server. */
export type AgendaValues = {
  key: string;
  /** The server's id of an existing item: sent back so its sign-ups survive. */
  id?: string;
  date: string;
  startTime: string;
  endTime: string;
  title: string;
  speaker: string;
  kind: AgendaKind;
  signUpRequired: boolean;
  capacity: string;
  /** Sign-ups the item has (confirmed and waitlisted), to warn before removing it. */
  signUps: number;
};

export type MaterialValues = { key: string; title: string; url: string };

export type VenueValues = {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  room: string;
  accessibilityNotes: string;
  directions: string;
};

/** What the form edits: plain strings for inputs, dates and times of day in Berlin. */
export type EventValues = {
  title: string;
  description: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue: VenueValues;
  hostMunicipality: MunicipalityRef | null;
  hostParticipantId: string;
  capacity: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  agenda: AgendaValues[];
  report: string;
  reportPublished: boolean;
  materials: MaterialValues[];
};

export const VENUE_FIELDS = [
  'name',
  'street',
  'postalCode',
  'city',
  'room',
  'accessibilityNotes',
  'directions',
] as const satisfies readonly (keyof VenueValues)[];

export const AGENDA_FIELDS = [
  'startsAt',
  'endsAt',
  'title',
  'speaker',
  'kind',
  'capacity',
] as const;
export type AgendaField = (typeof AGENDA_FIELDS)[number];

export const MATERIAL_FIELDS = ['title', 'url'] as const;
export type MaterialField = (typeof MATERIAL_FIELDS)[number];

/**
 * Where an error belongs, as a path: `title`, `startsAt`, `venue.postalCode`, `agenda.<key>.title`,
 * `materials.<key>.url`, or `agenda` / `materials` for a list as a whole.
 */
export type ErrorPath = string;

export const LIMITS = {
  title: 200,
  description: 10_000,
  venueName: 200,
  street: 200,
  city: 100,
  room: 200,
  notes: 2000,
  capacity: 10_000,
  agendaItems: 50,
  agendaTitle: 200,
  speaker: 200,
  report: 50_000,
  materials: 20,
  materialTitle: 200,
  url: 2000,
} as const;

/** The id of the control an error path points to (the summary links there). */
export function fieldId(path: ErrorPath): string {
  return `event-${path.replace(/\./g, '-')}`;
}

let nextKey = 0;
/** A page-local key for a row the server does not know yet. */
export function newKey(prefix: 'agenda' | 'material'): string {
  nextKey += 1;
  return `new-${prefix}-${nextKey}`;
}

const EMPTY_VENUE: VenueValues = {
  name: '',
  street: '',
  postalCode: '',
  city: '',
  room: '',
  accessibilityNotes: '',
  directions: '',
};

/** The form's starting values: empty for a new event, the event's (in Berlin time) otherwise. */
export function toValues(event: Event | undefined): EventValues {
  if (!event) {
    return {
      title: '',
      description: '',
      startDate: '',
      startTime: '10:00',
      endDate: '',
      endTime: '16:00',
      venue: { ...EMPTY_VENUE },
      hostMunicipality: null,
      hostParticipantId: '',
      capacity: '',
      opensDate: '',
      opensTime: '',
      closesDate: '',
      closesTime: '',
      agenda: [],
      report: '',
      reportPublished: false,
      materials: [],
    };
  }
  const start = isoToBerlin(event.startsAt);
  const end = isoToBerlin(event.endsAt);
  const opens = event.registrationOpensAt
    ? isoToBerlin(event.registrationOpensAt)
    : { date: '', time: '' };
  const closes = event.registrationClosesAt
    ? isoToBerlin(event.registrationClosesAt)
    : { date: '', time: '' };
  return {
    title: event.title,
    description: event.description ?? '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    venue: {
      name: event.venue.name,
      street: event.venue.street ?? '',
      postalCode: event.venue.postalCode ?? '',
      city: event.venue.city,
      room: event.venue.room ?? '',
      accessibilityNotes: event.venue.accessibilityNotes ?? '',
      directions: event.venue.directions ?? '',
    },
    hostMunicipality: event.host.municipality ?? null,
    hostParticipantId: event.host.participant?.id ?? '',
    capacity: event.capacity !== undefined && event.capacity !== null ? String(event.capacity) : '',
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    agenda: event.agenda.map((item) => {
      const itemStart = isoToBerlin(item.startsAt);
      return {
        key: item.id,
        id: item.id,
        date: itemStart.date,
        startTime: itemStart.time,
        endTime: isoToBerlin(item.endsAt).time,
        title: item.title,
        speaker: item.speaker ?? '',
        kind: item.kind,
        signUpRequired: item.signUpRequired,
        capacity:
          item.capacity !== undefined && item.capacity !== null ? String(item.capacity) : '',
        signUps: item.confirmed + item.waitlisted,
      };
    }),
    report: event.report ?? '',
    reportPublished: event.reportPublished,
    materials: event.materials.map((material, index) => ({
      key: `material-${index}`,
      title: material.title,
      url: material.url,
    })),
  };
}

/** A new agenda item after the last one (or at the event's start), one hour long. */
export function newAgendaItem(values: EventValues): AgendaValues {
  const last = values.agenda.at(-1);
  const startTime = last?.endTime || values.startTime || '10:00';
  return {
    key: newKey('agenda'),
    date: last?.date || values.startDate,
    startTime,
    endTime: addMinutes(startTime, 60),
    title: '',
    speaker: '',
    kind: 'TALK',
    signUpRequired: false,
    capacity: '',
    signUps: 0,
  };
}

/** Whether the event lasts more than one day: then each agenda item has its own date. */
export function isMultiDay(values: Pick<EventValues, 'startDate' | 'endDate'>): boolean {
  return values.endDate !== '' && values.startDate !== '' && values.endDate !== values.startDate;
}

/** The day an agenda item is on: its own date for multi-day events, the event's day otherwise. */
export function agendaDate(values: EventValues, item: AgendaValues): string {
  return isMultiDay(values) ? item.date || values.startDate : values.startDate;
}

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/** The materials worth sending: rows where something was entered. */
function filledMaterials(values: EventValues): MaterialValues[] {
  return values.materials.filter((m) => m.title.trim() !== '' || m.url.trim() !== '');
}

/**
 * The request body. Existing agenda items keep their `id` (their sign-ups survive); the array order
 * is the agenda order. Call after {@link validate} found nothing.
 */
export function toInput(values: EventValues, status: EventInput['status']): EventInput {
  const opensAt =
    values.opensDate !== '' ? berlinToIso(values.opensDate, values.opensTime || '00:00') : null;
  const closesAt =
    values.closesDate !== '' ? berlinToIso(values.closesDate, values.closesTime || '23:59') : null;
  return {
    title: values.title.trim(),
    description: orNull(values.description),
    status,
    startsAt: berlinToIso(values.startDate, values.startTime) ?? '',
    endsAt: berlinToIso(values.endDate, values.endTime) ?? '',
    venue: {
      name: values.venue.name.trim(),
      street: orNull(values.venue.street),
      postalCode: orNull(values.venue.postalCode),
      city: values.venue.city.trim(),
      room: orNull(values.venue.room),
      accessibilityNotes: orNull(values.venue.accessibilityNotes),
      directions: orNull(values.venue.directions),
    },
    hostMunicipalityId: values.hostMunicipality?.id ?? null,
    hostParticipantId: values.hostParticipantId || null,
    capacity: numberOrNull(values.capacity),
    registrationOpensAt: opensAt,
    registrationClosesAt: closesAt,
    agenda: values.agenda.map((item): AgendaItemInput => {
      const date = agendaDate(values, item);
      return {
        ...(item.id ? { id: item.id } : {}),
        startsAt: berlinToIso(date, item.startTime) ?? '',
        endsAt: berlinToIso(date, item.endTime) ?? '',
        title: item.title.trim(),
        speaker: orNull(item.speaker),
        kind: item.kind,
        signUpRequired: item.signUpRequired,
        capacity: item.signUpRequired ? numberOrNull(item.capacity) : null,
      };
    }),
    report: orNull(values.report),
    reportPublished: values.reportPublished,
    materials: filledMaterials(values).map((m) => ({ title: m.title.trim(), url: m.url.trim() })),
  };
}

/** Error keys (of the `event-management` namespace), with values to fill in. */
export type ErrorMessage = { key: string; values?: Record<string, string | number> };

const POSTAL_CODE = /^\d{5}$/;
const WHOLE_NUMBER = /^\d+$/;

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A date and time field pair: missing, not a real date, or a time that does not exist that day. */
function checkMoment(
  date: string,
  time: string,
  required: boolean,
): { iso: string | null; error?: ErrorMessage } {
  if (date === '' && time === '' && !required) return { iso: null };
  if (!isCalendarDate(date)) return { iso: null, error: { key: 'errors.dateRequired' } };
  if (!isTimeOfDay(time)) return { iso: null, error: { key: 'errors.timeRequired' } };
  const iso = berlinToIso(date, time);
  if (iso === null) return { iso, error: { key: 'errors.timeSkipped', values: { time } } };
  return { iso };
}

function checkCapacity(text: string): ErrorMessage | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  if (!WHOLE_NUMBER.test(trimmed) || n < 1 || n > LIMITS.capacity) {
    return { key: 'errors.capacity', values: { max: LIMITS.capacity } };
  }
  return undefined;
}

/** Checks the values with the same rules as the API; the messages are keys to translate. */
export function validate(values: EventValues): Record<ErrorPath, ErrorMessage> {
  const errors: Record<ErrorPath, ErrorMessage> = {};
  const tooLong = (path: string, text: string, max: number) => {
    if (text.trim().length > max) errors[path] = { key: 'errors.tooLong', values: { max } };
  };

  if (values.title.trim() === '') errors.title = { key: 'errors.titleRequired' };
  else tooLong('title', values.title, LIMITS.title);
  tooLong('description', values.description, LIMITS.description);

  const start = checkMoment(values.startDate, values.startTime, true);
  if (start.error) errors.startsAt = start.error;
  const end = checkMoment(values.endDate, values.endTime, true);
  if (end.error) errors.endsAt = end.error;
  else if (start.iso && end.iso && Date.parse(end.iso) <= Date.parse(start.iso)) {
    errors.endsAt = { key: 'errors.endBeforeStart' };
  }
  // later checks compare with the event's times only when those are sound
  const eventStart = errors.startsAt ? null : start.iso;
  const eventEnd = errors.endsAt ? null : end.iso;

  if (values.venue.name.trim() === '') errors['venue.name'] = { key: 'errors.venueNameRequired' };
  else tooLong('venue.name', values.venue.name, LIMITS.venueName);
  tooLong('venue.street', values.venue.street, LIMITS.street);
  if (values.venue.postalCode.trim() !== '' && !POSTAL_CODE.test(values.venue.postalCode.trim())) {
    errors['venue.postalCode'] = { key: 'errors.postalCode' };
  }
  if (values.venue.city.trim() === '') errors['venue.city'] = { key: 'errors.cityRequired' };
  else tooLong('venue.city', values.venue.city, LIMITS.city);
  tooLong('venue.room', values.venue.room, LIMITS.room);
  tooLong('venue.accessibilityNotes', values.venue.accessibilityNotes, LIMITS.notes);
  tooLong('venue.directions', values.venue.directions, LIMITS.notes);

  const capacity = checkCapacity(values.capacity);
  if (capacity) errors.capacity = capacity;

  const opens = checkMoment(values.opensDate, values.opensTime, false);
  if (opens.error) errors.registrationOpensAt = opens.error;
  const closes = checkMoment(values.closesDate, values.closesTime, false);
  if (closes.error) errors.registrationClosesAt = closes.error;
  else if (opens.iso && closes.iso && Date.parse(closes.iso) <= Date.parse(opens.iso)) {
    errors.registrationClosesAt = { key: 'errors.closesBeforeOpens' };
  } else if (closes.iso && eventEnd && Date.parse(closes.iso) > Date.parse(eventEnd)) {
    errors.registrationClosesAt = { key: 'errors.closesAfterEvent' };
  }

  if (values.agenda.length > LIMITS.agendaItems) {
    errors.agenda = { key: 'errors.agendaTooMany', values: { max: LIMITS.agendaItems } };
  }
  for (const item of values.agenda) {
    const path = (field: AgendaField) => `agenda.${item.key}.${field}`;
    const date = agendaDate(values, item);
    const itemStart = checkMoment(date, item.startTime, true);
    const itemEnd = checkMoment(date, item.endTime, true);
    if (itemStart.error) errors[path('startsAt')] = itemStart.error;
    if (itemEnd.error) errors[path('endsAt')] = itemEnd.error;
    else if (itemStart.iso && itemEnd.iso) {
      if (Date.parse(itemEnd.iso) <= Date.parse(itemStart.iso)) {
        errors[path('endsAt')] = { key: 'errors.endBeforeStart' };
      } else if (
        eventStart &&
        eventEnd &&
        (Date.parse(itemStart.iso) < Date.parse(eventStart) ||
          Date.parse(itemEnd.iso) > Date.parse(eventEnd))
      ) {
        errors[path('startsAt')] = { key: 'errors.agendaOutsideEvent' };
      }
    }
    if (item.title.trim() === '') errors[path('title')] = { key: 'errors.agendaTitleRequired' };
    else tooLong(path('title'), item.title, LIMITS.agendaTitle);
    tooLong(path('speaker'), item.speaker, LIMITS.speaker);
    if (item.signUpRequired) {
      const itemCapacity = checkCapacity(item.capacity);
      if (itemCapacity) errors[path('capacity')] = itemCapacity;
    }
  }

  tooLong('report', values.report, LIMITS.report);

  const materials = filledMaterials(values);
  if (materials.length > LIMITS.materials) {
    errors.materials = { key: 'errors.materialsTooMany', values: { max: LIMITS.materials } };
  }
  for (const material of materials) {
    const path = (field: MaterialField) => `materials.${material.key}.${field}`;
    if (material.title.trim() === '') errors[path('title')] = { key: 'errors.materialTitle' };
    else tooLong(path('title'), material.title, LIMITS.materialTitle);
    if (material.url.trim() === '') errors[path('url')] = { key: 'errors.materialUrlRequired' };
    else if (material.url.trim().length > LIMITS.url) {
      errors[path('url')] = { key: 'errors.tooLong', values: { max: LIMITS.url } };
    } else if (!isWebAddress(material.url.trim())) {
      errors[path('url')] = { key: 'errors.materialUrl' };
    }
  }
  return errors;
}

const TOP_LEVEL: Record<string, ErrorPath> = {
  title: 'title',
  description: 'description',
  status: 'status',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  hostMunicipalityId: 'hostMunicipalityId',
  hostParticipantId: 'hostParticipantId',
  capacity: 'capacity',
  registrationOpensAt: 'registrationOpensAt',
  registrationClosesAt: 'registrationClosesAt',
  report: 'report',
  reportPublished: 'reportPublished',
  agenda: 'agenda',
  materials: 'materials',
  venue: 'venue.name',
};

/**
 * Maps a violation's JSON path from the API (`venue.postalCode`, `agenda[2].endsAt`,
 * `materials[0].url`) to the form's error path; `undefined` for anything the form has no field for.
 * List positions are those of the request that was sent (`sent`).
 */
export function pathOfViolation(
  field: string | undefined,
  sent: { agenda: AgendaValues[]; materials: MaterialValues[] },
): ErrorPath | undefined {
  if (!field) return undefined;
  const list = /^(agenda|materials)\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (list) {
    const [, name, index, sub = ''] = list;
    if (name === 'agenda') {
      const item = sent.agenda[Number(index)];
      if (!item) return 'agenda';
      const known: Record<string, AgendaField> = {
        startsAt: 'startsAt',
        endsAt: 'endsAt',
        title: 'title',
        speaker: 'speaker',
        kind: 'kind',
        capacity: 'capacity',
        signUpRequired: 'capacity',
        id: 'title',
      };
      return `agenda.${item.key}.${known[sub] ?? 'title'}`;
    }
    const material = sent.materials[Number(index)];
    if (!material) return 'materials';
    return `materials.${material.key}.${sub === 'title' ? 'title' : 'url'}`;
  }
  const [head = '', second = ''] = field.split('.');
  if (head === 'venue') {
    return (VENUE_FIELDS as readonly string[]).includes(second) ? `venue.${second}` : 'venue.name';
  }
  return TOP_LEVEL[head];
}

/** The materials as they were sent (for mapping `materials[i]` back to a row). */
export function sentMaterials(values: EventValues): MaterialValues[] {
  return filledMaterials(values);
}

/**
 * All error paths in the order of the page (the order of the error summary). Paths not shown as a
 * field (e.g. `status`) come last, unlinked.
 */
export function pathOrder(values: EventValues): ErrorPath[] {
  return [
    'title',
    'description',
    'startsAt',
    'endsAt',
    ...VENUE_FIELDS.map((f) => `venue.${f}`),
    'hostMunicipalityId',
    'hostParticipantId',
    'capacity',
    'registrationOpensAt',
    'registrationClosesAt',
    'agenda',
    ...values.agenda.flatMap((item) => AGENDA_FIELDS.map((f) => `agenda.${item.key}.${f}`)),
    'report',
    'reportPublished',
    'materials',
    ...values.materials.flatMap((m) => MATERIAL_FIELDS.map((f) => `materials.${m.key}.${f}`)),
  ];
}

/** The control an error path's summary link focuses. */
export function controlOf(path: ErrorPath): string {
  if (path === 'startsAt') return fieldId('startDate');
  if (path === 'endsAt') return fieldId('endDate');
  if (path === 'registrationOpensAt') return fieldId('opensDate');
  if (path === 'registrationClosesAt') return fieldId('closesDate');
  if (path === 'agenda') return fieldId('agenda-add');
  if (path === 'materials') return fieldId('materials-add');
  const agenda = /^agenda\.(.+)\.(startsAt|endsAt)$/.exec(path);
  if (agenda)
    return fieldId(`agenda.${agenda[1]}.${agenda[2] === 'startsAt' ? 'startTime' : 'endTime'}`);
  return fieldId(path);
}
