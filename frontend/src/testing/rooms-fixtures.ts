import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import { kofi, seedNetwork } from '@/testing/fixtures';
import { API, problem, validationProblem } from '@/testing/handlers';

type OnlineRoom = components['schemas']['OnlineRoom'];
type OnlineRoomInput = components['schemas']['OnlineRoomInput'];
type Session = components['schemas']['Session'];
type SessionInput = components['schemas']['SessionInput'];
type UpcomingItem = components['schemas']['UpcomingItem'];
type CalendarFeedStatus = components['schemas']['CalendarFeedStatus'];

export const ROOM_ID = '4d2f6a1e-7b3c-4e5d-9f0a-1b2c3d4e5f60';
export const NEW_ROOM_ID = '4d2f6a1e-7b3c-4e5d-9f0a-1b2c3d4e5f61';

/** Tuesday 10 December 2030, 10:00–11:30 in Berlin; with topic, presenter and materials. */
export const nextSession: Session = {
  date: '2030-12-10',
  startsAt: '2030-12-10T09:00:00Z',
  endsAt: '2030-12-10T10:30:00Z',
  status: 'SCHEDULED',
  topic: 'Kommunale Wärmeplanung – Zwischenstand',
  presenter: 'Gesa Gastgeberin',
  materials: [
    { title: 'Folien zur Wärmeplanung', url: 'https://example.org/waermeplanung.pdf' },
    { title: 'Verdächtiger Link', url: 'javascript:alert(1)' },
  ],
  minutesPublished: false,
  checkInOpen: false,
};

export const cancelledSession: Session = {
  date: '2030-12-24',
  startsAt: '2030-12-24T09:00:00Z',
  endsAt: '2030-12-24T10:30:00Z',
  status: 'CANCELLED',
  cancellationReason: 'Weihnachtspause',
  materials: [],
  minutesPublished: false,
  checkInOpen: false,
};

/** Moved from Tuesday 7 January 2031, 10:00 to Wednesday 8 January, 14:00. */
export const movedSession: Session = {
  date: '2031-01-07',
  startsAt: '2031-01-08T13:00:00Z',
  endsAt: '2031-01-08T14:30:00Z',
  originalStartsAt: '2031-01-07T09:00:00Z',
  status: 'MOVED',
  materials: [],
  minutesPublished: false,
  checkInOpen: false,
};

export const pastWithMinutes: Session = {
  date: '2025-11-25',
  startsAt: '2025-11-25T09:00:00Z',
  endsAt: '2025-11-25T10:30:00Z',
  status: 'SCHEDULED',
  topic: 'Förderaufruf Kommunalrichtlinie',
  materials: [],
  minutesPublished: true,
  checkInOpen: false,
};

export const pastWithoutMinutes: Session = {
  date: '2025-11-11',
  startsAt: '2025-11-11T09:00:00Z',
  endsAt: '2025-11-11T10:30:00Z',
  status: 'SCHEDULED',
  materials: [],
  minutesPublished: false,
  checkInOpen: false,
};

export const seedRoom: OnlineRoom = {
  id: ROOM_ID,
  networkId: seedNetwork.id,
  title: 'Online-Austausch Klimaschutzmanagement NRW',
  description: 'Offener Austausch alle zwei Wochen, moderiert von der Kommunal Agentur NRW.',
  joinUrl: 'https://meet.kommunal-agentur.example/klimanetz-nrw',
  accessCode: '482913',
  dialIn: '+49 211 98765-100, Konferenz-ID 482913#',
  moderators: [{ id: kofi.participantId, displayName: kofi.displayName }],
  schedule: {
    startDate: '2026-01-13',
    startTime: '10:00',
    durationMinutes: 90,
    timeZone: 'Europe/Berlin',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  },
  nextSession,
  createdAt: '2026-01-10T09:00:00Z',
  updatedAt: '2026-01-10T09:00:00Z',
};

type StoreOptions = {
  room?: OnlineRoom;
  upcoming?: Session[];
  past?: Session[];
  /** Answers every POST of a room with these violations (400). */
  createViolations?: { field: string; message: string }[];
  /** The calendar subscription the person has at the start (none: `null`). */
  feed?: CalendarFeedStatus | null;
};

const today = () => new Date().toISOString().slice(0, 10);

/**
 * An in-memory online room of the seed network with versions: GET answers with ETags, PUTs need
 * the current one (412 when stale) and change what GET answers next; every write is recorded.
 */
