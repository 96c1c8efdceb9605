import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import { gesa, kofi, kreisUnna, mara, seedNetwork, seedProfile } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';

type Event = components['schemas']['Event'];
type EventInput = components['schemas']['EventInput'];
type AgendaItem = components['schemas']['AgendaItem'];
type Registration = components['schemas']['Registration'];
type RegistrationInput = components['schemas']['RegistrationInput'];
type EventAttendanceInput = components['schemas']['EventAttendanceInput'];

export const MANAGED_EVENT_ID = '5e0c7a11-2b3d-4e5f-8a9b-00000000e001';
export const NEW_EVENT_ID = '5e0c7a11-2b3d-4e5f-8a9b-00000000e002';

export const AGENDA_IDS = {
  welcome: '5e0c7a11-2b3d-4e5f-8a9b-0000000a0001',
  exchange: '5e0c7a11-2b3d-4e5f-8a9b-0000000a0002',
  lunch: '5e0c7a11-2b3d-4e5f-8a9b-0000000a0003',
  excursion: '5e0c7a11-2b3d-4e5f-8a9b-0000000a0004',
} as const;

/** A day in March 2030 (CET, +01:00): 09:00 UTC is 10:00 in Berlin. `day` as `YYYY-MM-DD`. */
function agendaOn(day: string): AgendaItem[] {
  return [
    {
      id: AGENDA_IDS.welcome,
      startsAt: `${day}T09:00:00Z`,
      endsAt: `${day}T09:30:00Z`,
      title: 'Begrüßung',
      speaker: 'Fachbereichsleitung Umwelt, Kreis Unna',
      kind: 'WELCOME',
      signUpRequired: false,
      confirmed: 0,
      waitlisted: 0,
    },
    {
      id: AGENDA_IDS.exchange,
      startsAt: `${day}T09:30:00Z`,
      endsAt: `${day}T11:30:00Z`,
      title: 'Austausch zu Klimaschutzkonzepten',
      kind: 'EXCHANGE',
      signUpRequired: false,
      confirmed: 0,
      waitlisted: 0,
    },
    {
      id: AGENDA_IDS.lunch,
      startsAt: `${day}T11:30:00Z`,
      endsAt: `${day}T12:30:00Z`,
      title: 'Mittagspause',
      kind: 'BREAK',
      signUpRequired: false,
      confirmed: 0,
      waitlisted: 0,
    },
    {
      id: AGENDA_IDS.excursion,
      startsAt: `${day}T12:30:00Z`,
      endsAt: `${day}T15:00:00Z`,
      title: 'Exkursion',
      speaker: 'Gesa Gastgeberin',
      kind: 'EXCURSION',
      signUpRequired: true,
      capacity: 15,
      confirmed: 12,
      waitlisted: 0,
      seatsLeft: 3,
    },
  ];
}

/** Published, 18 March 2030, 10:00–16:00 in Berlin, 23 of 30 seats taken, four agenda items. */
export const managedEvent: Event = {
  id: MANAGED_EVENT_ID,
  networkId: seedNetwork.id,
  title: 'Präsenztreffen im Kreishaus Unna',
  description: 'Das erste Treffen vor Ort nach einem Jahr online.',
  status: 'PUBLISHED',
  startsAt: '2030-03-18T09:00:00Z',
  endsAt: '2030-03-18T15:00:00Z',
  venue: {
    name: 'Kreishaus Unna',
    street: 'Friedrich-Ebert-Straße 17',
    postalCode: '59425',
    city: 'Unna',
    room: 'Sitzungssaal',
    accessibilityNotes: 'Stufenloser Zugang über den Haupteingang.',
    directions: 'Ab Unna Hbf 5 Minuten zu Fuß.',
  },
  host: {
    municipality: { id: kreisUnna.id, name: kreisUnna.name, officialKey: kreisUnna.officialKey },
    participant: { id: gesa.participantId, displayName: gesa.displayName },
  },
  capacity: 30,
  registrationOpen: true,
  confirmed: 21,
  waitlisted: 2,
  seatsLeft: 9,
  agenda: agendaOn('2030-03-18'),
  reportPublished: false,
  materials: [],
  createdAt: '2029-12-01T10:00:00Z',
  updatedAt: '2029-12-01T10:00:00Z',
};

