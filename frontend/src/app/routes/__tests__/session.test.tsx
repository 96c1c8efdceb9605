import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { myMembership } from '@/testing/fixtures';
import { API, membershipsHandler, validationProblem } from '@/testing/handlers';
import {
  cancelledSession,
  draftMinutes,
  movedSession,
  publishedMinutes,
  runningSession,
  sessionRecordsStore,
  sessionRoom,
  upcomingSession,
} from '@/testing/session-fixtures';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const pathOf = (date: string) => `/online-raeume/${sessionRoom.id}/termine/${date}`;

async function openSession(
  date: string,
  options: Parameters<typeof sessionRecordsStore>[0] & {
    as?: 'member' | 'coordinator' | 'admin';
  } = {},
) {
  const as = options.as ?? 'member';
  const store = sessionRecordsStore({
    ...options,
    viewer: as === 'member' ? 'member' : 'coordinator',
  });
  server.use(
    ...store.handlers,
    membershipsHandler(
      as === 'admin' ? [] : [myMembership(as === 'coordinator' ? 'COORDINATOR' : 'MEMBER')],
    ),
  );
  const view = await renderApp(pathOf(date), { auth: { roles: as === 'admin' ? ['admin'] : [] } });
  await screen.findByRole('heading', { level: 1, name: /^Termin am/ });
  return { ...view, store };
}

