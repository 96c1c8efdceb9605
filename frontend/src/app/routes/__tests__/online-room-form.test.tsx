import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http } from 'msw';
import { kofi, myMembership, seedNetwork } from '@/testing/fixtures';
import { API, membershipsHandler, problem } from '@/testing/handlers';
import { NEW_ROOM_ID, ROOM_ID, roomsStore, seedRoom } from '@/testing/rooms-fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const newPath = `/netzwerke/${seedNetwork.id}/online-raeume/neu`;
const editPath = `/online-raeume/${ROOM_ID}/bearbeiten`;
const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];

function asCoordinator() {
  server.use(membershipsHandler([myMembership('COORDINATOR')]));
}

function withStore(options: Parameters<typeof roomsStore>[0] = {}) {
  const store = roomsStore(options);
  server.use(...store.handlers);
  return store;
}

async function replace(user: UserEvent, field: HTMLElement, value: string) {
  await user.clear(field);
  if (value !== '') await user.type(field, value);
}

/** Checks exactly the given weekdays. */
async function chooseWeekdays(user: UserEvent, days: string[]) {
  const group = screen.getByRole('group', { name: 'An diesen Wochentagen' });
  for (const day of WEEKDAYS) {
    const box = within(group).getByRole('checkbox', { name: day });
    if ((box as HTMLInputElement).checked !== days.includes(day)) await user.click(box);
  }
}

