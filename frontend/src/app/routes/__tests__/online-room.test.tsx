import { act, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { kofi, myMembership, seedNetwork } from '@/testing/fixtures';
import { API, membershipsHandler } from '@/testing/handlers';
import { nextSession, ROOM_ID, roomsStore } from '@/testing/rooms-fixtures';
import { server } from '@/testing/server';
import { TEST_TOKEN } from '@/testing/setup';
import { renderApp } from '@/testing/test-utils';

const path = `/online-raeume/${ROOM_ID}`;

function asCoordinator() {
  server.use(membershipsHandler([myMembership('COORDINATOR')]));
}

function withStore(options: Parameters<typeof roomsStore>[0] = {}) {
  const store = roomsStore(options);
  server.use(...store.handlers);
  return store;
}

async function section(name: string | RegExp) {
  const heading = await screen.findByRole('heading', { level: 2, name });
  return heading.closest('section')!;
}

/** The list entry of a session, found by its time. */
async function entry(when: string) {
  const link = await screen.findByRole('link', { name: when });
  return link.closest('li')!;
}

describe('online room page', () => {
  it('shows the room: schedule in words, moderators, next session and how to get in', async () => {
    withStore();
    await renderApp(path);

    expect(screen.getByRole('status')).toHaveTextContent('Online-Raum wird geladen …');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Online-Austausch Klimaschutzmanagement NRW',
      }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Online-Austausch Klimaschutzmanagement NRW – Klimanetz');
    expect(await screen.findByText(`Online-Raum · ${seedNetwork.name}`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zum Netzwerk' })).toHaveAttribute(
      'href',
      `/netzwerke/${seedNetwork.id}`,
    );

    const facts = await section('Auf einen Blick');
    expect(within(facts).getByText('Termine').nextSibling).toHaveTextContent(
      'jeden zweiten Dienstag, 10:00–11:30 Uhr',
    );
    expect(within(facts).getByText('Nächster Termin').nextSibling).toHaveTextContent(
      'Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr',
    );
    expect(within(facts).getByRole('link', { name: kofi.displayName })).toHaveAttribute(
      'href',
      `/personen/${kofi.participantId}`,
    );
    expect(within(facts).getByRole('link', { name: seedNetwork.name })).toBeInTheDocument();

    const access = await section('So kommen Sie hinein');
    const join = within(access).getByRole('link', { name: /^Online-Raum betreten/ });
    expect(join).toHaveAttribute('href', 'https://meet.kommunal-agentur.example/klimanetz-nrw');
    expect(join).toHaveAttribute('target', '_blank');
    expect(join).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(access).getByText('482913')).toBeInTheDocument();
    expect(within(access).getByText('+49 211 98765-100, Konferenz-ID 482913#')).toBeInTheDocument();

    // members manage nothing
    expect(screen.queryByRole('heading', { name: 'Verwalten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Absagen/ })).not.toBeInTheDocument();
  });

  it('lists the next sessions with cancelled and moved ones marked in words', async () => {
    const store = withStore();
    await renderApp(path);
    const upcoming = await section('Nächste Termine');
    await within(upcoming).findAllByRole('listitem');

    const first = await entry('Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr');
    expect(within(first).getByRole('link', { name: /10. Dezember/ })).toHaveAttribute(
      'href',
      `/online-raeume/${ROOM_ID}/termine/2030-12-10`,
    );
    expect(within(first).getByText(nextSession.topic!)).toBeInTheDocument();
    expect(within(first).getByText('Gesa Gastgeberin')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Folien zur Wärmeplanung' })).toHaveAttribute(
      'href',
      'https://example.org/waermeplanung.pdf',
    );
    // an address that is no web address is never a link
    expect(within(first).getByText('Verdächtiger Link').tagName).toBe('LI');

    const cancelled = await entry('Dienstag, 24. Dezember 2030, 10:00–11:30 Uhr');
    expect(within(cancelled).getByText('Abgesagt')).toBeInTheDocument();
    expect(within(cancelled).getByText('Abgesagt: Weihnachtspause')).toBeInTheDocument();
    expect(
      within(cancelled).getByText('Dienstag, 24. Dezember 2030, 10:00–11:30 Uhr').closest('s'),
    ).not.toBeNull();

    const moved = await entry('Mittwoch, 8. Januar 2031, 14:00–15:30 Uhr');
    expect(within(moved).getByText('Verschoben')).toBeInTheDocument();
    const original = within(moved).getByText('Dienstag, 7. Januar 2031, 10:00 Uhr');
    expect(original.closest('s')).not.toBeNull();
    expect(within(moved).getByRole('link', { name: /8. Januar/ })).toHaveAttribute(
      'href',
      `/online-raeume/${ROOM_ID}/termine/2031-01-07`,
    );

    // six months ahead, twelve months back
    const today = new Date().toISOString().slice(0, 10);
    await waitFor(() => expect(store.sessionsQueries).toHaveLength(2));
    const windows = store.sessionsQueries.map((q) => [q.from, q.to]);
    const ahead = windows.find(([from]) => from != null && from >= today)!;
    const back = windows.find(([from]) => from != null && from < today)!;
    expect(Date.parse(ahead[1]!) - Date.parse(ahead[0]!)).toBe(180 * 86_400_000);
    expect(Date.parse(back[1]!) - Date.parse(back[0]!)).toBe(365 * 86_400_000);
  });

  it('lists past sessions newest first, with a link to published minutes', async () => {
    withStore();
    await renderApp(path);
    const past = await section('Vergangene Termine');
    const items = await within(past).findAllByRole('listitem');
    expect(items.map((item) => within(item).getAllByRole('link')[0]!.textContent)).toEqual([
      'Dienstag, 25. November 2025, 10:00–11:30 Uhr',
      'Dienstag, 11. November 2025, 10:00–11:30 Uhr',
    ]);
    const minutes = within(items[0]!).getByRole('link', { name: /^Protokoll/ });
    expect(minutes).toHaveAccessibleName('Protokoll zum Termin am 25.11.2025');
    expect(minutes).toHaveAttribute('href', `/online-raeume/${ROOM_ID}/termine/2025-11-25`);
    expect(within(items[1]!).queryByRole('link', { name: /^Protokoll/ })).toBeNull();
  });

  it('shows a friendly page for a room that does not exist', async () => {
    withStore();
    await renderApp('/online-raeume/7d1c9b7e-1111-4a4a-9b9b-123456789abc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Online-Raum nicht gefunden' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Online-Raum nicht gefunden – Klimanetz');
  });

  it('treats an address that is no room id as not found without asking the API', async () => {
    server.use(
      http.get(`${API}/online-rooms/:roomId`, () => {
        throw new Error('must not be called');
      }),
    );
    await renderApp('/online-raeume/kein-raum');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Online-Raum nicht gefunden' }),
    ).toBeInTheDocument();
  });

  it('says the schedule in English', async () => {
    withStore();
    await renderApp(path, { language: 'en' });
    const facts = await section('At a glance');
    expect(within(facts).getByText('Sessions').nextSibling).toHaveTextContent(
      'every second Tuesday, 10:00–11:30',
    );
    expect(
      await screen.findByRole('link', { name: 'Tuesday, 10 December 2030, 10:00–11:30' }),
    ).toBeInTheDocument();
  });
});

describe('coordinators change single sessions', () => {
  it('cancel a session with a reason, with the session ETag; the list shows it', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(path);
    const first = await entry('Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr');
    const button = within(first).getByRole('button', { name: /^Absagen/ });
    expect(button).toHaveAccessibleName('Absagen zum Termin am 10.12.2030');
    await user.click(button);

    const dialog = screen.getByRole('dialog', { name: 'Termin am 10.12.2030 absagen' });
    const reason = within(dialog).getByRole('textbox', { name: 'Grund der Absage' });
    expect(reason).toHaveFocus();
    await user.type(reason, 'Krankheit der Moderation');
    const submit = within(dialog).getByRole('button', { name: 'Termin absagen' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);

    const notice = await screen.findByText('Der Termin am 10.12.2030 wurde abgesagt.');
    expect(notice.closest('[role="status"]')).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.sessionPuts).toEqual([
      {
        date: '2030-12-10',
        ifMatch: '"s0"',
        body: {
          cancelled: true,
          cancellationReason: 'Krankheit der Moderation',
          startsAt: null,
          durationMinutes: null,
          topic: nextSession.topic,
          presenter: nextSession.presenter,
          materials: nextSession.materials,
        },
      },
    ]);
    const updated = await screen.findByText('Abgesagt: Krankheit der Moderation');
    expect(within(updated.closest('li')!).getByText('Abgesagt')).toBeInTheDocument();
    expect(
      within(updated.closest('li')!).getByRole('button', { name: /^Absage zurücknehmen/ }),
    ).toBeInTheDocument();
  });

  it('closes the dialog without a change when asked to', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(path);
    const first = await entry('Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr');
    const button = within(first).getByRole('button', { name: /^Absagen/ });
    await user.click(button);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Zurück' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(store.sessionPuts).toEqual([]);
  });

  it('undo a cancellation', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(path);
    const cancelled = await entry('Dienstag, 24. Dezember 2030, 10:00–11:30 Uhr');
    await user.click(within(cancelled).getByRole('button', { name: /^Absage zurücknehmen/ }));
    const dialog = screen.getByRole('dialog', { name: 'Absage zurücknehmen?' });
    expect(dialog).toHaveTextContent('Der Termin am 24.12.2030 findet dann wieder');
    const submit = within(dialog).getByRole('button', { name: 'Zurücknehmen' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);
    expect(
      await screen.findByText('Der Termin am 24.12.2030 findet wieder wie geplant statt.'),
    ).toBeInTheDocument();
    expect(store.sessionPuts[0]?.body).toEqual({
      cancelled: false,
      startsAt: null,
      durationMinutes: null,
      topic: null,
      presenter: null,
      materials: [],
    });
    await waitFor(() => expect(screen.queryByText('Abgesagt: Weihnachtspause')).toBeNull());
  });

  it('move a session to a new day and time, sent with the Berlin offset', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(path);
    const first = await entry('Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr');
    await user.click(within(first).getByRole('button', { name: /^Verschieben/ }));
    const dialog = screen.getByRole('dialog', { name: 'Termin vom 10.12.2030 verschieben' });
    const date = within(dialog).getByLabelText('Neues Datum');
    expect(date).toHaveValue('2030-12-10');
    expect(within(dialog).getByLabelText('Neuer Beginn')).toHaveValue('10:00');
    expect(within(dialog).getByLabelText(/Dauer in Minuten/)).toHaveValue(90);

    await user.clear(date);
    await user.type(date, '2030-12-11');
    const start = within(dialog).getByLabelText('Neuer Beginn');
    await user.clear(start);
    await user.type(start, '14:00');
    const duration = within(dialog).getByLabelText(/Dauer in Minuten/);
    await user.clear(duration);
    await user.type(duration, '60');
    const submit = within(dialog).getByRole('button', { name: 'Termin verschieben' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);

    expect(
      await screen.findByText(
        'Der Termin wurde verschoben auf Mittwoch, 11. Dezember 2030, 14:00–15:00 Uhr.',
      ),
    ).toBeInTheDocument();
    expect(store.sessionPuts[0]).toMatchObject({
      date: '2030-12-10',
      ifMatch: '"s0"',
      body: { cancelled: false, startsAt: '2030-12-11T14:00:00+01:00', durationMinutes: 60 },
    });
    const moved = await entry('Mittwoch, 11. Dezember 2030, 14:00–15:00 Uhr');
    expect(within(moved).getByText('Verschoben')).toBeInTheDocument();
    expect(within(moved).getByRole('button', { name: /^Verschiebung zurücknehmen/ })).toBeVisible();
  });

  it('checks the new time before moving', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(path);
    const first = await entry('Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr');
    await user.click(within(first).getByRole('button', { name: /^Verschieben/ }));
    const dialog = screen.getByRole('dialog');
    const duration = within(dialog).getByLabelText(/Dauer in Minuten/);
    await user.clear(duration);
    await user.type(duration, '2');
    const submit = within(dialog).getByRole('button', { name: 'Termin verschieben' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(duration).toHaveAccessibleDescription(
      expect.stringContaining('Bitte geben Sie eine Dauer zwischen 5 und 720 Minuten an.'),
    );
    expect(duration).toHaveFocus();
    expect(store.sessionPuts).toEqual([]);
  });

  /** Opens "Verschieben" of the first session and enters a new date and start. */
  async function moveFirstTo(newDate: string, newTime: string) {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(path);
    const first = await entry('Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr');
    await user.click(within(first).getByRole('button', { name: /^Verschieben/ }));
    const dialog = screen.getByRole('dialog', { name: 'Termin vom 10.12.2030 verschieben' });
    const date = within(dialog).getByLabelText('Neues Datum');
    await user.clear(date);
    await user.type(date, newDate);
    const start = within(dialog).getByLabelText('Neuer Beginn');
    await user.clear(start);
    await user.type(start, newTime);
    const submit = within(dialog).getByRole('button', { name: 'Termin verschieben' });
    await waitFor(() => expect(submit).toBeEnabled());
    return { store, user, start, submit };
  }

  it('refuses a start that does not exist because the clocks go forward', async () => {
    // 30 March 2031: 02:00 becomes 03:00
    const { store, user, start, submit } = await moveFirstTo('2031-03-30', '02:30');
    await user.click(submit);

    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start).toHaveAccessibleDescription(
      expect.stringContaining(
        'Diese Uhrzeit gibt es am 30.03.2031 wegen der Zeitumstellung nicht.',
      ),
    );
    expect(start).toHaveFocus();
    expect(store.sessionPuts).toEqual([]);

    await user.clear(start);
    await user.type(start, '03:30');
    await user.click(submit);
    await waitFor(() => expect(store.sessionPuts).toHaveLength(1));
    expect(store.sessionPuts[0]!.body).toMatchObject({ startsAt: '2031-03-30T03:30:00+02:00' });
  });

  it('reads the doubled hour when the clocks go back as the first one (summer time)', async () => {
    // 26 October 2031: 02:00–02:59 happens twice
    const { store, user, submit } = await moveFirstTo('2031-10-26', '02:30');
    await user.click(submit);
    await waitFor(() => expect(store.sessionPuts).toHaveLength(1));
    expect(store.sessionPuts[0]!.body).toMatchObject({ startsAt: '2031-10-26T02:30:00+02:00' });
  });

  it('explains a session changed by someone else meanwhile (412)', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(path);
    const first = await entry('Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr');
    await user.click(within(first).getByRole('button', { name: /^Absagen/ }));
    const dialog = screen.getByRole('dialog');
    const submit = within(dialog).getByRole('button', { name: 'Termin absagen' });
    await waitFor(() => expect(submit).toBeEnabled());
    store.changeSessionElsewhere('2030-12-10');
    await user.click(submit);
    expect(
      await screen.findByText(/Der Termin wurde inzwischen von jemand anderem geändert/),
    ).toBeInTheDocument();
    expect(screen.getByText('Der Termin konnte nicht geändert werden')).toBeInTheDocument();
  });

  it('offers editing and closing the room; closing asks first and returns to the network', async () => {
    asCoordinator();
    const store = withStore();
    const { user, router } = await renderApp(path);
    const manage = await section('Verwalten');
    expect(within(manage).getByRole('link', { name: 'Online-Raum bearbeiten' })).toHaveAttribute(
      'href',
      `/online-raeume/${ROOM_ID}/bearbeiten`,
    );
    await user.click(within(manage).getByRole('button', { name: 'Online-Raum schließen' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Online-Raum „Online-Austausch Klimaschutzmanagement NRW“ schließen?',
    });
    expect(within(dialog).getByRole('button', { name: 'Nicht schließen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Online-Raum schließen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/netzwerke/${seedNetwork.id}`));
    expect(store.roomDeletes).toEqual([ROOM_ID]);
    expect(
      await screen.findByText(
        'Der Online-Raum „Online-Austausch Klimaschutzmanagement NRW“ wurde geschlossen.',
      ),
    ).toBeInTheDocument();
    const rooms = await section('Online-Räume');
    expect(await within(rooms).findByText('Noch kein Online-Raum')).toBeInTheDocument();
  });
});

describe('add to calendar', () => {
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('downloads the network calendar with the bearer token as klimanetz-<network>.ics', async () => {
    const store = withStore();
    const createObjectURL = vi.fn(() => 'blob:kalender');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    const { user } = await renderApp(path);
    const calendar = await section('In den Kalender übernehmen');
    await user.click(
      within(calendar).getByRole('button', { name: 'Kalenderdatei herunterladen (.ics)' }),
    );
    expect(
      await within(calendar).findByText('Die Kalenderdatei wurde heruntergeladen.'),
    ).toBeVisible();
    expect(downloads).toEqual(['klimanetz-netzwerk-klimaschutzmanagement-nrw.ics blob:kalender']);
    expect(store.calendarRequests).toEqual([
      { accept: 'text/calendar, application/problem+json', authorization: `Bearer ${TEST_TOKEN}` },
    ]);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toContain('BEGIN:VCALENDAR');
  });

  it('creates a subscription address that is shown only once, and can copy it', async () => {
    const store = withStore();
    const { user, router } = await renderApp(path);
    const calendar = await section('In den Kalender übernehmen');
    expect(await within(calendar).findByText('Sie haben noch keine Abo-Adresse.')).toBeVisible();
    expect(within(calendar).getByText(/Aus dem Internet abonnieren/)).toBeInTheDocument();
    expect(within(calendar).getByText(/Im Netzwerk/)).toBeInTheDocument();

    await user.click(within(calendar).getByRole('button', { name: 'Abo-Adresse erstellen' }));
    const address = await within(calendar).findByRole('textbox', { name: 'Ihre Abo-Adresse' });
    const url = `${window.location.origin}/api/v1/calendar/geheim-1.ics`;
    expect(address).toHaveValue(url);
    expect(address).toHaveAttribute('readonly');
    expect(address).toHaveFocus();
    expect(address).toHaveAccessibleDescription(
      expect.stringContaining('Diese Adresse wird nur jetzt angezeigt'),
    );
    expect(address).toHaveAccessibleDescription(expect.stringContaining('wie ein Passwort'));
    await user.click(within(calendar).getByRole('button', { name: 'Adresse kopieren' }));
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(within(calendar).getByText('Abo-Adresse kopiert')).toHaveAttribute('role', 'status');

    // back on the page later, the address is gone; only that there is one
    await act(() => router.navigate('/'));
    await screen.findByRole('heading', { level: 1, name: 'Mein Überblick' });
    await act(() => router.navigate(path));
    const again = await section('In den Kalender übernehmen');
    expect(await within(again).findByText(/Sie haben eine Abo-Adresse, erstellt am/)).toBeVisible();
    expect(within(again).queryByRole('textbox', { name: 'Ihre Abo-Adresse' })).toBeNull();
    expect(within(again).getByText(/nur einmal angezeigt/)).toBeInTheDocument();
    expect(store.feedCalls.filter((call) => call === 'POST')).toHaveLength(1);
  });

  it('replaces the address after asking, and ends the subscription after asking', async () => {
    const store = withStore({ feed: { createdAt: '2026-11-01T08:00:00Z' } });
    const { user } = await renderApp(path);
    const calendar = await section('In den Kalender übernehmen');
    expect(
      await within(calendar).findByText(
        'Sie haben eine Abo-Adresse, erstellt am 01.11.2026, 09:00.',
      ),
    ).toBeVisible();

    await user.click(within(calendar).getByRole('button', { name: 'Neue Adresse erstellen' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Neue Abo-Adresse erstellen?' });
    expect(dialog).toHaveTextContent('Die bisherige Adresse funktioniert danach nicht mehr.');
    await user.click(within(dialog).getByRole('button', { name: 'Neue Adresse erstellen' }));
    expect(await within(calendar).findByRole('textbox', { name: 'Ihre Abo-Adresse' })).toHaveValue(
      `${window.location.origin}/api/v1/calendar/geheim-1.ics`,
    );

    await user.click(within(calendar).getByRole('button', { name: 'Abo beenden' }));
    dialog = screen.getByRole('alertdialog', { name: 'Abo beenden?' });
    expect(within(dialog).getByRole('button', { name: 'Nichts ändern' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Abo beenden' }));
    const done = await within(calendar).findByText(
      'Ihr Abo wurde beendet. Die Adresse funktioniert nicht mehr.',
    );
    expect(done.closest('[role="status"]')).toHaveFocus();
    expect(within(calendar).getByText('Sie haben noch keine Abo-Adresse.')).toBeVisible();
    expect(within(calendar).queryByRole('textbox', { name: 'Ihre Abo-Adresse' })).toBeNull();
    expect(store.feedCalls).toEqual(['GET', 'POST', 'DELETE']);
  });
});
