import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/api/schema.gen';
import { seedNetwork } from '@/testing/fixtures';
import { API, problem } from '@/testing/handlers';
import { ROOM_ID, upcomingItem, upcomingStore } from '@/testing/rooms-fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const OTHER_ROOM = '4d2f6a1e-7b3c-4e5d-9f0a-1b2c3d4e5f99';

/** Tuesday 8 December 2026, 10:00–11:30 in Berlin (CET). */
const today = {
  date: '2026-12-08',
  startsAt: '2026-12-08T10:00:00+01:00',
  endsAt: '2026-12-08T11:30:00+01:00',
  status: 'SCHEDULED' as const,
  topic: 'Kommunale Wärmeplanung',
  materials: [],
  minutesPublished: false,
  checkInOpen: false,
};
const inTwoWeeks = {
  ...today,
  date: '2026-12-22',
  startsAt: '2026-12-22T10:00:00+01:00',
  endsAt: '2026-12-22T11:30:00+01:00',
  topic: undefined,
};
const otherRoomSession = {
  ...today,
  date: '2026-12-09',
  startsAt: '2026-12-09T14:00:00+01:00',
  endsAt: '2026-12-09T15:00:00+01:00',
  topic: undefined,
};

type AnyUpcomingItem = components['schemas']['UpcomingItem'];
type UpcomingEvent = components['schemas']['UpcomingEvent'];

/** An on-site event among the items of `/me/upcoming`. */
function eventItem(
  event: Partial<UpcomingEvent> & Pick<UpcomingEvent, 'id' | 'title' | 'startsAt' | 'endsAt'>,
  network: { id: string; name: string } = seedNetwork,
): AnyUpcomingItem {
  return {
    kind: 'ON_SITE_EVENT',
    networkId: network.id,
    networkName: network.name,
    event: { status: 'PUBLISHED', venueName: 'Kreishaus Unna', city: 'Unna', ...event },
  };
}

const MUENSTERLAND = {
  id: '0b6f2a52-4a4c-4d0e-9a57-3f2a8d5e7c99',
  name: 'Klimanetz Münsterland',
};

/** Confirmed, waitlisted, not registered (over two days), cancelled though registered. */
const events = [
  eventItem({
    id: '7b1e0c55-3a2f-4c1d-9e8f-0000000000e1',
    title: 'Präsenztreffen im Kreishaus Unna',
    startsAt: '2026-12-10T10:00:00+01:00',
    endsAt: '2026-12-10T16:00:00+01:00',
    myRegistration: { id: '9a000000-0000-4000-8000-000000000001', status: 'CONFIRMED' },
  }),
  eventItem({
    id: '7b1e0c55-3a2f-4c1d-9e8f-0000000000e2',
    title: 'Werkstatt Wärmeplanung',
    startsAt: '2026-12-14T09:30:00+01:00',
    endsAt: '2026-12-14T15:00:00+01:00',
    venueName: 'Rathaus, Ratssaal',
    city: 'Dortmund',
    myRegistration: {
      id: '9a000000-0000-4000-8000-000000000002',
      status: 'WAITLISTED',
      waitlistPosition: 3,
    },
  }),
  eventItem(
    {
      id: '7b1e0c55-3a2f-4c1d-9e8f-0000000000e3',
      title: 'Exkursion Bürgerwindpark',
      startsAt: '2026-12-16T09:00:00+01:00',
      endsAt: '2026-12-17T15:00:00+01:00',
      venueName: 'Bürgerwindpark Hollich',
      city: 'Steinfurt',
    },
    MUENSTERLAND,
  ),
  eventItem({
    id: '7b1e0c55-3a2f-4c1d-9e8f-0000000000e4',
    title: 'Netzwerktreffen Jahresabschluss',
    status: 'CANCELLED',
    startsAt: '2026-12-18T14:00:00+01:00',
    endsAt: '2026-12-18T17:00:00+01:00',
    myRegistration: { id: '9a000000-0000-4000-8000-000000000004', status: 'CONFIRMED' },
  }),
];