/** The same meeting as a draft without registrations. */
export const draftEvent: Event = {
  ...managedEvent,
  status: 'DRAFT',
  registrationOpen: false,
  confirmed: 0,
  waitlisted: 0,
  seatsLeft: 30,
  agenda: agendaOn('2030-03-18').map((item) => ({ ...item, confirmed: 0, seatsLeft: 15 })),
};

/** The meeting as it took place (18 March 2025): attendance can be marked. */
export const pastEvent: Event = {
  ...managedEvent,
  startsAt: '2025-03-18T09:00:00Z',
  endsAt: '2025-03-18T15:00:00Z',
  registrationOpen: false,
  agenda: agendaOn('2025-03-18'),
};

/** The event the API would answer for a request body (ids for new agenda items, counts kept). */
export function eventFromInput(id: string, input: EventInput, previous?: Event): Event {
  let counter = 0;
  return {
    id,
    networkId: previous?.networkId ?? seedNetwork.id,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    status: input.status ?? 'DRAFT',
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    venue: Object.fromEntries(
      Object.entries(input.venue).filter(([, value]) => value !== null),
    ) as Event['venue'],
    host: {
      ...(input.hostMunicipalityId
        ? {
            municipality: {
              id: input.hostMunicipalityId,
              name: input.hostMunicipalityId === kreisUnna.id ? kreisUnna.name : 'Kommune',
              officialKey: kreisUnna.officialKey,
            },
          }
        : {}),
      ...(input.hostParticipantId
        ? {
            participant: {
              id: input.hostParticipantId,
              displayName:
                [gesa, kofi, mara].find((m) => m.participantId === input.hostParticipantId)
                  ?.displayName ?? 'Jemand',
            },
          }
        : {}),
    },
    ...(input.capacity ? { capacity: input.capacity } : {}),
    ...(input.registrationOpensAt ? { registrationOpensAt: input.registrationOpensAt } : {}),
    ...(input.registrationClosesAt ? { registrationClosesAt: input.registrationClosesAt } : {}),
    registrationOpen: input.status === 'PUBLISHED',
    confirmed: previous?.confirmed ?? 0,
    waitlisted: previous?.waitlisted ?? 0,
    agenda: (input.agenda ?? []).map((item) => {
      counter += 1;
      const before = previous?.agenda.find((a) => a.id === item.id);
      return {
        id: item.id ?? `5e0c7a11-2b3d-4e5f-8a9b-0000000b${String(counter).padStart(4, '0')}`,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        title: item.title,
        ...(item.speaker ? { speaker: item.speaker } : {}),
        kind: item.kind,
        signUpRequired: item.signUpRequired ?? false,
        ...(item.capacity ? { capacity: item.capacity } : {}),
        confirmed: before?.confirmed ?? 0,
        waitlisted: before?.waitlisted ?? 0,
      };
    }),
    ...(input.report ? { report: input.report } : {}),
    reportPublished: input.reportPublished ?? false,
    materials: input.materials ?? [],
    createdAt: previous?.createdAt ?? '2026-11-25T10:00:00Z',
    updatedAt: '2026-11-25T10:00:00Z',
  };
}

type Answer = (body: EventInput) => Response | undefined;

/**
 * An in-memory event with versions: GET answers it with its ETag, PUT needs the current ETag in
 * If-Match (428 without, 412 when stale) and stores what it got, DELETE deletes a draft and cancels
 * a published event, POST on the network creates a new one. `answerPut` may answer a PUT instead
 * (a 400 or 409 problem).
 */
