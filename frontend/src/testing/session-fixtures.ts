import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import { gesa, kofi, kreisUnna, mara, seedNetwork } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';

type OnlineRoom = components['schemas']['OnlineRoom'];
type Session = components['schemas']['Session'];
type Minutes = components['schemas']['Minutes'];
type MinutesInput = components['schemas']['MinutesInput'];
type AttendanceEntry = components['schemas']['AttendanceEntry'];
type AttendanceInput = components['schemas']['AttendanceInput'];
type AttendanceReport = components['schemas']['AttendanceReport'];

export const sessionRoom: OnlineRoom = {
  id: '3c0e8e5e-2b7a-4f53-9c1d-8a4f6b2d9e10',
  networkId: seedNetwork.id,
  title: 'Online-Raum Klimaschutzmanagement NRW',
  description: 'Alle zwei Wochen dienstags.',
  joinUrl: 'https://meet.example/klimaschutz-nrw',
  moderators: [{ id: kofi.participantId, displayName: kofi.displayName }],
  schedule: {
    startDate: '2026-01-13',
    startTime: '10:00',
    durationMinutes: 90,
    timeZone: 'Europe/Berlin',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  },
  createdAt: '2026-01-15T13:05:00Z',
  updatedAt: '2026-01-15T13:05:00Z',
};

/** A session far ahead: members may excuse themselves, check-in is not open yet. */
export const upcomingSession: Session = {
  date: '2030-12-10',
  // 09:00 UTC in December is 10:00 in Berlin (CET)
  startsAt: '2030-12-10T09:00:00Z',
  endsAt: '2030-12-10T10:30:00Z',
  status: 'SCHEDULED',
  topic: 'Kommunale Wärmeplanung: Stand in den Kreisen',
  presenter: 'Gesa Gastgeberin',
  materials: [
    { title: 'Folien zur Wärmeplanung', url: 'https://example.org/waermeplanung.pdf' },
    { title: 'Verdächtiger Link', url: 'javascript:alert(1)' },
  ],
  minutesPublished: false,
  checkInOpen: false,
};

