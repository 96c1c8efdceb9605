import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import { gesa, kreisUnna, seedNetwork, seedProfile } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';

type Event = components['schemas']['Event'];
type AgendaItem = components['schemas']['AgendaItem'];
type Registration = components['schemas']['Registration'];
type RegistrationInput = components['schemas']['RegistrationInput'];
type RegistrationUpdate = components['schemas']['RegistrationUpdate'];

const WELCOME_ID = '7b1e0c55-3a2f-4c1d-9e8f-000000000001';
const EXCHANGE_ID = '7b1e0c55-3a2f-4c1d-9e8f-000000000002';
export const EXCURSION_ID = '7b1e0c55-3a2f-4c1d-9e8f-000000000003';

/** The agenda of the meeting in Unna: 09:00 UTC is 10:00 in Berlin in March (CET). */
export const unnaAgenda: AgendaItem[] = [
  {
    id: WELCOME_ID,
    startsAt: '2031-03-20T09:00:00Z',
    endsAt: '2031-03-20T09:30:00Z',
    title: 'Begrüßung durch die Fachbereichsleitung Umwelt',
    speaker: 'Fachbereichsleitung Umwelt, Kreis Unna',
    kind: 'WELCOME',
    signUpRequired: false,
    confirmed: 0,
    waitlisted: 0,
  },
  {
    id: EXCHANGE_ID,
    startsAt: '2031-03-20T09:30:00Z',
    endsAt: '2031-03-20T12:00:00Z',
    title: 'Austausch zu Klimaschutzkonzepten',
    kind: 'EXCHANGE',
    signUpRequired: false,
    confirmed: 0,
    waitlisted: 0,
  },
  {
    id: EXCURSION_ID,
    startsAt: '2031-03-20T13:00:00Z',
    endsAt: '2031-03-20T15:00:00Z',
    title: 'Exkursion: Carsharing, Mobilitäts-App und Radstation',
    speaker: 'Gesa Gastgeberin',
    kind: 'EXCURSION',
    signUpRequired: true,
    capacity: 15,
    confirmed: 12,
    waitlisted: 0,
    seatsLeft: 3,
  },
];

/** The on-site meeting in the Kreishaus Unna: published, registration open, 5 of 30 seats left. */
export const unnaEvent: Event = {
  id: 'e1a2b3c4-0000-4000-8000-000000000001',
  networkId: seedNetwork.id,
  title: 'Präsenztreffen im Kreishaus Unna',
  description:
    'Das erste Treffen vor Ort nach einem Jahr online.\n\nWir lernen uns kennen und tauschen uns zu Klimaschutzkonzepten aus.',
  status: 'PUBLISHED',
  startsAt: '2031-03-20T09:00:00Z',
  endsAt: '2031-03-20T15:00:00Z',
  venue: {
    name: 'Kreishaus Unna',
    street: 'Friedrich-Ebert-Straße 17',
    postalCode: '59425',
    city: 'Unna',
    room: 'Sitzungssaal',
    accessibilityNotes:
      'Stufenloser Zugang über den Haupteingang, barrierefreies WC im Erdgeschoss.',
    directions: 'Ab Unna Hbf 5 Minuten zu Fuß.',
  },
  host: {
    municipality: { id: kreisUnna.id, name: kreisUnna.name, officialKey: kreisUnna.officialKey },
    participant: { id: gesa.participantId, displayName: gesa.displayName },
  },
  capacity: 30,
  registrationClosesAt: '2031-03-13T22:59:00Z',
  registrationOpen: true,
  confirmed: 25,
  waitlisted: 0,
  seatsLeft: 5,
  agenda: unnaAgenda,
  reportPublished: false,
  materials: [],
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
};

/** Fully booked: two people wait already. */
export const fullEvent: Event = {
  ...unnaEvent,
  id: 'e1a2b3c4-0000-4000-8000-000000000002',
  title: 'Präsenztreffen in Dortmund',
  startsAt: '2031-05-15T08:00:00Z',
  endsAt: '2031-05-15T14:00:00Z',
  venue: { name: 'Rathaus Dortmund', city: 'Dortmund' },
  host: {},
  registrationClosesAt: undefined,
  confirmed: 30,
  waitlisted: 2,
  seatsLeft: 0,
  agenda: [],
};