export function roomsStore(options: StoreOptions = {}) {
  let room = structuredClone(options.room ?? seedRoom);
  let version = 0;
  let upcoming = structuredClone(options.upcoming ?? [nextSession, cancelledSession, movedSession]);
  const past = structuredClone(options.past ?? [pastWithoutMinutes, pastWithMinutes]);
  const sessionVersions = new Map<string, number>();
  let feed = options.feed === undefined ? null : options.feed;
  let feedCount = 0;
  const roomPosts: OnlineRoomInput[] = [];
  const roomPuts: { ifMatch: string | null; body: OnlineRoomInput }[] = [];
  const roomDeletes: string[] = [];
  const sessionPuts: { date: string; ifMatch: string | null; body: SessionInput }[] = [];
  const calendarRequests: { accept: string | null; authorization: string | null }[] = [];
  const sessionsQueries: { from: string | null; to: string | null }[] = [];
  const feedCalls: string[] = [];
  const sessionEtag = (date: string) => `"s${sessionVersions.get(date) ?? 0}"`;
  const findSession = (date: string) =>
    upcoming.find((s) => s.date === date) ?? past.find((s) => s.date === date);

  return {
    get room() {
      return room;
    },
    get upcoming() {
      return upcoming;
    },
    roomPosts,
    roomPuts,
    roomDeletes,
    sessionPuts,
    calendarRequests,
    sessionsQueries,
    feedCalls,
    /** Simulates a change made elsewhere, which makes the page's ETag stale. */
    changeElsewhere(change: Partial<OnlineRoom>) {
      room = { ...room, ...change };
      version += 1;
    },
    changeSessionElsewhere(date: string) {
      sessionVersions.set(date, (sessionVersions.get(date) ?? 0) + 1);
    },
    handlers: [
      http.get(`${API}/networks/:id/online-rooms`, ({ params }) =>
        params.id === room.networkId
          ? HttpResponse.json({
              items: roomDeletes.includes(room.id) ? [] : [room],
              page: 0,
              size: 100,
              totalItems: roomDeletes.includes(room.id) ? 0 : 1,
              totalPages: 1,
            })
          : HttpResponse.json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
      ),
      http.post(`${API}/networks/:id/online-rooms`, async ({ request, params }) => {
        const body = (await request.json()) as OnlineRoomInput;
        roomPosts.push(body);
        if (options.createViolations) return validationProblem(options.createViolations);
        const created: OnlineRoom = {
          id: NEW_ROOM_ID,
          networkId: String(params.id),
          title: body.title,
          description: body.description ?? undefined,
          joinUrl: body.joinUrl,
          accessCode: body.accessCode ?? undefined,
          dialIn: body.dialIn ?? undefined,
          moderators: [],
          schedule: {
            ...body.schedule,
            timeZone: body.schedule.timeZone ?? 'Europe/Berlin',
          },
          createdAt: '2026-11-25T10:00:00Z',
          updatedAt: '2026-11-25T10:00:00Z',
        };
        room = created;
        return HttpResponse.json(created, {
          status: 201,
          headers: { ETag: '"0"', Location: `/api/v1/online-rooms/${created.id}` },
        });
      }),
      http.get(`${API}/online-rooms/:roomId`, ({ params }) =>
        params.roomId === room.id && !roomDeletes.includes(room.id)
          ? HttpResponse.json(room, { headers: { ETag: `"${version}"` } })
          : problem(404, 'Nicht gefunden', 'Diesen Online-Raum gibt es nicht.'),
      ),
      http.put(`${API}/online-rooms/:roomId`, async ({ request }) => {
        const ifMatch = request.headers.get('If-Match');
        const body = (await request.json()) as OnlineRoomInput;
        roomPuts.push({ ifMatch, body });
        if (ifMatch !== `"${version}"`) {
          return problem(412, 'Vorbedingung fehlgeschlagen', 'Der Online-Raum wurde geändert.');
        }
        room = {
          ...room,
          title: body.title,
          description: body.description ?? undefined,
          joinUrl: body.joinUrl,
          accessCode: body.accessCode ?? undefined,
          dialIn: body.dialIn ?? undefined,
          schedule: { ...body.schedule, timeZone: body.schedule.timeZone ?? 'Europe/Berlin' },
        };
        version += 1;
        return HttpResponse.json(room, { headers: { ETag: `"${version}"` } });
      }),
      http.delete(`${API}/online-rooms/:roomId`, ({ params }) => {
        roomDeletes.push(String(params.roomId));
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${API}/online-rooms/:roomId/sessions`, ({ request }) => {
        const url = new URL(request.url);
        const from = url.searchParams.get('from');
        const to = url.searchParams.get('to');
        sessionsQueries.push({ from, to });
        const items = from !== null && from < today() ? past : upcoming;
        return HttpResponse.json({ from, to, items });
      }),
      http.get(`${API}/online-rooms/:roomId/sessions/:date`, ({ params }) => {
        const session = findSession(String(params.date));
        return session
          ? HttpResponse.json(session, { headers: { ETag: sessionEtag(session.date) } })
          : problem(404, 'Nicht gefunden', 'An diesem Tag gibt es keinen Termin.');
      }),
      http.put(`${API}/online-rooms/:roomId/sessions/:date`, async ({ request, params }) => {
        const date = String(params.date);
        const ifMatch = request.headers.get('If-Match');
        const body = (await request.json()) as SessionInput;
        sessionPuts.push({ date, ifMatch, body });
        const session = findSession(date);
        if (!session) return problem(404, 'Nicht gefunden', 'Kein Termin.');
        if (ifMatch !== sessionEtag(date)) {
          return problem(412, 'Vorbedingung fehlgeschlagen', 'Der Termin wurde geändert.');
        }
        const original = session.originalStartsAt ?? session.startsAt;
        const originalEnd =
          Date.parse(original) + (Date.parse(session.endsAt) - Date.parse(session.startsAt));
        let next: Session;
        if (body.cancelled) {
          next = {
            ...session,
            status: 'CANCELLED',
            cancellationReason: body.cancellationReason ?? undefined,
          };
        } else if (body.startsAt) {
          const minutes = body.durationMinutes ?? 90;
          next = {
            ...session,
            status: 'MOVED',
            startsAt: body.startsAt,
            endsAt: new Date(Date.parse(body.startsAt) + minutes * 60_000).toISOString(),
            originalStartsAt: original,
            cancellationReason: undefined,
          };
        } else {
          next = {
            ...session,
            status: 'SCHEDULED',
            startsAt: original,
            endsAt: new Date(originalEnd).toISOString(),
            originalStartsAt: undefined,
            cancellationReason: undefined,
          };
        }
        upcoming = upcoming.map((s) => (s.date === date ? next : s));
        sessionVersions.set(date, (sessionVersions.get(date) ?? 0) + 1);
        return HttpResponse.json(next, { headers: { ETag: sessionEtag(date) } });
      }),
      http.get(`${API}/networks/:id/calendar.ics`, ({ request }) => {
        calendarRequests.push({
          accept: request.headers.get('Accept'),
          authorization: request.headers.get('Authorization'),
        });
        return new HttpResponse('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', {
          headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
        });
      }),
      http.get(`${API}/me/calendar-feed`, () => {
        feedCalls.push('GET');
        return feed
          ? HttpResponse.json(feed)
          : problem(404, 'Nicht gefunden', 'Sie haben kein Kalender-Abo.');
      }),
      http.post(`${API}/me/calendar-feed`, () => {
        feedCalls.push('POST');
        feedCount += 1;
        feed = { createdAt: '2026-11-25T10:15:00Z' };
        return HttpResponse.json(
          {
            url: `/api/v1/calendar/geheim-${feedCount}.ics`,
            createdAt: feed.createdAt,
          },
          { status: 201 },
        );
      }),
      http.delete(`${API}/me/calendar-feed`, () => {
        feedCalls.push('DELETE');
        feed = null;
        return new HttpResponse(null, { status: 204 });
      }),
    ],
  };
}

/** Items of `/me/upcoming` for the seed room; `session` decides what is shown. */
export function upcomingItem(session: Session, room: Partial<OnlineRoom> = {}): UpcomingItem {
  const base = { ...seedRoom, ...room };
  return {
    kind: 'ONLINE_SESSION',
    networkId: base.networkId,
    networkName: seedNetwork.name,
    roomId: base.id,
    roomTitle: base.title,
    joinUrl: base.joinUrl,
    accessCode: base.accessCode,
    dialIn: base.dialIn,
    session,
  };
}

/**
 * `/me/upcoming` with the given items and check-in: records each POST; `checkIn: 'conflict'`
 * answers 409 like the API outside the check-in window.
 */
export function upcomingStore(
  items: UpcomingItem[],
  options: { checkIn?: 'ok' | 'conflict' } = {},
) {
  const checkIns: { roomId: string; date: string }[] = [];
  return {
    checkIns,
    handlers: [
      http.get(`${API}/me/upcoming`, () => HttpResponse.json({ items })),
      http.post(`${API}/online-rooms/:roomId/sessions/:date/attendance/me`, ({ params }) => {
        const roomId = String(params.roomId);
        const date = String(params.date);
        checkIns.push({ roomId, date });
        if (options.checkIn === 'conflict') {
          return problem(
            409,
            'Konflikt',
            'Einchecken ist ab 15 Minuten vor Beginn bis zum Ende des Termins möglich.',
          );
        }
        return HttpResponse.json({ date, status: 'PRESENT', recordedAt: new Date().toISOString() });
      }),
    ],
  };
}