export function eventStore(initial: Event = managedEvent, options: { answerPut?: Answer } = {}) {
  let event: Event | null = structuredClone(initial);
  let version = 0;
  const gets: string[] = [];
  const puts: { ifMatch: string | null; body: EventInput }[] = [];
  const posts: { networkId: string; body: EventInput }[] = [];
  const deletes: string[] = [];
  const etag = () => `"${version}"`;
  return {
    gets,
    puts,
    posts,
    deletes,
    get event() {
      return event;
    },
    /** Simulates a change made elsewhere (another coordinator), which makes the form's ETag stale. */
    changeElsewhere(change: Partial<Event>) {
      if (event) event = { ...event, ...change };
      version += 1;
    },
    handlers: [
      http.get(`${API}/events/:eventId`, ({ params }) => {
        gets.push(String(params.eventId));
        if (!event || params.eventId !== event.id) {
          return problem(404, 'Nicht gefunden', 'Es gibt keine solche Veranstaltung.');
        }
        return HttpResponse.json(event, { headers: { ETag: etag() } });
      }),
      http.put(`${API}/events/:eventId`, async ({ request }) => {
        const ifMatch = request.headers.get('If-Match');
        const body = (await request.json()) as EventInput;
        puts.push({ ifMatch, body });
        if (!event) return problem(404, 'Nicht gefunden', 'Es gibt keine solche Veranstaltung.');
        if (!ifMatch) return problem(428, 'Vorbedingung erforderlich', 'If-Match fehlt.');
        if (ifMatch !== etag()) {
          return problem(412, 'Vorbedingung fehlgeschlagen', 'Die Veranstaltung wurde geändert.');
        }
        const answer = options.answerPut?.(body);
        if (answer) return answer;
        event = eventFromInput(event.id, body, event);
        version += 1;
        return HttpResponse.json(event, { headers: { ETag: etag() } });
      }),
      http.delete(`${API}/events/:eventId`, ({ params }) => {
        deletes.push(String(params.eventId));
        if (!event) return problem(404, 'Nicht gefunden', 'Es gibt keine solche Veranstaltung.');
        if (event.status === 'DRAFT') event = null;
        else event = { ...event, status: 'CANCELLED', confirmed: 0, waitlisted: 0 };
        version += 1;
        return new HttpResponse(null, { status: 204 });
      }),
      http.post(`${API}/networks/:id/events`, async ({ request, params }) => {
        const body = (await request.json()) as EventInput;
        posts.push({ networkId: String(params.id), body });
        event = eventFromInput(NEW_EVENT_ID, body);
        version = 0;
        return HttpResponse.json(event, {
          status: 201,
          headers: { ETag: etag(), Location: `/api/v1/events/${NEW_EVENT_ID}` },
        });
      }),
    ],
  };
}

function registration(
  index: number,
  person: { id: string; displayName: string },
  change: Partial<Registration>,
): Registration {
  return {
    id: `5e0c7a11-2b3d-4e5f-8a9b-0000000c${String(index).padStart(4, '0')}`,
    eventId: MANAGED_EVENT_ID,
    participant: person,
    status: 'CONFIRMED',
    agendaSignUps: [],
    etag: `"${index}"`,
    createdAt: `2030-02-${String(Math.min(index, 28)).padStart(2, '0')}T08:14:00Z`,
    updatedAt: `2030-02-${String(Math.min(index, 28)).padStart(2, '0')}T08:14:00Z`,
    ...change,
  };
}

const paula = { id: '1a2b3c4d-0000-4000-8000-000000000004', displayName: 'Paula Probe' };
const otto = { id: '1a2b3c4d-0000-4000-8000-000000000005', displayName: 'Otto Ohnemann' };