function useClock(iso: string, toFake: ('Date' | 'setInterval' | 'clearInterval')[] = ['Date']) {
  vi.useFakeTimers({ toFake });
  vi.setSystemTime(new Date(iso));
}

afterEach(() => {
  vi.useRealTimers();
});

async function card(roomTitle: string) {
  const heading = await screen.findByRole('heading', { level: 3, name: roomTitle });
  return heading.closest('article')!;
}

describe('Mein Überblick', () => {
  it('shows the next session of each room prominently and the others below', async () => {
    useClock('2026-12-08T09:40:00+01:00');
    server.use(
      ...upcomingStore([
        upcomingItem(today),
        upcomingItem(otherRoomSession, { id: OTHER_ROOM, title: 'Sprechstunde Förderung' }),
        upcomingItem(inTwoWeeks),
      ]).handlers,
    );
    await renderApp('/');

    expect(screen.getByRole('heading', { level: 1, name: 'Mein Überblick' })).toBeInTheDocument();
    expect(document.title).toBe('Mein Überblick – Klimanetz');
    const next = await screen.findByRole('heading', {
      level: 2,
      name: 'Ihre nächsten Online-Termine',
    });
    expect(within(next.closest('section')!).getAllByRole('article')).toHaveLength(2);

    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(within(room).getByText(seedNetwork.name)).toBeInTheDocument();
    expect(
      within(room).getByRole('link', { name: 'Online-Austausch Klimaschutzmanagement NRW' }),
    ).toHaveAttribute('href', `/online-raeume/${ROOM_ID}`);
    const when = within(room).getByText('Dienstag, 8. Dezember 2026, 10:00–11:30 Uhr');
    expect(when.tagName).toBe('TIME');
    expect(when).toHaveAttribute('datetime', today.startsAt);
    expect(within(room).getByText('in 20 Minuten')).toBeInTheDocument();
    expect(within(room).getByText('Thema: Kommunale Wärmeplanung')).toBeInTheDocument();

    const join = within(room).getByRole('link', { name: /^Online-Raum betreten/ });
    expect(join).toHaveAttribute('href', 'https://meet.kommunal-agentur.example/klimanetz-nrw');
    expect(join).toHaveAttribute('target', '_blank');
    expect(join).toHaveAttribute('rel', 'noopener noreferrer');
    expect(join).toHaveAccessibleName(
      'Online-Raum betreten – Online-Austausch Klimaschutzmanagement NRW (öffnet in einem neuen Fenster)',
    );
    expect(within(room).getByText('482913')).toBeInTheDocument();
    expect(within(room).getByText('+49 211 98765-100, Konferenz-ID 482913#')).toBeInTheDocument();
    expect(within(room).getByRole('link', { name: /Zum Termin/ })).toHaveAttribute(
      'href',
      `/online-raeume/${ROOM_ID}/termine/2026-12-08`,
    );
    // not yet within 15 minutes of the start
    expect(
      within(room).queryByRole('button', { name: /Jetzt einchecken/ }),
    ).not.toBeInTheDocument();

    const other = await card('Sprechstunde Förderung');
    expect(within(other).getByText('morgen')).toBeInTheDocument();

    const further = screen
      .getByRole('heading', { level: 2, name: 'Weitere Online-Termine' })
      .closest('section')!;
    const items = within(further).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(
      'Dienstag, 22. Dezember 2026, 10:00–11:30 Uhr: Online-Austausch Klimaschutzmanagement NRW',
    );
    expect(within(items[0]!).getByRole('link')).toHaveAttribute(
      'href',
      `/online-raeume/${ROOM_ID}/termine/2026-12-22`,
    );
  });

  it('shows the on-site events with place, status and my registration in words', async () => {
    useClock('2026-12-08T09:40:00+01:00');
    server.use(
      ...upcomingStore([upcomingItem(today), ...events, upcomingItem(inTwoWeeks)]).handlers,
    );
    await renderApp('/');

    expect(
      screen.getByText(
        'Ihre nächsten Termine in den Online-Räumen und die Präsenztreffen Ihrer Netzwerke.',
      ),
    ).toBeInTheDocument();
    await card('Online-Austausch Klimaschutzmanagement NRW');
    // headings in order: the prominent sessions, the on-site events, the further sessions
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Ihre nächsten Online-Termine',
      'Präsenztreffen',
      'Weitere Online-Termine',
    ]);
    const section = screen
      .getByRole('heading', { level: 2, name: 'Präsenztreffen' })
      .closest('section')!;
    expect(within(section).getAllByRole('article')).toHaveLength(4);

    const unna = await card('Präsenztreffen im Kreishaus Unna');
    expect(
      within(unna).getByRole('link', { name: 'Präsenztreffen im Kreishaus Unna' }),
    ).toHaveAttribute('href', '/veranstaltungen/7b1e0c55-3a2f-4c1d-9e8f-0000000000e1');
    expect(within(unna).getByText(seedNetwork.name)).toBeInTheDocument();
    const when = within(unna).getByText('Donnerstag, 10. Dezember 2026, 10:00–16:00 Uhr');
    expect(when.tagName).toBe('TIME');
    expect(when).toHaveAttribute('datetime', '2026-12-10T10:00:00+01:00');
    expect(within(unna).getByText('übermorgen')).toBeInTheDocument();
    expect(within(unna).getByText('Ort: Kreishaus Unna, Unna')).toBeInTheDocument();
    expect(within(unna).getByText('Sie sind angemeldet')).toBeInTheDocument();
    expect(within(unna).queryByText('Noch nicht angemeldet', { exact: false })).toBeNull();

    const workshop = await card('Werkstatt Wärmeplanung');
    expect(within(workshop).getByText('Ort: Rathaus, Ratssaal, Dortmund')).toBeInTheDocument();
    expect(within(workshop).getByText('Warteliste Platz 3')).toBeInTheDocument();
    expect(within(workshop).queryByText('Sie sind angemeldet')).toBeNull();

    const excursion = await card('Exkursion Bürgerwindpark');
    expect(within(excursion).getByText('Klimanetz Münsterland')).toBeInTheDocument();
    expect(
      within(excursion).getByText(
        'Mittwoch, 16. Dezember 2026, 09:00 Uhr bis Donnerstag, 17. Dezember 2026, 15:00 Uhr',
      ),
    ).toBeInTheDocument();
    expect(within(excursion).getByText(/Noch nicht angemeldet/)).toBeInTheDocument();
    expect(
      within(excursion).getByRole('link', {
        name: 'Details und Anmeldung – Exkursion Bürgerwindpark',
      }),
    ).toHaveAttribute('href', '/veranstaltungen/7b1e0c55-3a2f-4c1d-9e8f-0000000000e3');

    const cancelled = await card('Netzwerktreffen Jahresabschluss');
    expect(within(cancelled).getByText('Abgesagt')).toBeInTheDocument();
    expect(
      within(cancelled).getByText('Freitag, 18. Dezember 2026, 14:00–17:00 Uhr').closest('s'),
    ).not.toBeNull();
    expect(within(cancelled).queryByText('Sie sind angemeldet')).toBeNull();
    expect(within(cancelled).queryByText(/Noch nicht angemeldet/)).toBeNull();

    // the events are not mixed into the online rooms' cards and list
    const next = screen
      .getByRole('heading', { level: 2, name: 'Ihre nächsten Online-Termine' })
      .closest('section')!;
    expect(within(next).getAllByRole('article')).toHaveLength(1);
    const further = screen
      .getByRole('heading', { level: 2, name: 'Weitere Online-Termine' })
      .closest('section')!;
    expect(within(further).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows on-site events alone when there are no online rooms', async () => {
    useClock('2026-12-08T09:40:00+01:00');
    server.use(...upcomingStore([events[0]!]).handlers);
    await renderApp('/');
    await card('Präsenztreffen im Kreishaus Unna');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Präsenztreffen',
    ]);
    expect(screen.queryByText('Noch keine Termine')).toBeNull();
  });

  it('asks for up to 50 items, so the next held session follows a cancelled one', async () => {
    let limit: string | null = null;
    server.use(
      http.get(`${API}/me/upcoming`, ({ request }) => {
        limit = new URL(request.url).searchParams.get('limit');
        return HttpResponse.json({ items: [upcomingItem(today)] });
      }),
    );
    await renderApp('/');
    await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(limit).toBe('50');
  });

  it('copies the access code and announces it', async () => {
    server.use(...upcomingStore([upcomingItem(today)]).handlers);
    const { user } = await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    await user.click(within(room).getByRole('button', { name: 'Zugangscode kopieren' }));
    expect(await navigator.clipboard.readText()).toBe('482913');
    const status = within(room).getByText('Zugangscode kopiert');
    expect(status).toHaveAttribute('role', 'status');
  });

  it('shows a cancelled next session and, in the same card, the next held one to join', async () => {
    useClock('2026-12-07T12:00:00+01:00');
    const nextWeek = {
      ...today,
      date: '2026-12-15',
      startsAt: '2026-12-15T10:00:00+01:00',
      endsAt: '2026-12-15T11:30:00+01:00',
      topic: 'Förderprogramme 2027',
    };
    server.use(
      ...upcomingStore([
        upcomingItem({ ...today, status: 'CANCELLED', cancellationReason: 'Weihnachtspause' }),
        upcomingItem(nextWeek),
        upcomingItem(inTwoWeeks),
      ]).handlers,
    );
    const { user } = await renderApp('/');
    const next = await screen.findByRole('heading', {
      level: 2,
      name: 'Ihre nächsten Online-Termine',
    });
    expect(within(next.closest('section')!).getAllByRole('article')).toHaveLength(1);
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');

    // the cancellation first, clearly, with its reason
    expect(within(room).getByText('Termin abgesagt')).toBeInTheDocument();
    expect(within(room).getByText('Abgesagt: Weihnachtspause')).toBeInTheDocument();
    expect(
      within(room).getByText('Dienstag, 8. Dezember 2026, 10:00–11:30 Uhr').closest('s'),
    ).not.toBeNull();

    // then the next held session with everything to take part
    expect(within(room).getByText('Nächster Termin')).toBeInTheDocument();
    const when = within(room).getByText('Dienstag, 15. Dezember 2026, 10:00–11:30 Uhr');
    expect(when.closest('s')).toBeNull();
    expect(when).toHaveAttribute('datetime', nextWeek.startsAt);
    expect(within(room).getByText('in 8 Tagen')).toBeInTheDocument();
    expect(within(room).getByText('Thema: Förderprogramme 2027')).toBeInTheDocument();
    expect(
      within(room).getByRole('link', {
        name: 'Online-Raum betreten – Online-Austausch Klimaschutzmanagement NRW (öffnet in einem neuen Fenster)',
      }),
    ).toHaveAttribute('href', 'https://meet.kommunal-agentur.example/klimanetz-nrw');
    expect(within(room).getByText('482913')).toBeInTheDocument();
    await user.click(within(room).getByRole('button', { name: 'Zugangscode kopieren' }));
    expect(await navigator.clipboard.readText()).toBe('482913');
    expect(within(room).getByRole('link', { name: /Zum Termin/ })).toHaveAttribute(
      'href',
      `/online-raeume/${ROOM_ID}/termine/2026-12-15`,
    );
    // the notice comes before the held session
    const notice = within(room).getByText('Termin abgesagt');
    expect(notice.compareDocumentPosition(when) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // neither of the two is repeated among the further sessions
    const further = screen
      .getByRole('heading', { level: 2, name: 'Weitere Online-Termine' })
      .closest('section')!;
    const items = within(further).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Dienstag, 22. Dezember 2026');
  });

  it('lists several cancelled sessions before the next held one', async () => {
    useClock('2026-12-07T12:00:00+01:00');
    server.use(
      ...upcomingStore([
        upcomingItem({ ...today, status: 'CANCELLED', cancellationReason: 'Weihnachtspause' }),
        upcomingItem({
          ...today,
          date: '2026-12-15',
          startsAt: '2026-12-15T10:00:00+01:00',
          endsAt: '2026-12-15T11:30:00+01:00',
          status: 'CANCELLED',
        }),
        upcomingItem(inTwoWeeks),
      ]).handlers,
    );
    await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(within(room).getByText('2 Termine abgesagt')).toBeInTheDocument();
    const cancelled = within(room).getAllByRole('listitem');
    expect(cancelled).toHaveLength(2);
    expect(cancelled[0]).toHaveTextContent(
      'Dienstag, 8. Dezember 2026, 10:00–11:30 Uhr – Abgesagt: Weihnachtspause',
    );
    expect(cancelled[1]).toHaveTextContent(
      'Dienstag, 15. Dezember 2026, 10:00–11:30 Uhr – Abgesagt',
    );
    expect(
      within(room).getByText('Dienstag, 22. Dezember 2026, 10:00–11:30 Uhr'),
    ).toBeInTheDocument();
    expect(within(room).getByRole('link', { name: /^Online-Raum betreten/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Weitere Online-Termine' })).toBeNull();
  });

  it('checks in to the held session after a cancelled one', async () => {
    // the morning session is cancelled, Thursday's moved to this afternoon instead; the list was
    // read before the morning session's end
    useClock('2026-12-08T13:50:00+01:00');
    const afternoon = {
      ...today,
      date: '2026-12-10',
      status: 'MOVED' as const,
      startsAt: '2026-12-08T14:00:00+01:00',
      endsAt: '2026-12-08T15:00:00+01:00',
      originalStartsAt: '2026-12-10T10:00:00+01:00',
      topic: undefined,
    };
    const store = upcomingStore([
      upcomingItem({ ...today, status: 'CANCELLED', cancellationReason: 'Krankheit' }),
      upcomingItem(afternoon),
    ]);
    server.use(...store.handlers);
    const { user } = await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(within(room).getByText('Abgesagt: Krankheit')).toBeInTheDocument();
    expect(
      within(room).getByText('Dienstag, 8. Dezember 2026, 14:00–15:00 Uhr'),
    ).toBeInTheDocument();
    expect(within(room).getByText('in 10 Minuten')).toBeInTheDocument();
    expect(within(room).getByText('Verschoben')).toBeInTheDocument();
    await user.click(
      within(room).getByRole('button', {
        name: 'Jetzt einchecken – Online-Austausch Klimaschutzmanagement NRW',
      }),
    );
    await within(room).findByText('Sie sind eingecheckt.');
    expect(store.checkIns).toEqual([{ roomId: ROOM_ID, date: '2026-12-10' }]);
    expect(within(room).getByText('eingecheckt')).toBeInTheDocument();
  });

  it('marks a cancelled session with its reason and offers no way in when no held one is listed', async () => {
    useClock('2026-12-07T12:00:00+01:00');
    server.use(
      ...upcomingStore([
        upcomingItem({ ...today, status: 'CANCELLED', cancellationReason: 'Weihnachtspause' }),
      ]).handlers,
    );
    await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(within(room).getByText('Termin abgesagt')).toBeInTheDocument();
    expect(within(room).getByText('Abgesagt: Weihnachtspause')).toBeInTheDocument();
    expect(
      within(room).getByText('Dienstag, 8. Dezember 2026, 10:00–11:30 Uhr').closest('s'),
    ).not.toBeNull();
    expect(within(room).queryByRole('link', { name: /Online-Raum betreten/ })).toBeNull();
    expect(within(room).queryByText('482913')).toBeNull();
    expect(within(room).queryByRole('button', { name: /einchecken/ })).toBeNull();
    expect(
      within(room).getByText(/Der nächste stattfindende Termin dieses Raums ist hier noch nicht/),
    ).toBeInTheDocument();
    expect(
      within(room).getByRole('link', {
        name: 'Zum Online-Raum – Online-Austausch Klimaschutzmanagement NRW',
      }),
    ).toHaveAttribute('href', `/online-raeume/${ROOM_ID}`);
  });

  it('shows a moved session with its original time', async () => {
    useClock('2026-12-07T12:00:00+01:00');
    server.use(
      ...upcomingStore([
        upcomingItem({
          ...today,
          status: 'MOVED',
          startsAt: '2026-12-09T14:00:00+01:00',
          endsAt: '2026-12-09T15:30:00+01:00',
          originalStartsAt: today.startsAt,
        }),
      ]).handlers,
    );
    await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(
      within(room).getByText('Mittwoch, 9. Dezember 2026, 14:00–15:30 Uhr'),
    ).toBeInTheDocument();
    expect(within(room).getByText('übermorgen')).toBeInTheDocument();
    expect(within(room).getByText('Verschoben')).toBeInTheDocument();
    const original = within(room).getByText('Dienstag, 8. Dezember 2026, 10:00 Uhr');
    expect(original.closest('s')).not.toBeNull();
    expect(original.closest('p')).toHaveTextContent('Verschoben – ursprünglich:');
  });

  it('checks in while check-in is open and says so', async () => {
    useClock('2026-12-08T10:05:00+01:00');
    const store = upcomingStore([upcomingItem({ ...today, checkInOpen: true })]);
    server.use(...store.handlers);
    const { user } = await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(within(room).getByText('läuft gerade')).toBeInTheDocument();

    await user.click(within(room).getByRole('button', { name: /Jetzt einchecken/ }));

    const done = await within(room).findByText('Sie sind eingecheckt.');
    expect(done.closest('[role="status"]')).toHaveFocus();
    expect(store.checkIns).toEqual([{ roomId: ROOM_ID, date: '2026-12-08' }]);
    expect(within(room).getByText('eingecheckt')).toBeInTheDocument();
    expect(within(room).queryByRole('button', { name: /Jetzt einchecken/ })).toBeNull();
  });

  it('shows the problem when the API refuses the check-in', async () => {
    useClock('2026-12-08T09:50:00+01:00');
    const store = upcomingStore([upcomingItem(today)], { checkIn: 'conflict' });
    server.use(...store.handlers);
    const { user } = await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    // 10 minutes before the start the button is there, even though the list was read earlier
    await user.click(within(room).getByRole('button', { name: /Jetzt einchecken/ }));
    const alert = await within(room).findByRole('alert');
    expect(alert).toHaveTextContent('Das Einchecken hat nicht geklappt');
    expect(alert).toHaveTextContent(
      'Einchecken ist ab 15 Minuten vor Beginn bis zum Ende des Termins möglich.',
    );
  });

  it('shows an own attendance: checked in or excused', async () => {
    useClock('2026-12-08T10:05:00+01:00');
    server.use(
      ...upcomingStore([
        upcomingItem({ ...today, checkInOpen: true, myAttendance: 'PRESENT' }),
        upcomingItem(
          { ...otherRoomSession, myAttendance: 'EXCUSED' },
          { id: OTHER_ROOM, title: 'Sprechstunde Förderung' },
        ),
      ]).handlers,
    );
    await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(within(room).getByText('eingecheckt')).toBeInTheDocument();
    expect(within(room).queryByRole('button', { name: /einchecken/ })).toBeNull();
    const other = await card('Sprechstunde Förderung');
    expect(within(other).getByText('entschuldigt')).toBeInTheDocument();
  });

  it('keeps relative times true and opens check-in as the clock moves on', async () => {
    useClock('2026-12-08T09:44:10+01:00', ['Date', 'setInterval', 'clearInterval']);
    server.use(...upcomingStore([upcomingItem(today)]).handlers);
    await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(within(room).getByText('in 16 Minuten')).toBeInTheDocument();
    expect(within(room).queryByRole('button', { name: /Jetzt einchecken/ })).toBeNull();

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(within(room).getByText('in 15 Minuten')).toBeInTheDocument();
    expect(within(room).getByRole('button', { name: /Jetzt einchecken/ })).toBeInTheDocument();
  });

  it('explains the empty overview and links to the networks', async () => {
    await renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Noch keine Termine' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zu den Netzwerken' })).toHaveAttribute(
      'href',
      '/netzwerke',
    );
  });

  it('shows loading and then an API problem with a retry', async () => {
    server.use(http.get(`${API}/me/upcoming`, () => problem(500, 'Interner Fehler', 'Kaputt.')));
    const { user } = await renderApp('/');
    expect(screen.getByText('Ihre Termine werden geladen …')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ihre Termine konnten nicht geladen werden');
    expect(alert).toHaveTextContent('Kaputt.');
    server.use(http.get(`${API}/me/upcoming`, () => HttpResponse.json({ items: [] })));
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.getByText('Noch keine Termine')).toBeInTheDocument());
  });

  it('speaks English', async () => {
    useClock('2026-12-08T09:40:00+01:00');
    server.use(...upcomingStore([upcomingItem(today)]).handlers);
    await renderApp('/', { language: 'en' });
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(screen.getByRole('heading', { level: 1, name: 'My overview' })).toBeInTheDocument();
    expect(within(room).getByText('Tuesday, 8 December 2026, 10:00–11:30')).toBeInTheDocument();
    expect(within(room).getByText('in 20 minutes')).toBeInTheDocument();
    expect(within(room).getByRole('link', { name: /^Enter the online room/ })).toBeInTheDocument();
  });

  it('speaks English about cancellations and on-site events', async () => {
    useClock('2026-12-07T12:00:00+01:00');
    server.use(
      ...upcomingStore([
        upcomingItem({ ...today, status: 'CANCELLED', cancellationReason: 'Christmas break' }),
        ...events,
        upcomingItem(inTwoWeeks),
      ]).handlers,
    );
    await renderApp('/', { language: 'en' });
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(
      screen.getByText(
        'Your next sessions in the online rooms and the on-site meetings of your networks.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Your next online sessions',
      'On-site meetings',
    ]);
    expect(within(room).getByText('Session cancelled')).toBeInTheDocument();
    expect(within(room).getByText('Cancelled: Christmas break')).toBeInTheDocument();
    expect(within(room).getByText('Next session')).toBeInTheDocument();
    expect(within(room).getByText('Tuesday, 22 December 2026, 10:00–11:30')).toBeInTheDocument();
    expect(within(room).getByText('in 15 days')).toBeInTheDocument();
    expect(
      within(room).getByRole('link', {
        name: 'Enter the online room – Online-Austausch Klimaschutzmanagement NRW (opens in a new window)',
      }),
    ).toBeInTheDocument();

    const unna = await card('Präsenztreffen im Kreishaus Unna');
    expect(within(unna).getByText('Thursday, 10 December 2026, 10:00–16:00')).toBeInTheDocument();
    expect(within(unna).getByText('Place: Kreishaus Unna, Unna')).toBeInTheDocument();
    expect(within(unna).getByText('You are registered')).toBeInTheDocument();
    expect(
      within(await card('Werkstatt Wärmeplanung')).getByText('Waiting list no. 3'),
    ).toBeInTheDocument();
    const excursion = await card('Exkursion Bürgerwindpark');
    expect(
      within(excursion).getByText(
        'Wednesday, 16 December 2026, 09:00 to Thursday, 17 December 2026, 15:00',
      ),
    ).toBeInTheDocument();
    expect(within(excursion).getByText(/Not registered yet/)).toBeInTheDocument();
    expect(
      within(excursion).getByRole('link', {
        name: 'Details and registration – Exkursion Bürgerwindpark',
      }),
    ).toBeInTheDocument();
    expect(
      within(await card('Netzwerktreffen Jahresabschluss')).getByText('Cancelled'),
    ).toBeInTheDocument();
  });
});