/** No capacity: everyone gets a seat. */
export const unlimitedEvent: Event = {
  ...unnaEvent,
  id: 'e1a2b3c4-0000-4000-8000-000000000003',
  title: 'Sommerfest des Netzwerks',
  startsAt: '2031-07-03T14:00:00Z',
  endsAt: '2031-07-03T18:00:00Z',
  venue: { name: 'Stadtpark', city: 'Schwerte' },
  capacity: undefined,
  seatsLeft: undefined,
  confirmed: 12,
  agenda: [],
};

export const cancelledEvent: Event = {
  ...unnaEvent,
  id: 'e1a2b3c4-0000-4000-8000-000000000004',
  title: 'Werkstatt Wärmeplanung',
  status: 'CANCELLED',
  registrationOpen: false,
  startsAt: '2031-04-10T08:00:00Z',
  endsAt: '2031-04-10T12:00:00Z',
  agenda: [],
};

export const draftEvent: Event = {
  ...unnaEvent,
  id: 'e1a2b3c4-0000-4000-8000-000000000005',
  title: 'Herbsttreffen (in Planung)',
  status: 'DRAFT',
  registrationOpen: false,
  startsAt: '2031-09-18T08:00:00Z',
  endsAt: '2031-09-18T14:00:00Z',
  agenda: [],
};

/** Registration opens later. */
export const notYetOpenEvent: Event = {
  ...unnaEvent,
  id: 'e1a2b3c4-0000-4000-8000-000000000006',
  title: 'Wintertreffen',
  registrationOpen: false,
  registrationOpensAt: '2031-01-05T08:00:00Z',
  registrationClosesAt: undefined,
  startsAt: '2031-12-04T08:00:00Z',
  endsAt: '2031-12-04T14:00:00Z',
  agenda: [],
};

/** Held last year, with a published report (and some hostile Markdown) and materials. */
export const pastEvent: Event = {
  ...unnaEvent,
  id: 'e1a2b3c4-0000-4000-8000-000000000007',
  title: 'Auftakttreffen in Hamm',
  startsAt: '2025-09-18T08:00:00Z',
  endsAt: '2025-09-18T14:00:00Z',
  venue: { name: 'Rathaus Hamm', city: 'Hamm' },
  registrationOpen: false,
  registrationClosesAt: undefined,
  confirmed: 28,
  seatsLeft: 2,
  agenda: [],
  report:
    '## Ergebnisse\n\nWir haben [Klimaschutzkonzepte verglichen](https://example.org/vergleich).\n\n<script>alert(1)</script>\n\nEin [böser Link](javascript:alert(1)) und ein Bild: ![Schaubild](https://tracker.example/pixel.png) <img src=x onerror=alert(1)>\n',
  reportPublished: true,
  materials: [
    { title: 'Folien zum Auftakt', url: 'https://example.org/folien.pdf' },
    { title: 'Verdächtiges Material', url: 'javascript:alert(1)' },
  ],
  myRegistration: {
    id: 'a0000000-0000-4000-8000-000000000099',
    status: 'ATTENDED',
  },
};

export const seedEvents: Event[] = [
  unnaEvent,
  fullEvent,
  unlimitedEvent,
  cancelledEvent,
  notYetOpenEvent,
  pastEvent,
];

type StoreOptions = {
  events?: Event[];
  /** Registrations the caller already has, by event id. */
  mine?: Record<string, Registration>;
  /** Every POST answers 409 with this detail. */
  refuseWith?: string;
};

/** A registration of the demo member, as the API shapes it. */
export function myRegistration(eventId: string, change: Partial<Registration> = {}): Registration {
  return {
    id: `b0000000-0000-4000-8000-${eventId.slice(-12)}`,
    eventId,
    participant: { id: seedProfile.id, displayName: seedProfile.displayName },
    status: 'CONFIRMED',
    agendaSignUps: [],
    etag: '"0"',
    createdAt: '2026-11-25T09:00:00Z',
    updatedAt: '2026-11-25T09:00:00Z',
    ...change,
  };
}