describe('create an online room', () => {
  it('builds the rule from words: monthly on the third Thursday, 12 sessions', async () => {
    asCoordinator();
    const store = withStore();
    const { user, router } = await renderApp(newPath);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Online-Raum anlegen' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Online-Raum anlegen – Klimanetz');

    await user.type(
      await screen.findByRole('textbox', { name: 'Titel' }),
      'Sprechstunde Förderung',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Adresse des Video-Raums' }),
      'https://meet.example/sprechstunde',
    );
    await user.type(screen.getByRole('textbox', { name: /Zugangscode/ }), '1234');
    await user.click(await screen.findByRole('checkbox', { name: kofi.displayName }));

    await replace(user, screen.getByLabelText('Erster Termin'), '2026-12-17');
    await replace(user, screen.getByLabelText('Beginn'), '09:30');
    await replace(user, screen.getByLabelText('Ende'), '10:30');
    expect(screen.getByLabelText('Ende')).toHaveAccessibleDescription('Dauer: 60 Minuten');
    await user.click(
      screen.getByRole('radio', { name: 'Monatlich an einem bestimmten Wochentag' }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Am' }), 'dritten');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wochentag' }), 'Donnerstag');
    await user.click(screen.getByRole('radio', { name: 'Nach einer Anzahl von Terminen' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Anzahl der Termine' }), '12');
    expect(screen.getByText('So lautet die Regel:').parentElement).toHaveTextContent(
      'So lautet die Regel: jeden dritten Donnerstag im Monat, 09:30–10:30 Uhr, 12 Termine',
    );

    await user.click(screen.getByRole('button', { name: 'Online-Raum anlegen' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/online-raeume/${NEW_ROOM_ID}`),
    );
    expect(store.roomPosts).toEqual([
      {
        title: 'Sprechstunde Förderung',
        description: null,
        joinUrl: 'https://meet.example/sprechstunde',
        accessCode: '1234',
        dialIn: null,
        moderatorIds: [kofi.participantId],
        schedule: {
          startDate: '2026-12-17',
          startTime: '09:30',
          durationMinutes: 60,
          timeZone: 'Europe/Berlin',
          rrule: 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3;COUNT=12',
        },
      },
    ]);
    expect(await screen.findByText('Der Online-Raum wurde angelegt.')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sprechstunde Förderung' }),
    ).toBeInTheDocument();
  });

  it('builds a weekly rule on two days, every second week, until a date', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(newPath);
    await user.type(await screen.findByRole('textbox', { name: 'Titel' }), 'Zweiwöchentlich');
    await user.type(
      screen.getByRole('textbox', { name: 'Adresse des Video-Raums' }),
      'https://meet.example/raum',
    );
    await replace(user, screen.getByLabelText('Erster Termin'), '2026-12-07');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rhythmus' }), 'alle 2 Wochen');
    await chooseWeekdays(user, ['Montag', 'Donnerstag']);
    await user.click(screen.getByRole('radio', { name: 'An einem Datum' }));
    await replace(user, screen.getByLabelText('Letzter möglicher Tag'), '2027-12-31');
    await user.click(screen.getByRole('button', { name: 'Online-Raum anlegen' }));
    await waitFor(() => expect(store.roomPosts).toHaveLength(1));
    expect(store.roomPosts[0]!.schedule).toEqual({
      startDate: '2026-12-07',
      startTime: '10:00',
      durationMinutes: 90,
      timeZone: 'Europe/Berlin',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20271231',
    });
  });

  it('checks the entries first: summary, errors next to fields, a fitting day to take over', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(newPath);
    await user.type(
      await screen.findByRole('textbox', { name: 'Adresse des Video-Raums' }),
      'http://meet.example/unsicher',
    );
    await replace(user, screen.getByLabelText('Erster Termin'), '2026-12-08');
    await chooseWeekdays(user, ['Mittwoch']);
    await replace(user, screen.getByLabelText('Ende'), '09:00');
    await user.click(screen.getByRole('button', { name: 'Online-Raum anlegen' }));

    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' })
      .parentElement!.parentElement!;
    expect(summary).toHaveFocus();
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Bitte geben Sie einen Titel an.',
      'Bitte geben Sie eine vollständige Adresse an, die mit https:// beginnt.',
      'Der Tag passt nicht zur Wiederholung. Der nächste passende Tag ist Mittwoch, 9. Dezember 2026.',
      'Das Ende muss mindestens 5 Minuten nach dem Beginn liegen.',
    ]);
    const title = screen.getByRole('textbox', { name: 'Titel' });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await user.click(
      within(summary).getByRole('link', { name: 'Bitte geben Sie einen Titel an.' }),
    );
    expect(title).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Passenden Tag übernehmen: 09.12.2026' }));
    expect(screen.getByLabelText('Erster Termin')).toHaveValue('2026-12-09');
    expect(screen.getByLabelText('Erster Termin')).toHaveFocus();

    await chooseWeekdays(user, []);
    await user.click(screen.getByRole('button', { name: 'Online-Raum anlegen' }));
    expect(
      within(screen.getByRole('group', { name: /Wiederholung/ })).getByText(
        'Bitte wählen Sie mindestens einen Wochentag.',
      ),
    ).toBeInTheDocument();
    expect(store.roomPosts).toEqual([]);
  });

  it('shows the API violations next to their fields', async () => {
    asCoordinator();
    const store = withStore({
      createViolations: [
        { field: 'title', message: 'ist in diesem Netzwerk schon vergeben' },
        { field: 'schedule.rrule', message: 'BYMONTH wird nicht unterstützt' },
        { field: 'body', message: 'Die Anfrage ist unvollständig.' },
      ],
    });
    const { user } = await renderApp(newPath);
    await user.type(await screen.findByRole('textbox', { name: 'Titel' }), 'Doppelt');
    await user.type(
      screen.getByRole('textbox', { name: 'Adresse des Video-Raums' }),
      'https://meet.example/raum',
    );
    await user.click(screen.getByRole('button', { name: 'Online-Raum anlegen' }));
    await waitFor(() => expect(store.roomPosts).toHaveLength(1));
    const summary = (await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' }))
      .parentElement!.parentElement!;
    expect(summary).toHaveTextContent('ist in diesem Netzwerk schon vergeben');
    expect(summary).toHaveTextContent('BYMONTH wird nicht unterstützt');
    expect(summary).toHaveTextContent('Die Anfrage ist unvollständig.');
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(
      expect.stringContaining('ist in diesem Netzwerk schon vergeben'),
    );
    expect(screen.getByRole('group', { name: /Wiederholung/ })).toHaveAccessibleDescription(
      'BYMONTH wird nicht unterstützt',
    );
  });

  it('is only for coordinators', async () => {
    withStore();
    await renderApp(newPath);
    expect(await screen.findByRole('alert')).toHaveTextContent('Nur für die Koordination');
    expect(screen.queryByRole('button', { name: 'Online-Raum anlegen' })).toBeNull();
  });

  it('is open to admins who are no members', async () => {
    server.use(membershipsHandler([]));
    withStore();
    await renderApp(newPath, { auth: { roles: ['admin'] } });
    expect(await screen.findByRole('textbox', { name: 'Titel' })).toBeInTheDocument();
  });
});

describe('edit an online room', () => {
  it('keeps the schedule as it was when only the title changes', async () => {
    asCoordinator();
    const store = withStore();
    const { user, router } = await renderApp(editPath);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Online-Raum bearbeiten' }),
    ).toBeInTheDocument();
    const title = await screen.findByRole('textbox', { name: 'Titel' });
    expect(title).toHaveValue(seedRoom.title);
    expect(screen.getByLabelText('Neue Regel gilt ab')).toHaveValue('2030-12-10');
    expect(screen.getByLabelText('Neue Regel gilt ab')).toHaveAccessibleDescription(
      expect.stringContaining('Termine davor bleiben unverändert'),
    );
    expect(screen.getByRole('radio', { name: 'Wöchentlich' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Rhythmus' })).toHaveDisplayValue('alle 2 Wochen');
    expect(screen.getByRole('checkbox', { name: 'Dienstag' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: kofi.displayName })).toBeChecked();
    expect(screen.getByLabelText('Beginn')).toHaveValue('10:00');
    expect(screen.getByLabelText('Ende')).toHaveValue('11:30');

    await replace(user, title, 'Online-Austausch NRW');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/online-raeume/${ROOM_ID}`));
    expect(store.roomPuts).toHaveLength(1);
    expect(store.roomPuts[0]!.ifMatch).toBe('"0"');
    expect(store.roomPuts[0]!.body.title).toBe('Online-Austausch NRW');
    expect(store.roomPuts[0]!.body.schedule).toEqual(seedRoom.schedule);
    expect(store.roomPuts[0]!.body.moderatorIds).toEqual([kofi.participantId]);
    expect(await screen.findByText('Die Änderungen wurden gespeichert.')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Online-Austausch NRW' }),
    ).toBeInTheDocument();
  });

  it('sends a changed schedule from the "gilt ab" day', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(editPath);
    await replace(user, await screen.findByLabelText('Beginn'), '14:00');
    await replace(user, screen.getByLabelText('Ende'), '15:00');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rhythmus' }), 'jede Woche');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(store.roomPuts).toHaveLength(1));
    expect(store.roomPuts[0]!.body.schedule).toEqual({
      startDate: '2030-12-10',
      startTime: '14:00',
      durationMinutes: 60,
      timeZone: 'Europe/Berlin',
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
    });
  });

  it('does not let a changed schedule start in the past', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(editPath);
    await replace(user, await screen.findByLabelText('Neue Regel gilt ab'), '2020-01-07');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    expect(screen.getByLabelText('Neue Regel gilt ab')).toHaveAccessibleDescription(
      expect.stringContaining('Die neue Regel kann frühestens heute beginnen.'),
    );
    expect(store.roomPuts).toEqual([]);
  });

  it('explains a change made elsewhere (412) and loads the current state', async () => {
    asCoordinator();
    const store = withStore();
    const { user } = await renderApp(editPath);
    const title = await screen.findByRole('textbox', { name: 'Titel' });
    store.changeElsewhere({ title: 'Inzwischen umbenannt' });
    await replace(user, title, 'Mein Titel');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Der Online-Raum wurde inzwischen geändert');
    expect(alert).toHaveFocus();
    await user.click(within(alert).getByRole('button', { name: 'Aktuellen Stand laden' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Inzwischen umbenannt'),
    );
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveFocus();
    await replace(user, screen.getByRole('textbox', { name: 'Titel' }), 'Mein Titel');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(store.roomPuts).toHaveLength(2));
    expect(store.roomPuts.map((put) => put.ifMatch)).toEqual(['"0"', '"1"']);
  });

  it('keeps a rule the form cannot show and says so', async () => {
    asCoordinator();
    const store = withStore({
      room: {
        ...seedRoom,
        schedule: { ...seedRoom.schedule, rrule: 'FREQ=WEEKLY;INTERVAL=6;BYDAY=TU' },
      },
    });
    const { user } = await renderApp(editPath);
    expect(
      await screen.findByText(/Die bisherige Regel \(alle 6 Wochen am Dienstag, 10:00–11:30 Uhr\)/),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Beschreibung/ }), ' Neu.');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(store.roomPuts).toHaveLength(1));
    expect(store.roomPuts[0]!.body.schedule.rrule).toBe('FREQ=WEEKLY;INTERVAL=6;BYDAY=TU');
  });

  it('asks before leaving with unsaved changes', async () => {
    asCoordinator();
    withStore();
    const { user, router } = await renderApp(editPath);
    await user.type(await screen.findByRole('textbox', { name: 'Titel' }), '!');
    expect(screen.getByText('Es gibt ungespeicherte Änderungen.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Abbrechen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Seite verlassen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Auf der Seite bleiben' }));
    expect(router.state.location.pathname).toBe(editPath);
  });

  it('shows a member that editing is for coordinators', async () => {
    withStore();
    await renderApp(editPath);
    expect(await screen.findByRole('alert')).toHaveTextContent('Nur für die Koordination');
  });

  it('shows a load problem', async () => {
    asCoordinator();
    server.use(
      http.get(`${API}/online-rooms/:roomId`, () => problem(403, 'Verboten', 'Kein Zugriff.')),
    );
    await renderApp(editPath);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Der Online-Raum konnte nicht geladen werden');
    expect(alert).toHaveTextContent('Kein Zugriff.');
  });
});