/** A session that has begun (its start lies in the past) and whose check-in is open. */
export const runningSession: Session = {
  date: '2026-11-24',
  startsAt: '2026-11-24T09:00:00Z',
  endsAt: '2026-11-24T10:30:00Z',
  status: 'SCHEDULED',
  materials: [],
  minutesPublished: true,
  checkInOpen: true,
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

/** Moved from Tuesday 10:00 to Wednesday 14:00 (Berlin). */
export const movedSession: Session = {
  date: '2030-11-26',
  startsAt: '2030-11-27T13:00:00Z',
  endsAt: '2030-11-27T14:30:00Z',
  originalStartsAt: '2030-11-26T09:00:00Z',
  status: 'MOVED',
  materials: [],
  minutesPublished: false,
  checkInOpen: false,
};

export const seedSessions: Session[] = [
  upcomingSession,
  runningSession,
  cancelledSession,
  movedSession,
];

export const ole = { id: '1a2b3c4d-0000-4000-8000-000000000004', displayName: 'Ole Offen' };

export const seedAttendance: AttendanceEntry[] = [
  {
    participant: { id: gesa.participantId, displayName: gesa.displayName },
    municipality: kreisUnna.name,
    selfReported: false,
  },
  {
    participant: { id: kofi.participantId, displayName: kofi.displayName },
    status: 'PRESENT',
    selfReported: false,
    recordedAt: '2026-11-24T09:05:00Z',
  },
  {
    participant: { id: mara.participantId, displayName: mara.displayName },
    municipality: 'Schwerte',
    status: 'PRESENT',
    selfReported: true,
    recordedAt: '2026-11-24T08:50:00Z',
  },
  {
    participant: ole,
    municipality: 'Dortmund',
    selfReported: false,
  },
];

export const seedReport: AttendanceReport = {
  from: '2026-01-01',
  to: '2026-11-25',
  sessionsHeld: 22,
  rows: [
    {
      participant: { id: gesa.participantId, displayName: gesa.displayName },
      municipality: { id: kreisUnna.id, name: kreisUnna.name, officialKey: kreisUnna.officialKey },
      sessionsHeld: 22,
      present: 18,
      excused: 3,
      absent: 1,
    },
    {
      participant: { id: mara.participantId, displayName: mara.displayName },
      sessionsHeld: 4,
      present: 3,
      excused: 0,
      absent: 1,
    },
  ],
};

export const SEED_CSV =
  '\uFEFFName;Kommune;Amtlicher Schlüssel;Termine;Anwesend;Entschuldigt;Abwesend\r\n' +
  'Gesa Gastgeberin;Kreis Unna;05978;22;18;3;1\r\n';

type StoreOptions = {
  sessions?: Session[];
  minutes?: Minutes | null;
  /** Members get a 404 for draft minutes, as the API answers them. */
  viewer?: 'member' | 'coordinator';
  attendance?: AttendanceEntry[];
  report?: AttendanceReport;
  /** Every request of the attendance list or the report answers 403. */
  forbidden?: boolean;
};

/**
 * The session-records API in memory: a room, its sessions, the own check-in and excuse, minutes
 * and the attendance list with versions (If-Match: 428 without, 412 when stale), and the report as
 * JSON or CSV. Records what was sent.
 */
export function sessionRecordsStore(options: StoreOptions = {}) {
  const sessions = structuredClone(options.sessions ?? seedSessions);
  let minutes = options.minutes === undefined ? null : structuredClone(options.minutes);
  let minutesVersion = 0;
  let attendance = structuredClone(options.attendance ?? seedAttendance);
  let attendanceVersion = 0;
  const viewer = options.viewer ?? 'member';
  const minutesPuts: { ifMatch: string | null; body: MinutesInput }[] = [];
  const attendancePuts: { ifMatch: string | null; body: AttendanceInput }[] = [];
  const myPosts: { date: string; kind: 'check-in' | 'excuse' }[] = [];
  const reportRequests: {
    accept: string | null;
    authorization: string | null;
    from: string | null;
    to: string | null;
  }[] = [];

  const find = (date: unknown) => sessions.find((s) => s.date === String(date));
  const notFound = () =>
    problem(404, 'Nicht gefunden', 'An diesem Tag gibt es in diesem Raum keinen Termin.');

  return {
    minutesPuts,
    attendancePuts,
    myPosts,
    reportRequests,
    get attendance() {
      return attendance;
    },
    /** Someone else saves the minutes meanwhile: the editor's ETag becomes stale. */
    changeMinutesElsewhere(markdown: string) {
      if (minutes) minutes = { ...minutes, markdown };
      minutesVersion += 1;
    },
    /** Someone checks in meanwhile: the list's ETag becomes stale. */
    changeAttendanceElsewhere(participantId: string) {
      attendance = attendance.map((e) =>
        e.participant.id === participantId ? { ...e, status: 'PRESENT', selfReported: true } : e,
      );
      attendanceVersion += 1;
    },
    handlers: [
      http.get(`${API}/online-rooms/:roomId`, ({ params }) =>
        params.roomId === sessionRoom.id
          ? HttpResponse.json(sessionRoom, { headers: { ETag: '"0"' } })
          : problem(404, 'Nicht gefunden', 'Kein Online-Raum.'),
      ),
      http.get(`${API}/online-rooms/:roomId/sessions/:date`, ({ params }) => {
        const session = params.roomId === sessionRoom.id ? find(params.date) : undefined;
        return session ? HttpResponse.json(session, { headers: { ETag: '"0"' } }) : notFound();
      }),
      http.post(`${API}/online-rooms/:roomId/sessions/:date/attendance/me`, ({ params }) => {
        const session = find(params.date);
        if (!session) return notFound();
        myPosts.push({ date: session.date, kind: 'check-in' });
        if (!session.checkInOpen) {
          return problem(
            409,
            'Konflikt',
            'Einchecken ist erst ab 15 Minuten vor Beginn des Termins möglich.',
          );
        }
        session.myAttendance = 'PRESENT';
        return HttpResponse.json({
          date: session.date,
          status: 'PRESENT',
          recordedAt: '2026-11-24T09:02:00Z',
        });
      }),
      http.post(`${API}/online-rooms/:roomId/sessions/:date/attendance/me/excuse`, ({ params }) => {
        const session = find(params.date);
        if (!session) return notFound();
        myPosts.push({ date: session.date, kind: 'excuse' });
        if (session.status === 'CANCELLED' || Date.parse(session.startsAt) <= Date.now()) {
          return problem(409, 'Konflikt', 'Der Termin hat bereits begonnen.');
        }
        session.myAttendance = 'EXCUSED';
        return HttpResponse.json({
          date: session.date,
          status: 'EXCUSED',
          recordedAt: '2026-11-20T10:00:00Z',
        });
      }),
      http.get(`${API}/online-rooms/:roomId/sessions/:date/minutes`, () => {
        if (!minutes || (viewer === 'member' && minutes.status !== 'PUBLISHED')) {
          return problem(404, 'Nicht gefunden', 'Für diesen Termin gibt es kein Protokoll.');
        }
        return HttpResponse.json(minutes, { headers: { ETag: `"${minutesVersion}"` } });
      }),
      http.put(`${API}/online-rooms/:roomId/sessions/:date/minutes`, async ({ request }) => {
        const ifMatch = request.headers.get('If-Match');
        const body = (await request.json()) as MinutesInput;
        minutesPuts.push({ ifMatch, body });
        if (minutes && !ifMatch) {
          return problem(428, 'Vorbedingung erforderlich', 'If-Match fehlt.');
        }
        if (minutes && ifMatch !== `"${minutesVersion}"`) {
          return problem(412, 'Vorbedingung fehlgeschlagen', 'Das Protokoll wurde geändert.');
        }
        if (minutes) minutesVersion += 1;
        minutes = {
          markdown: body.markdown,
          status: body.status,
          publishedAt:
            body.status === 'PUBLISHED'
              ? (minutes?.publishedAt ?? '2026-11-25T10:00:00Z')
              : undefined,
          updatedAt: '2026-11-25T10:00:00Z',
          updatedBy: { id: kofi.participantId, displayName: kofi.displayName },
        };
        return HttpResponse.json(minutes, { headers: { ETag: `"${minutesVersion}"` } });
      }),
      http.get(`${API}/online-rooms/:roomId/sessions/:date/attendance`, ({ params }) => {
        if (options.forbidden) return problem(403, 'Verboten', 'Nur für die Koordination.');
        const session = find(params.date);
        if (!session) return notFound();
        return HttpResponse.json(
          { date: session.date, entries: attendance },
          { headers: { ETag: `"${attendanceVersion}"` } },
        );
      }),
      http.put(
        `${API}/online-rooms/:roomId/sessions/:date/attendance`,
        async ({ request, params }) => {
          const ifMatch = request.headers.get('If-Match');
          const body = (await request.json()) as AttendanceInput;
          attendancePuts.push({ ifMatch, body });
          const session = find(params.date);
          if (!session) return notFound();
          if (!ifMatch) return problem(428, 'Vorbedingung erforderlich', 'If-Match fehlt.');
          if (ifMatch !== `"${attendanceVersion}"`) {
            return problem(412, 'Vorbedingung fehlgeschlagen', 'Die Liste wurde geändert.');
          }
          if (session.status === 'CANCELLED') {
            return problem(
              409,
              'Konflikt',
              'Für einen abgesagten Termin wird keine Anwesenheit erfasst.',
            );
          }
          attendance = attendance.map((entry) => {
            const change = body.entries.find((e) => e.participantId === entry.participant.id);
            if (!change) return entry;
            return change.status
              ? { ...entry, status: change.status, selfReported: false }
              : {
                  participant: entry.participant,
                  municipality: entry.municipality,
                  selfReported: false,
                };
          });
          attendanceVersion += 1;
          return HttpResponse.json(
            { date: session.date, entries: attendance },
            { headers: { ETag: `"${attendanceVersion}"` } },
          );
        },
      ),
      http.get(`${API}/networks/:id/attendance-report`, ({ request }) => {
        const url = new URL(request.url);
        const accept = request.headers.get('Accept');
        reportRequests.push({
          accept,
          authorization: request.headers.get('Authorization'),
          from: url.searchParams.get('from'),
          to: url.searchParams.get('to'),
        });
        if (options.forbidden) {
          return problem(403, 'Verboten', 'Nur für die Koordination des Netzwerks.');
        }
        if (accept?.includes('text/csv')) {
          return new HttpResponse(SEED_CSV, {
            headers: { 'Content-Type': 'text/csv; charset=UTF-8' },
          });
        }
        const report = options.report ?? seedReport;
        return HttpResponse.json({
          ...report,
          from: url.searchParams.get('from') ?? report.from,
          to: url.searchParams.get('to') ?? report.to,
        });
      }),
    ],
  };
}

export const publishedMinutes: Minutes = {
  markdown:
    '## Themen\n\n- Wärmeplanung: Stand in den Kreisen\n- Förderaufruf [Kommunalrichtlinie](https://example.org/krl)\n',
  status: 'PUBLISHED',
  publishedAt: '2026-11-24T12:00:00Z',
  updatedAt: '2026-11-24T12:00:00Z',
  updatedBy: { id: kofi.participantId, displayName: kofi.displayName },
};

export const draftMinutes: Minutes = {
  markdown: 'Geheimer Entwurf: noch nicht abgestimmt.',
  status: 'DRAFT',
  updatedAt: '2026-11-24T12:00:00Z',
  updatedBy: { id: kofi.participantId, displayName: kofi.displayName },
};