/** Two confirmed, two on the waitlist, one cancelled: in the API's order. */
export const seedRegistrations: Registration[] = [
  registration(
    1,
    { id: mara.participantId, displayName: mara.displayName },
    {
      municipality: { id: mara.municipality!.id, name: 'Schwerte', officialKey: '05978032' },
      dietaryNeeds: 'vegetarisch',
      agendaSignUps: [{ agendaItemId: AGENDA_IDS.excursion, status: 'CONFIRMED' }],
    },
  ),
  registration(
    2,
    { id: gesa.participantId, displayName: gesa.displayName },
    {
      municipality: { id: kreisUnna.id, name: kreisUnna.name, officialKey: kreisUnna.officialKey },
      accessibilityNeeds: 'Rollstuhl',
      note: 'Ich bringe Flyer mit.',
    },
  ),
  registration(3, paula, {
    status: 'WAITLISTED',
    waitlistPosition: 1,
    agendaSignUps: [
      { agendaItemId: AGENDA_IDS.excursion, status: 'WAITLISTED', waitlistPosition: 2 },
    ],
  }),
  registration(
    4,
    { id: kofi.participantId, displayName: kofi.displayName },
    {
      status: 'WAITLISTED',
      waitlistPosition: 2,
    },
  ),
  registration(5, otto, { status: 'CANCELLED' }),
];

export const REGISTRATIONS_CSV =
  '\uFEFFName;Kommune;Status;Wartelistenplatz;Angemeldet am;Anmerkung;Barrierefreiheit;Verpflegung;Programmpunkte\r\nMara Mitglied;Schwerte;Bestätigt;;01.02.2030 09:14;;;vegetarisch;Exkursion\r\n';

type ListRequest = {
  status: string | null;
  page: string | null;
  accept: string | null;
  authorization: string | null;
};

/**
 * The registrations of one event in memory, with the API's rules: the list (JSON or CSV) and the
 * sign-in sheet, `forbidden` for members (403); POST registers (confirmed while seats are left,
 * otherwise waitlisted; a second POST answers the existing registration with 200); DELETE cancels
 * and moves the waitlist up; attendance needs the row's etag in If-Match (412 when stale).
 */
