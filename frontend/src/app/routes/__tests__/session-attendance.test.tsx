import { screen, waitFor, within } from '@testing-library/react';
import { myMembership } from '@/testing/fixtures';
import { membershipsHandler } from '@/testing/handlers';
import {
  cancelledSession,
  ole,
  runningSession,
  seedAttendance,
  sessionRecordsStore,
  sessionRoom,
} from '@/testing/session-fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';
import { gesa, mara } from '@/testing/fixtures';

const pathOf = (date: string) => `/online-raeume/${sessionRoom.id}/termine/${date}/anwesenheit`;

async function openAttendance(
  date = runningSession.date,
  options: Parameters<typeof sessionRecordsStore>[0] = {},
) {
  const store = sessionRecordsStore({ viewer: 'coordinator', ...options });
  server.use(...store.handlers, membershipsHandler([myMembership('COORDINATOR')]));
  const view = await renderApp(pathOf(date));
  await screen.findByRole('table', { name: 'Anwesenheitsliste' });
  return { ...view, store };
}

const groupOf = (name: string) => screen.getByRole('group', { name: `Anwesenheit von ${name}` });

describe('taking attendance', () => {
  it('lists every person with one named radio group, the municipality and self check-ins', async () => {
    await openAttendance();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Anwesenheit erfassen' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Anwesenheit erfassen – Termin am 24.11.2026 – Klimanetz');
    expect(screen.getByText(`${sessionRoom.title} · Termin am 24.11.2026`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zum Termin' })).toHaveAttribute(
      'href',
      `/online-raeume/${sessionRoom.id}/termine/${runningSession.date}`,
    );

    const table = screen.getByRole('table', { name: 'Anwesenheitsliste' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(seedAttendance.length);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Gesa Gastgeberin');
    expect(rows[0]).toHaveTextContent('Kreis Unna');

    const maraGroup = groupOf(mara.displayName);
    expect(
      within(maraGroup)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['PRESENT', 'EXCUSED', 'ABSENT', '']);
    expect(within(maraGroup).getByRole('radio', { name: 'Anwesend' })).toBeChecked();
    expect(within(rows[2]!).getByText('selbst eingecheckt')).toBeInTheDocument();
    expect(within(groupOf(gesa.displayName)).getByRole('radio', { name: 'offen' })).toBeChecked();
    expect(screen.getByText('Alle Einträge sind gespeichert.')).toBeInTheDocument();
  });

  it('is usable by keyboard: arrow keys choose within a person, Tab moves on', async () => {
    const { user } = await openAttendance();
    const gesaGroup = groupOf(gesa.displayName);
    const open = within(gesaGroup).getByRole('radio', { name: 'offen' });
    open.focus();
    await user.keyboard('{ArrowRight}');
    // arrow keys wrap around within the group: after "offen" comes "Anwesend"
    expect(within(gesaGroup).getByRole('radio', { name: 'Anwesend' })).toHaveFocus();
    expect(within(gesaGroup).getByRole('radio', { name: 'Anwesend' })).toBeChecked();
    await user.keyboard('{ArrowRight}');
    expect(within(gesaGroup).getByRole('radio', { name: 'Entschuldigt' })).toBeChecked();
    expect(screen.getByText('geändert, noch nicht gespeichert')).toBeInTheDocument();

    // Tab leaves the group for the next person's checked radio
    await user.tab();
    expect(
      within(groupOf('Konrad Koordinator')).getByRole('radio', { name: 'Anwesend' }),
    ).toHaveFocus();
  });

  it('marks all open ones as absent and saves only the changes, with If-Match', async () => {
    const { user, store } = await openAttendance();
    await user.click(
      within(groupOf(mara.displayName)).getByRole('radio', { name: 'Entschuldigt' }),
    );
    await user.click(screen.getByRole('button', { name: 'Alle offenen als abwesend markieren' }));
    expect(
      screen.getByText('2 offene Personen als abwesend markiert – noch nicht gespeichert.'),
    ).toBeInTheDocument();
    expect(within(groupOf(ole.displayName)).getByRole('radio', { name: 'Abwesend' })).toBeChecked();
    expect(screen.getByText('3 ungespeicherte Änderungen.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Anwesenheit speichern' }));
    const notice = await screen.findByText('Die Anwesenheit wurde gespeichert (3 Änderungen).');
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveFocus());
    expect(store.attendancePuts).toHaveLength(1);
    expect(store.attendancePuts[0]!.ifMatch).toBe('"0"');
    expect(store.attendancePuts[0]!.body.entries).toEqual([
      { participantId: gesa.participantId, status: 'ABSENT' },
      { participantId: mara.participantId, status: 'EXCUSED' },
      { participantId: ole.id, status: 'ABSENT' },
    ]);
    expect(screen.getByText('Alle Einträge sind gespeichert.')).toBeInTheDocument();

    // clearing a record sends null, with the new version
    await user.click(within(groupOf(ole.displayName)).getByRole('radio', { name: 'offen' }));
    await user.click(screen.getByRole('button', { name: 'Anwesenheit speichern' }));
    await waitFor(() => expect(store.attendancePuts).toHaveLength(2));
    expect(store.attendancePuts[1]!.ifMatch).toBe('"1"');
    expect(store.attendancePuts[1]!.body.entries).toEqual([
      { participantId: ole.id, status: null },
    ]);
  });

  it('sends nothing when nothing changed', async () => {
    const { user, store } = await openAttendance();
    await user.click(screen.getByRole('button', { name: 'Anwesenheit speichern' }));
    expect(await screen.findByText('Es gibt keine Änderungen zu speichern.')).toBeInTheDocument();
    expect(store.attendancePuts).toHaveLength(0);
  });

  it("shows the API's reason for a 409 (a cancelled session takes no attendance)", async () => {
    const { user } = await openAttendance(cancelledSession.date);
    expect(
      screen.getByText('Für abgesagte Termine wird keine Anwesenheit erfasst.'),
    ).toBeInTheDocument();
    await user.click(within(groupOf(gesa.displayName)).getByRole('radio', { name: 'Anwesend' }));
    await user.click(screen.getByRole('button', { name: 'Anwesenheit speichern' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Anwesenheit konnte nicht gespeichert werden');
    expect(alert).toHaveTextContent('Für einen abgesagten Termin wird keine Anwesenheit erfasst.');
  });

  it('explains a 412 and loads the current list on request', async () => {
    const { user, store } = await openAttendance();
    await user.click(within(groupOf(gesa.displayName)).getByRole('radio', { name: 'Abwesend' }));
    store.changeAttendanceElsewhere(ole.id);
    await user.click(screen.getByRole('button', { name: 'Anwesenheit speichern' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Liste wurde inzwischen geändert');
    await waitFor(() => expect(alert).toHaveFocus());

    await user.click(within(alert).getByRole('button', { name: 'Aktuelle Liste laden' }));
    expect(
      await screen.findByText('Die aktuelle Anwesenheitsliste wurde geladen.'),
    ).toBeInTheDocument();
    expect(within(groupOf(ole.displayName)).getByRole('radio', { name: 'Anwesend' })).toBeChecked();
    expect(within(groupOf(gesa.displayName)).getByRole('radio', { name: 'offen' })).toBeChecked();
    await user.click(within(groupOf(gesa.displayName)).getByRole('radio', { name: 'Abwesend' }));
    await user.click(screen.getByRole('button', { name: 'Anwesenheit speichern' }));
    await waitFor(() => expect(store.attendancePuts).toHaveLength(2));
    expect(store.attendancePuts[1]!.ifMatch).toBe('"1"');
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = await openAttendance();
    await user.click(within(groupOf(gesa.displayName)).getByRole('radio', { name: 'Abwesend' }));
    await user.click(screen.getByRole('link', { name: 'Zurück zum Termin' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Ungespeicherte Änderungen verwerfen?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Seite verlassen' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        `/online-raeume/${sessionRoom.id}/termine/${runningSession.date}`,
      ),
    );
  });

  it('says plainly that only coordinators take attendance (403)', async () => {
    const store = sessionRecordsStore({ forbidden: true });
    server.use(...store.handlers);
    await renderApp(pathOf(runningSession.date));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Kein Zugang zur Anwesenheitsliste' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Kein Zugang zur Anwesenheitsliste – Klimanetz');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is complete in English', async () => {
    const store = sessionRecordsStore({ viewer: 'coordinator' });
    server.use(...store.handlers);
    await renderApp(pathOf(runningSession.date), { language: 'en' });
    expect(await screen.findByRole('table', { name: 'Attendance list' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Attendance of Ole Offen' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Mark all open ones as absent' }),
    ).toBeInTheDocument();
  });
});