/**
 * The events API in memory, as seen by the demo member: lists by `when` (by the end time against
 * the clock), the event with `myRegistration`, the own registration (404 without), registering
 * with seats or waitlist (201, 200 for an existing one, 409 when closed), changes with If-Match
 * (428 without, 412 when stale) and withdrawal. Records what was sent.
 */
export function eventsStore(options: StoreOptions = {}) {
  const events = structuredClone(options.events ?? seedEvents);
  const mine: Record<string, Registration> = structuredClone(options.mine ?? {});
  const posts: { eventId: string; body: RegistrationInput }[] = [];
  const puts: { eventId: string; ifMatch: string | null; body: RegistrationUpdate }[] = [];
  const deletes: { eventId: string; registrationId: string }[] = [];
  const listRequests: { when: string | null; page: string | null; size: string | null }[] = [];
  let meRequests = 0;

  const find = (eventId: unknown) => events.find((e) => e.id === String(eventId));
  const notFound = () => problem(404, 'Nicht gefunden', 'Es gibt keine solche Veranstaltung.');
  const withMine = (event: Event): Event => {
    const own = mine[event.id];
    return own
      ? {
          ...event,
          myRegistration: {
            id: own.id,
            status: own.status,
            ...(own.waitlistPosition !== undefined
              ? { waitlistPosition: own.waitlistPosition }
              : {}),
          },
        }
      : event;
  };
  const bump = (registration: Registration) => {
    const version = Number(registration.etag.replaceAll('"', '')) + 1;
    registration.etag = `"${version}"`;
  };
  const signUpsFor = (event: Event, ids: string[]) =>
    ids.map((agendaItemId) => {
      const item = event.agenda.find((i) => i.id === agendaItemId)!;
      if (item.seatsLeft === undefined || item.seatsLeft > 0) {
        item.confirmed += 1;
        if (item.seatsLeft !== undefined) item.seatsLeft -= 1;
        return { agendaItemId, status: 'CONFIRMED' as const };
      }
      item.waitlisted += 1;
      return { agendaItemId, status: 'WAITLISTED' as const, waitlistPosition: item.waitlisted };
    });

  return {
    posts,
    puts,
    deletes,
    listRequests,
    get meRequests() {
      return meRequests;
    },
    mine,
    events,
    /** A seat came free elsewhere: the waitlisted registration is confirmed (and gets a new version). */
    promote(eventId: string) {
      const event = find(eventId)!;
      const own = mine[eventId]!;
      own.status = 'CONFIRMED';
      delete own.waitlistPosition;
      bump(own);
      event.waitlisted -= 1;
      event.confirmed += 1;
    },
    /** Someone changed the registration elsewhere (another tab): the form's version is stale. */
    changeElsewhere(eventId: string, change: Partial<Registration>) {
      const own = mine[eventId]!;
      Object.assign(own, change);
      bump(own);
    },
    handlers: [
      http.get(`${API}/networks/:id/events`, ({ request, params }) => {
        if (params.id !== seedNetwork.id) return problem(404, 'Nicht gefunden', 'Kein Netzwerk.');
        const url = new URL(request.url);
        const when = url.searchParams.get('when');
        listRequests.push({
          when,
          page: url.searchParams.get('page'),
          size: url.searchParams.get('size'),
        });
        const page = Number(url.searchParams.get('page') ?? '0');
        const size = Number(url.searchParams.get('size') ?? '20');
        const now = Date.now();
        const found = events
          .filter((e) => e.status !== 'DRAFT')
          .filter((e) =>
            when === 'past' ? Date.parse(e.endsAt) <= now : Date.parse(e.endsAt) > now,
          )
          .sort((a, b) =>
            when === 'past'
              ? Date.parse(b.startsAt) - Date.parse(a.startsAt)
              : Date.parse(a.startsAt) - Date.parse(b.startsAt),
          );
        return HttpResponse.json({
          items: found.slice(page * size, (page + 1) * size).map(withMine),
          page,
          size,
          totalItems: found.length,
          totalPages: Math.ceil(found.length / size),
        });
      }),
      http.get(`${API}/events/:eventId`, ({ params }) => {
        const event = find(params.eventId);
        return event
          ? HttpResponse.json(withMine(event), { headers: { ETag: '"0"' } })
          : notFound();
      }),
      http.get(`${API}/events/:eventId/registrations/me`, ({ params }) => {
        meRequests += 1;
        const own = mine[String(params.eventId)];
        return own
          ? HttpResponse.json(own)
          : problem(404, 'Nicht gefunden', 'Sie sind für diese Veranstaltung nicht angemeldet.');
      }),
      http.post(`${API}/events/:eventId/registrations`, async ({ request, params }) => {
        const event = find(params.eventId);
        if (!event) return notFound();
        const body = (await request.json()) as RegistrationInput;
        posts.push({ eventId: event.id, body });
        if (options.refuseWith) return problem(409, 'Konflikt', options.refuseWith);
        const existing = mine[event.id];
        if (existing) return HttpResponse.json(existing, { status: 200 });
        if (!event.registrationOpen) {
          return problem(409, 'Konflikt', 'Die Anmeldung ist geschlossen.');
        }
        const full = event.seatsLeft !== undefined && event.seatsLeft <= 0;
        if (full) event.waitlisted += 1;
        else {
          event.confirmed += 1;
          if (event.seatsLeft !== undefined) event.seatsLeft -= 1;
        }
        const registration = myRegistration(event.id, {
          status: full ? 'WAITLISTED' : 'CONFIRMED',
          ...(full ? { waitlistPosition: event.waitlisted } : {}),
          note: body.note ?? undefined,
          accessibilityNeeds: body.accessibilityNeeds ?? undefined,
          dietaryNeeds: body.dietaryNeeds ?? undefined,
          agendaSignUps: signUpsFor(event, body.agendaItemIds ?? []),
        });
        mine[event.id] = registration;
        return HttpResponse.json(registration, {
          status: 201,
          headers: { Location: `/api/v1/events/${event.id}/registrations/${registration.id}` },
        });
      }),
      http.put(
        `${API}/events/:eventId/registrations/:registrationId`,
        async ({ request, params }) => {
          const event = find(params.eventId);
          const own = event ? mine[event.id] : undefined;
          if (!event || !own || own.id !== params.registrationId) return notFound();
          const ifMatch = request.headers.get('If-Match');
          const body = (await request.json()) as RegistrationUpdate;
          puts.push({ eventId: event.id, ifMatch, body });
          if (!ifMatch) return problem(428, 'Vorbedingung erforderlich', 'If-Match fehlt.');
          if (ifMatch !== own.etag) {
            return problem(412, 'Vorbedingung fehlgeschlagen', 'Die Anmeldung wurde geändert.');
          }
          const ids = body.agendaItemIds ?? [];
          const kept = own.agendaSignUps.filter((s) => ids.includes(s.agendaItemId));
          const added = ids.filter((id) => !kept.some((s) => s.agendaItemId === id));
          own.note = body.note ?? undefined;
          own.accessibilityNeeds = body.accessibilityNeeds ?? undefined;
          own.dietaryNeeds = body.dietaryNeeds ?? undefined;
          own.agendaSignUps = [...kept, ...signUpsFor(event, added)];
          bump(own);
          return HttpResponse.json(own);
        },
      ),
      http.delete(`${API}/events/:eventId/registrations/:registrationId`, ({ params }) => {
        const event = find(params.eventId);
        const own = event ? mine[event.id] : undefined;
        if (!event || !own || own.id !== params.registrationId) return notFound();
        deletes.push({ eventId: event.id, registrationId: own.id });
        if (own.status === 'CONFIRMED') {
          event.confirmed -= 1;
          if (event.seatsLeft !== undefined) event.seatsLeft += 1;
        } else event.waitlisted -= 1;
        delete mine[event.id];
        return new HttpResponse(null, { status: 204 });
      }),
    ],
  };
}
