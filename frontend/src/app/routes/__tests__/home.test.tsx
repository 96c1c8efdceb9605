import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
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
    const next = await screen.findByRole('heading', { level: 2, name: 'Ihre nächsten Termine' });
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
      .getByRole('heading', { level: 2, name: 'Weitere Termine' })
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

  it('leaves out items that are no online sessions (on-site events)', async () => {
    const event = {
      kind: 'ON_SITE_EVENT',
      networkId: seedNetwork.id,
      networkName: seedNetwork.name,
      event: { id: 'e1', title: 'Präsenztreffen im Kreishaus Unna' },
    } as unknown as Parameters<typeof upcomingStore>[0][number];
    server.use(...upcomingStore([event, upcomingItem(today)]).handlers);
    await renderApp('/');
    await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.queryByText(/Präsenztreffen/)).toBeNull();
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

  it('marks a cancelled next session with its reason and offers no way in', async () => {
    useClock('2026-12-07T12:00:00+01:00');
    server.use(
      ...upcomingStore([
        upcomingItem({ ...today, status: 'CANCELLED', cancellationReason: 'Weihnachtspause' }),
      ]).handlers,
    );
    await renderApp('/');
    const room = await card('Online-Austausch Klimaschutzmanagement NRW');
    expect(within(room).getByText('Abgesagt')).toBeInTheDocument();
    expect(within(room).getByText('Abgesagt: Weihnachtspause')).toBeInTheDocument();
    expect(
      within(room).getByText('Dienstag, 8. Dezember 2026, 10:00–11:30 Uhr').closest('s'),
    ).not.toBeNull();
    expect(within(room).queryByRole('link', { name: /Online-Raum betreten/ })).toBeNull();
    expect(within(room).queryByText('482913')).toBeNull();
    expect(within(room).queryByRole('button', { name: /einchecken/ })).toBeNull();
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
      await screen.findByRole('heading', { level: 2, name: 'Noch keine Online-Räume' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zu den Netzwerken' })).toHaveAttribute(
      'href',
      '/networks',
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
    await waitFor(() => expect(screen.getByText('Noch keine Online-Räume')).toBeInTheDocument());
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
});