export function registrationStore(
  options: { forbidden?: boolean; capacity?: number; initial?: Registration[] } = {},
) {
  let items = structuredClone(options.initial ?? seedRegistrations);
  const capacity = options.capacity ?? 2;
  const lists: ListRequest[] = [];
  const sheets: { accept: string | null; authorization: string | null }[] = [];
  const posts: RegistrationInput[] = [];
  const deletes: string[] = [];
  const attendance: {
    registrationId: string;
    ifMatch: string | null;
    body: EventAttendanceInput;
  }[] = [];
  const renumber = () => {
    let position = 0;
    items = items.map((item) => {
      if (item.status !== 'WAITLISTED') {
        const { waitlistPosition: _, ...rest } = item;
        void _;
        return rest;
      }
      position += 1;
      return { ...item, waitlistPosition: position };
    });
  };
  const forbidden = () =>
    problem(403, 'Verboten', 'Nur die Koordination sieht die Anmeldungen dieser Veranstaltung.');
  return {
    lists,
    sheets,
    posts,
    deletes,
    attendance,
    get items() {
      return items;
    },
    /** Simulates a change made elsewhere, which makes the row's etag stale. */
    changeElsewhere(registrationId: string) {
      items = items.map((item) =>
        item.id === registrationId
          ? { ...item, etag: `"${item.etag.replace(/"/g, '')}-elsewhere"` }
          : item,
      );
    },
    handlers: [
      http.get(`${API}/events/:eventId/registrations`, ({ request }) => {
        const url = new URL(request.url);
        const accept = request.headers.get('Accept');
        lists.push({
          status: url.searchParams.get('status'),
          page: url.searchParams.get('page'),
          accept,
          authorization: request.headers.get('Authorization'),
        });
        if (options.forbidden) return forbidden();
        if (accept?.includes('text/csv')) {
          return new HttpResponse(REGISTRATIONS_CSV, {
            headers: { 'Content-Type': 'text/csv; charset=UTF-8' },
          });
        }
        const status = url.searchParams.get('status');
        const page = Number(url.searchParams.get('page') ?? '0');
        const size = Number(url.searchParams.get('size') ?? '20');
        const found = items.filter((item) => !status || item.status === status);
        return HttpResponse.json({
          items: found.slice(page * size, (page + 1) * size),
          page,
          size,
          totalItems: found.length,
          totalPages: Math.ceil(found.length / size),
        });
      }),
      http.get(`${API}/events/:eventId/sign-in-sheet.pdf`, ({ request }) => {
        sheets.push({
          accept: request.headers.get('Accept'),
          authorization: request.headers.get('Authorization'),
        });
        if (options.forbidden) return forbidden();
        return new HttpResponse('%PDF-1.7 Unterschriftenliste', {
          headers: { 'Content-Type': 'application/pdf' },
        });
      }),
      http.post(`${API}/events/:eventId/registrations`, async ({ request }) => {
        const body = (await request.json()) as RegistrationInput;
        posts.push(body);
        const existing = items.find(
          (item) =>
            item.participant.id === body.participantId &&
            item.status !== 'CANCELLED' &&
            item.status !== 'NO_SHOW',
        );
        if (existing) return HttpResponse.json(existing);
        const person = [gesa, kofi, mara].find((m) => m.participantId === body.participantId);
        const confirmed = items.filter((item) => item.status === 'CONFIRMED').length;
        const created = registration(
          20 + posts.length,
          {
            id: body.participantId ?? seedProfile.id,
            displayName: person?.displayName ?? 'Jemand',
          },
          {
            status: confirmed < capacity ? 'CONFIRMED' : 'WAITLISTED',
          },
        );
        items = [...items, created];
        renumber();
        return HttpResponse.json(
          items.find((item) => item.id === created.id),
          { status: 201 },
        );
      }),
      http.delete(`${API}/events/:eventId/registrations/:registrationId`, ({ params }) => {
        const id = String(params.registrationId);
        deletes.push(id);
        const found = items.find((item) => item.id === id);
        if (!found || found.status === 'CANCELLED') {
          return problem(409, 'Konflikt', 'Diese Anmeldung ist bereits storniert.');
        }
        const freed = found.status === 'CONFIRMED';
        items = items.map((item) => (item.id === id ? { ...item, status: 'CANCELLED' } : item));
        if (freed) {
          const next = items.find((item) => item.status === 'WAITLISTED');
          if (next) {
            items = items.map((item) =>
              item.id === next.id ? { ...item, status: 'CONFIRMED' } : item,
            );
          }
        }
        renumber();
        // the API's order: confirmed, then the waitlist, then the rest
        const rank = (r: Registration) =>
          r.status === 'CONFIRMED' ? 0 : r.status === 'WAITLISTED' ? 1 : 2;
        items = [...items].sort((a, b) => rank(a) - rank(b));
        return new HttpResponse(null, { status: 204 });
      }),
      http.put(
        `${API}/events/:eventId/registrations/:registrationId/attendance`,
        async ({ request, params }) => {
          const id = String(params.registrationId);
          const ifMatch = request.headers.get('If-Match');
          const body = (await request.json()) as EventAttendanceInput;
          attendance.push({ registrationId: id, ifMatch, body });
          const found = items.find((item) => item.id === id);
          if (!found) return problem(404, 'Nicht gefunden', 'Keine solche Anmeldung.');
          if (!ifMatch) return problem(428, 'Vorbedingung erforderlich', 'If-Match fehlt.');
          if (ifMatch !== found.etag) {
            return problem(412, 'Vorbedingung fehlgeschlagen', 'Die Anmeldung wurde geändert.');
          }
          const version = Number(found.etag.replace(/"/g, '')) + 10;
          const updated: Registration = { ...found, status: body.status, etag: `"${version}"` };
          items = items.map((item) => (item.id === id ? updated : item));
          return HttpResponse.json(updated);
        },
      ),
    ],
  };
}