describe('session page', () => {
  it('shows date and time in Berlin time, topic, presenter and only safe material links', async () => {
    await openSession(upcomingSession.date);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Termin am 10.12.2030' }),
    ).toBeInTheDocument();
    expect(screen.getByText(sessionRoom.title)).toBeInTheDocument();
    expect(document.title).toBe(`Termin am 10.12.2030 – ${sessionRoom.title} – Klimanetz`);
    const when = screen.getByText('Dienstag, 10. Dezember 2030, 10:00–11:30 Uhr');
    expect(when.tagName).toBe('TIME');
    expect(when).toHaveAttribute('datetime', upcomingSession.startsAt);
    expect(screen.getByText('Wie geplant')).toBeInTheDocument();
    expect(screen.getByText(upcomingSession.topic!)).toBeInTheDocument();
    expect(screen.getByText('Gesa Gastgeberin')).toBeInTheDocument();
    const slides = screen.getByRole('link', { name: 'Folien zur Wärmeplanung' });
    expect(slides).toHaveAttribute('href', 'https://example.org/waermeplanung.pdf');
    expect(slides).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('link', { name: 'Verdächtiger Link' })).not.toBeInTheDocument();
    expect(screen.getByText('Verdächtiger Link')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zum Online-Raum' })).toHaveAttribute(
      'href',
      `/online-raeume/${sessionRoom.id}`,
    );
  });

  it('says in words that a session is cancelled, and why', async () => {
    await openSession(cancelledSession.date);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Dieser Termin fällt aus' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Grund: Weihnachtspause')).toHaveLength(1);
    expect(screen.getByText('Abgesagt')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Entschuldigen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Einchecken' })).not.toBeInTheDocument();
  });

  it('shows a moved session with its new and its original time', async () => {
    await openSession(movedSession.date);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Dieser Termin wurde verschoben' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Verschoben')).toBeInTheDocument();
    expect(screen.getByText('Mittwoch, 27. November 2030, 14:00–15:30 Uhr').tagName).toBe('TIME');
    expect(
      screen.getByText(/Ursprünglich war er für Dienstag, 26. November 2030, 10:00 Uhr geplant/),
    ).toBeInTheDocument();
  });

  it('shows the not-found page for a date that is no session', async () => {
    server.use(...sessionRecordsStore().handlers);
    await renderApp(pathOf('2030-12-11'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Termin nicht gefunden' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Termin nicht gefunden – Klimanetz');
    expect(screen.getByRole('link', { name: 'Zurück zum Online-Raum' })).toBeInTheDocument();
  });

  it('treats a malformed date as not found without asking the API', async () => {
    await renderApp(`/online-raeume/${sessionRoom.id}/termine/morgen`);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Termin nicht gefunden' }),
    ).toBeInTheDocument();
  });

  it('lets a member excuse themselves before the start and shows the new state, focused', async () => {
    const { user, store } = await openSession(upcomingSession.date);
    expect(
      screen.getByText('Für Sie ist zu diesem Termin noch nichts eingetragen.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Einchecken' })).not.toBeInTheDocument();
    expect(
      screen.getByText('Einchecken können Sie ab 15 Minuten vor Beginn bis zum Ende des Termins.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Entschuldigen' }));
    const notice = await screen.findByText('Sie haben sich für diesen Termin entschuldigt.', {
      selector: '.kern-title',
    });
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveFocus());
    expect(store.myPosts).toEqual([{ date: upcomingSession.date, kind: 'excuse' }]);
    expect(
      screen.getByText('Sie haben sich für diesen Termin entschuldigt.', {
        selector: 'p.kern-body',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Entschuldigen' })).not.toBeInTheDocument();
  });

  it('lets a member check in while check-in is open', async () => {
    const { user, store } = await openSession(runningSession.date);
    expect(screen.queryByRole('button', { name: 'Entschuldigen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Einchecken' }));
    expect(await screen.findByText(/Sie haben sich eingecheckt/)).toBeInTheDocument();
    expect(
      screen.getByText('Sie sind für diesen Termin als anwesend eingetragen.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Einchecken' })).not.toBeInTheDocument();
    expect(store.myPosts).toEqual([{ date: runningSession.date, kind: 'check-in' }]);
  });

  it("shows the API's reason when a check-in is refused (409)", async () => {
    const { user } = await openSession(runningSession.date, {
      sessions: [{ ...runningSession, checkInOpen: true }],
    });
    server.use(
      http.post(`${API}/online-rooms/:roomId/sessions/:date/attendance/me`, () =>
        Response.json(
          {
            title: 'Konflikt',
            status: 409,
            detail: 'Der Termin ist bereits zu Ende.',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Einchecken' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Das hat nicht geklappt');
    expect(alert).toHaveTextContent('Der Termin ist bereits zu Ende.');
  });

  it("offers an admin who is no member the coordinator's tools but no check-in or excuse", async () => {
    await openSession(upcomingSession.date, { as: 'admin' });
    expect(screen.queryByRole('heading', { name: 'Ihre Teilnahme' })).not.toBeInTheDocument();
    // admins coordinate every network
    expect(screen.getByRole('link', { name: 'Anwesenheit erfassen' })).toHaveAttribute(
      'href',
      `/online-raeume/${sessionRoom.id}/termine/${upcomingSession.date}/anwesenheit`,
    );
    expect(await screen.findByRole('button', { name: 'Protokoll schreiben' })).toBeInTheDocument();
  });
});

describe('session minutes', () => {
  it('shows published minutes to members, rendered from Markdown', async () => {
    await openSession(runningSession.date, { minutes: publishedMinutes });
    const section = screen.getByRole('region', { name: 'Protokoll' });
    expect(
      await within(section).findByRole('heading', { level: 3, name: 'Themen' }),
    ).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Kommunalrichtlinie' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expect(within(section).getByText(/Veröffentlicht am/)).toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('never shows a draft to members', async () => {
    await openSession(runningSession.date, { minutes: draftMinutes });
    const section = screen.getByRole('region', { name: 'Protokoll' });
    expect(
      await within(section).findByText('Für diesen Termin ist noch kein Protokoll veröffentlicht.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Geheimer Entwurf/)).not.toBeInTheDocument();
  });

  it('does not show a draft to a member even if one arrives', async () => {
    server.use(
      ...sessionRecordsStore().handlers,
      http.get(`${API}/online-rooms/:roomId/sessions/:date/minutes`, () =>
        Response.json(draftMinutes, { headers: { ETag: '"0"' } }),
      ),
    );
    await renderApp(pathOf(runningSession.date));
    expect(
      await screen.findByText('Für diesen Termin ist noch kein Protokoll veröffentlicht.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Geheimer Entwurf/)).not.toBeInTheDocument();
  });

  it('shows coordinators the draft, marked as such in words', async () => {
    await openSession(runningSession.date, { minutes: draftMinutes, as: 'coordinator' });
    expect(await screen.findByText('Geheimer Entwurf: noch nicht abgestimmt.')).toBeInTheDocument();
    expect(screen.getByText('Entwurf')).toBeInTheDocument();
    expect(screen.getByText(/Nur die Koordination sieht diesen Entwurf/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Protokoll bearbeiten' })).toBeInTheDocument();
  });

  it('lets a coordinator write the first version without If-Match, preview it safely and publish it', async () => {
    const { user, store } = await openSession(runningSession.date, { as: 'coordinator' });
    await user.click(await screen.findByRole('button', { name: 'Protokoll schreiben' }));
    const text = screen.getByRole('textbox', { name: 'Text des Protokolls' });
    await user.click(text);
    await user.paste('## Ergebnisse\n\n<script>alert(1)</script> [x](javascript:alert(1))');

    const preview = screen.getByRole('button', { name: 'Vorschau' });
    expect(preview).toHaveAttribute('aria-pressed', 'false');
    await user.click(preview);
    expect(preview).toHaveAttribute('aria-pressed', 'true');
    const region = screen.getByRole('region', { name: 'Vorschau des Protokolls' });
    expect(
      within(region).getByRole('heading', { level: 3, name: 'Ergebnisse' }),
    ).toBeInTheDocument();
    expect(region.querySelector('script')).toBeNull();
    expect(within(region).queryByRole('link')).not.toBeInTheDocument();
    expect(region).toHaveTextContent('<script>alert(1)</script>');
    expect(screen.queryByRole('textbox', { name: 'Text des Protokolls' })).not.toBeInTheDocument();
    await user.click(preview);

    await user.click(screen.getByRole('radio', { name: 'Veröffentlicht' }));
    await user.click(screen.getByRole('button', { name: 'Protokoll speichern' }));

    const notice = await screen.findByText(
      'Das Protokoll wurde gespeichert und ist für die Mitglieder veröffentlicht.',
    );
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveFocus());
    expect(store.minutesPuts).toHaveLength(1);
    expect(store.minutesPuts[0]!.ifMatch).toBeNull();
    expect(store.minutesPuts[0]!.body).toEqual({
      markdown: '## Ergebnisse\n\n<script>alert(1)</script> [x](javascript:alert(1))',
      status: 'PUBLISHED',
    });
    expect(screen.getByText('Veröffentlicht')).toBeInTheDocument();

    // the next change sends the ETag it got
    await user.click(screen.getByRole('button', { name: 'Protokoll bearbeiten' }));
    await user.type(screen.getByRole('textbox', { name: 'Text des Protokolls' }), ' Ende.');
    await user.click(screen.getByRole('button', { name: 'Protokoll speichern' }));
    await waitFor(() => expect(store.minutesPuts).toHaveLength(2));
    expect(store.minutesPuts[1]!.ifMatch).toBe('"0"');
  });

  it('refuses empty minutes next to the field and in the focused summary', async () => {
    const { user, store } = await openSession(runningSession.date, { as: 'coordinator' });
    await user.click(await screen.findByRole('button', { name: 'Protokoll schreiben' }));
    await user.click(screen.getByRole('button', { name: 'Protokoll speichern' }));
    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' })
      .parentElement!.parentElement!;
    expect(summary).toHaveFocus();
    expect(
      screen.getByRole('textbox', { name: 'Text des Protokolls' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('Bitte schreiben Sie einen Text für das Protokoll.'),
    );
    expect(store.minutesPuts).toHaveLength(0);
  });

  it("shows the API's violations next to the field and in the summary", async () => {
    const { user } = await openSession(runningSession.date, { as: 'coordinator' });
    server.use(
      http.put(`${API}/online-rooms/:roomId/sessions/:date/minutes`, () =>
        validationProblem([
          { field: 'markdown', message: 'darf höchstens 50000 Zeichen lang sein' },
        ]),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Protokoll schreiben' }));
    await user.type(screen.getByRole('textbox', { name: 'Text des Protokolls' }), 'Text');
    await user.click(screen.getByRole('button', { name: 'Protokoll speichern' }));
    const summary = (await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' }))
      .parentElement!.parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole('link', { name: 'darf höchstens 50000 Zeichen lang sein' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Text des Protokolls' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('darf höchstens 50000 Zeichen lang sein'),
    );
  });

  it('explains a 412 and loads the current version on request', async () => {
    const { user, store } = await openSession(runningSession.date, {
      as: 'coordinator',
      minutes: draftMinutes,
    });
    await user.click(await screen.findByRole('button', { name: 'Protokoll bearbeiten' }));
    await user.type(screen.getByRole('textbox', { name: 'Text des Protokolls' }), ' Mein Zusatz.');
    store.changeMinutesElsewhere('Fassung der Kollegin.');
    await user.click(screen.getByRole('button', { name: 'Protokoll speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Das Protokoll wurde inzwischen geändert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(store.minutesPuts[0]!.ifMatch).toBe('"0"');

    await user.click(within(alert).getByRole('button', { name: 'Aktuelle Fassung laden' }));
    expect(await screen.findByRole('textbox', { name: 'Text des Protokolls' })).toHaveValue(
      'Fassung der Kollegin.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Protokoll speichern' }));
    await waitFor(() => expect(store.minutesPuts).toHaveLength(2));
    expect(store.minutesPuts[1]!.ifMatch).toBe('"1"');
  });

  it('asks before leaving with unsaved minutes', async () => {
    const { user, router } = await openSession(runningSession.date, { as: 'coordinator' });
    await user.click(await screen.findByRole('button', { name: 'Protokoll schreiben' }));
    await user.type(screen.getByRole('textbox', { name: 'Text des Protokolls' }), 'Entwurf');
    await user.click(screen.getByRole('link', { name: 'Zurück zum Online-Raum' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Ungespeicherte Änderungen verwerfen?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Weiter bearbeiten' }));
    expect(router.state.location.pathname).toBe(pathOf(runningSession.date));
    expect(screen.getByRole('textbox', { name: 'Text des Protokolls' })).toHaveValue('Entwurf');
  });

  it('is complete in English', async () => {
    const store = sessionRecordsStore({ minutes: publishedMinutes });
    server.use(...store.handlers);
    await renderApp(pathOf(upcomingSession.date), { language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Session on 10 Dec 2030' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Tuesday, 10 December 2030, 10:00–11:30')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Excuse myself' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Minutes' })).toBeInTheDocument();
  });
});
